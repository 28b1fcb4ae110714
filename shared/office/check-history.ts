// The checks against what the office already holds for the file's expert: the same export again (duplicate),
// an older one (replay), or one that does not continue the held history (fork). Replay is checked before
// fork: once a newer export is held, an older file is stale whatever its contents, and calling it a conflict
// would send the clerk after a question that no longer matters.
import { error, warning } from '../problems';
import type { Refusal } from './import-outcome';
import { heldFor, holdsExport, type OfficeState } from './office-state';
import { expertLabel, type Roster } from './roster';
import type { VerifiedScoresFile } from './verified-scores-file';

export function historyRefusal(state: OfficeState, file: VerifiedScoresFile, roster: Roster): Refusal | undefined {
  const { payload } = file;
  const where = file.exportHash;
  const expert = expertLabel(roster, payload.expertId);
  const { sequence } = payload;
  if (holdsExport(state, file.exportHash)) {
    return { outcome: 'duplicate', problem: warning('office.duplicate', where, { expert, sequence }) };
  }
  const held = heldFor(state, payload.expertId);
  const heldSequence = Math.max(0, ...held.map((f) => f.payload.sequence));
  if (sequence < heldSequence) {
    return { outcome: 'replay', problem: error('office.replay', where, { expert, sequence, heldSequence }) };
  }
  if (held.some((f) => f.payload.sequence === sequence)) {
    return { outcome: 'fork', problem: error('office.fork.sameSequence', where, { expert, sequence }) };
  }
  // Only a held export at sequence−1 can be compared with previousHash; a gap (3 after 1) is fine, since each
  // export is a complete snapshot. A merged state may hold two exports at sequence−1 (a fork accepted on two
  // desks): continuing either of them is consistent.
  const previous = held.filter((f) => f.payload.sequence === sequence - 1);
  if (previous.length > 0 && !previous.some((f) => f.exportHash === payload.previousHash)) {
    return {
      outcome: 'fork',
      problem: error('office.fork.previousMismatch', where, { expert, sequence, previousSequence: sequence - 1 }),
    };
  }
  return undefined;
}
