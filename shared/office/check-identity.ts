// The checks that depend only on the file and the roster, never on what is already held: is it for this
// session and this standard, is the signer enrolled, and is the signer the expert the file speaks for.
// Session and standard come first because a file from another session is usually signed by a key this
// roster does not know, and "not this session's file" is the sentence that tells the clerk what happened.
import { error } from '../problems';
import { groupedFingerprint } from '../util/fingerprint';
import type { Refusal } from './import-outcome';
import { expertLabel, expertWithKey, type Roster } from './roster';
import type { VerifiedScoresFile } from './verified-scores-file';

/** Enough of a standard fingerprint to tell two standards apart on screen. */
const SHORT_FINGERPRINT_GROUPS = 4;

export function identityRefusal(file: VerifiedScoresFile, roster: Roster): Refusal | undefined {
  const { payload } = file;
  const where = file.exportHash;
  if (payload.sessionId !== roster.sessionId) {
    return {
      outcome: 'wrongSession',
      problem: error('office.wrongSession', where, { sessionId: payload.sessionId, expectedSessionId: roster.sessionId }),
    };
  }
  if (payload.standardFingerprint !== roster.standardFingerprint) {
    return {
      outcome: 'wrongStandard',
      problem: error('office.wrongStandard', where, {
        fingerprint: groupedFingerprint(payload.standardFingerprint, SHORT_FINGERPRINT_GROUPS),
        expectedFingerprint: groupedFingerprint(roster.standardFingerprint, SHORT_FINGERPRINT_GROUPS),
      }),
    };
  }
  const expert = expertLabel(roster, payload.expertId);
  const signer = expertWithKey(roster, file.signerFingerprint);
  if (!signer) {
    // The whole fingerprint: the clerk compares it with the one the expert reads out at enrolment.
    return {
      outcome: 'unknownKey',
      problem: error('office.unknownKey', where, { expert, fingerprint: groupedFingerprint(file.signerFingerprint) }),
    };
  }
  if (signer.id !== payload.expertId) {
    return {
      outcome: 'wrongExpert',
      problem: error('office.wrongExpert', where, { expert, signer: expertLabel(roster, signer.id) }),
    };
  }
  // An expert's key vouches for that expert's sheets only: a sheet in someone else's name would let one
  // expert score for another, so the whole file is refused rather than the sheet quietly dropped.
  const foreign = payload.sheets.find((sheet) => sheet.expertId !== payload.expertId);
  if (foreign) {
    return {
      outcome: 'wrongExpert',
      problem: error('office.sheetOfOtherExpert', where, {
        expert,
        sheetExpert: expertLabel(roster, foreign.expertId),
        applicationId: foreign.applicationId,
      }),
    };
  }
  return undefined;
}
