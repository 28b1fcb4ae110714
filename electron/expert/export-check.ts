// Checking an export before and after it is written. Before: the signed content, built again without
// encryption (Ed25519 signatures are deterministic, so it is the very object inside an encrypted file),
// must read back with our own reader under our own key, with the export hash we are about to record. After:
// writeFileVerified has already compared the bytes on disk with the bytes built, and the checks below make
// sure they are a file the office's reader takes. For a plain export that is the whole reading: signature,
// schema, export hash, number. An encrypted export can only be opened with the office's key, which the
// expert does not have; what can be checked is that the reader gets as far as asking for that key (size,
// UTF-8, canonical JSON, format, version and envelope shape all passed) and that it names the office's key.
import type { EncryptionRecipient } from '../../shared/crypto/encrypted-envelope';
import type { SigningKey } from '../../shared/crypto/signer';
import { buildScoresFile, readScoresFile, type BuiltScoresFile, type ScoresPayloadInput } from '../../shared/files/scores-file';
import { groupedFingerprint } from '../../shared/util/fingerprint';
import type { Verify } from '../files/write-verified';

/** Null when the signed content reads back as itself; otherwise what went wrong, for the error message. */
export function selfCheck(payload: ScoresPayloadInput, signer: SigningKey, exportHash: string): string | null {
  const signed = buildScoresFile(payload, signer);
  const read = readScoresFile(signed.bytes);
  if (!read.ok) return `${read.code}: ${read.problem.code}`;
  if (read.file.exportHash !== exportHash) return 'export hash differs';
  if (read.file.signerFingerprint !== signer.fingerprint) return 'signer differs';
  if (read.file.payload.sequence !== payload.sequence) return 'sequence differs';
  return null;
}

export function exportVerifier(built: BuiltScoresFile, sequence: number, encryptTo?: EncryptionRecipient): Verify {
  return (readBack) => {
    const read = readScoresFile(readBack);
    if (!encryptTo) return read.ok && read.file.exportHash === built.exportHash && read.file.payload.sequence === sequence;
    return !read.ok && read.code === 'needsKey' && read.problem.params.recipient === groupedFingerprint(encryptTo.fingerprint);
  };
}
