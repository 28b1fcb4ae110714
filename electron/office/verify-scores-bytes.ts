// One arriving scores file, from bytes to a VerifiedScoresFile the office logic can classify, or to the
// reason it cannot be. The shared reader decides (signature, decryption with the office key, schema). For
// an encrypted file we then decrypt once more to keep its signed object, which is what the workspace
// stores (office-workspace.ts); its SHA-256 must be the export hash the reader just verified, which makes
// it the very object whose signature was checked, without checking it twice.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { parseJsonBytes } from '../../shared/crypto/canonical-text';
import { openEncryptedEnvelope } from '../../shared/crypto/encrypted-envelope';
import type { EnvelopeFailureCode } from '../../shared/crypto/envelope-types';
import type { DecryptionKey } from '../../shared/crypto/signer';
import { readScoresFile } from '../../shared/files/scores-file';
import { nodeCrypto } from '../crypto/node-crypto';
import { SCORES_FORMAT, SCORES_FORMAT_VERSION } from '../../shared/files/scores-payload';
import type { VerifiedScoresFile } from '../../shared/office/verified-scores-file';
import { error, type Problem } from '../../shared/problems';
import { canonicalJson } from '../../shared/util/canonical-json';
import { sha256Hex } from './office-workspace';

/** What a file that cannot be verified comes to (needsKey cannot happen: the office always reads with its key). */
export type UnverifiedOutcome = Exclude<EnvelopeFailureCode, 'needsKey'>;

export type VerifiedBytes =
  | { ok: true; file: VerifiedScoresFile; signedBytes: Uint8Array }
  | { ok: false; outcome: UnverifiedOutcome; problem: Problem };

function signedObjectOf(bytes: Uint8Array, officeKey: DecryptionKey): Uint8Array | null {
  const parsed = parseJsonBytes(bytes);
  if (!parsed.ok) return null;
  const opened = openEncryptedEnvelope(parsed.value, { format: SCORES_FORMAT, formatVersion: SCORES_FORMAT_VERSION, decryptWith: officeKey });
  return opened.ok ? utf8ToBytes(canonicalJson(opened.inner)) : null;
}

export function verifyScoresBytes(bytes: Uint8Array, officeKey: DecryptionKey): VerifiedBytes {
  const read = readScoresFile(bytes, { decryptWith: officeKey, crypto: nodeCrypto });
  if (!read.ok) return { ok: false, outcome: read.code === 'needsKey' ? 'encryptedForSomeoneElse' : read.code, problem: read.problem };
  const { exportHash, signerFingerprint, payload } = read.file;
  const file: VerifiedScoresFile = { exportHash, signerFingerprint, payload };
  const signedBytes = read.file.encrypted ? signedObjectOf(bytes, officeKey) : bytes;
  // The reader just accepted these bytes, so a mismatch here would be a bug; it is refused, never stored.
  if (signedBytes === null || sha256Hex(signedBytes) !== exportHash) {
    return { ok: false, outcome: 'tampered', problem: error('crypto.innerMismatch', '(file)') };
  }
  return { ok: true, file, signedBytes };
}
