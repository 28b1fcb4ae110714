// A programme file that exists but cannot be trusted (not JSON, a wrong field, a history the rules would not
// have given): carried up as problems so the office reads which file and what is wrong, and is never handed an
// empty register in its place.
import type { Problem } from '../../shared/problems';

export class ProgrammeFileDamaged extends Error {
  constructor(
    readonly path: string,
    readonly problems: readonly Problem[],
  ) {
    super(`programme file damaged: ${path}`);
  }
}
