// A scores file whose signature (and, if it was encrypted, decryption) has already been checked. The office
// logic below starts here: it never sees a file that failed verification, and never re-checks signatures.
import type { ScoresPayload } from '../files/scores-payload';

export interface VerifiedScoresFile {
  /** SHA-256 (hex) of the canonical JSON of the whole signed object: the file's identity. */
  readonly exportHash: string;
  /** Fingerprint of the key that signed it (SHA-256 hex of the raw Ed25519 public key). */
  readonly signerFingerprint: string;
  readonly payload: ScoresPayload;
}
