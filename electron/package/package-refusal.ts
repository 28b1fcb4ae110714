// Why a package is refused, as problems (message keys with parameters, see shared/i18n/), carried through
// the reader as an exception so every check can stop the import where it stands.
import type { MessageKey, MessageParams } from '../../shared/i18n/translate';
import { error, type Problem } from '../../shared/problems';

export class PackageRefusal extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    const first = problems[0];
    if (first === undefined) throw new Error('a refusal needs at least one problem');
    super(first.code);
    this.name = 'PackageRefusal';
    this.problems = problems;
  }

  get code(): MessageKey {
    const first = this.problems[0];
    if (first === undefined) throw new Error('unreachable: a refusal has a problem');
    return first.code;
  }
}

export function refusal(code: MessageKey, where: string, params: MessageParams = {}): PackageRefusal {
  return new PackageRefusal([error(code, where, params)]);
}

/** Where a problem about the archive as a whole is located. */
export const WHOLE_ARCHIVE = '(zip)';
