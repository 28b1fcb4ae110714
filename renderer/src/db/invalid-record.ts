// A value the code was asked to save that its schema refuses. Thrown by the save functions before any
// transaction starts, so nothing is written; the save queue turns it into its failed state.
import type { Problem } from '../../../shared/problems';

export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';

  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}
