// A file operation that failed for a reason the user can act on (disk full, no permission, a key file
// others can read…). It is a HostError, so the dispatcher answers in the caller's language; its own
// message is the Chinese sentence, for logs and for the CLI.
import { translate } from '../../shared/i18n/translate';
import type { Problem } from '../../shared/problems';
import { HostError } from '../host/host-error';

export class FileError extends HostError {
  readonly problem: Problem;

  constructor(problem: Problem, cause?: unknown) {
    super(problem.code, problem.params);
    this.problem = problem;
    this.message = translate('zh-CN', problem.code, problem.params);
    if (cause !== undefined) this.cause = cause;
  }
}

/** The errno code of a Node error (`ENOSPC`…), or undefined. */
export function errnoCode(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return undefined;
  const { code } = cause as { code: unknown };
  return typeof code === 'string' ? code : undefined;
}

export function detailOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
