// The audit record of one import, accepted or not: enough to find the file again (export hash) and to see
// later why it was or was not taken in, without copying its scores into the log.
import type { AuditDraft } from './audit-log';
import type { ImportOutcome } from './import-outcome';
import type { VerifiedScoresFile } from './verified-scores-file';

export function importAuditDraft(file: VerifiedScoresFile, outcome: ImportOutcome): AuditDraft {
  const { payload } = file;
  return {
    action: outcome === 'accepted' ? 'scoresImported' : 'scoresRefused',
    details: {
      outcome,
      exportHash: file.exportHash,
      signerFingerprint: file.signerFingerprint,
      sessionId: payload.sessionId,
      expertId: payload.expertId,
      sequence: payload.sequence,
      previousHash: payload.previousHash,
      sheets: payload.sheets.length,
    },
  };
}
