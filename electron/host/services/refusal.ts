// A host method's "no" in the shape the UI shows: a code it may act on, then the messages in the caller's
// language — a headline saying what is wrong and what to do, then one line per problem found.
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { translate, type Locale, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import type { Problem } from '../../../shared/problems';

export interface Refusal {
  ok: false;
  code: string;
  messages: string[];
}

/** A FileError's problem (no key file, a disk that refuses the write…) as the refusal. */
export const fileRefusal = (locale: Locale, problem: Problem): Refusal => ({ ok: false, code: problem.code, messages: [describeProblem(locale, problem)] });

export function refusal(locale: Locale, code: MessageKey, params: MessageParams = {}, problems: readonly Problem[] = []): Refusal {
  return { ok: false, code, messages: [translate(locale, code, params), ...problems.map((p) => describeProblem(locale, p))] };
}
