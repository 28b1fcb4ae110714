// A problem as one sentence in the reader's language, with where it was found.
import type { Problem } from '../problems';
import { translate, type Locale } from './translate';

export function describeProblem(locale: Locale, problem: Problem): string {
  return translate(locale, problem.code, { ...problem.params, where: problem.where });
}
