// The key an expert encrypts an export to: the office's, as the signed session file names it (base64url
// X25519 beside the Ed25519 fingerprint), so only the office that prepared the session can open the scores.
import { fromBase64Url } from '../crypto/base64url';
import type { EncryptionRecipient } from '../crypto/encrypted-envelope';
import type { SessionPayload } from '../files/session-payload';

/** Null when the session's encryption key is not 32 bytes of base64url (a session no honest office signs). */
export function officeRecipient(session: Pick<SessionPayload, 'office'>): EncryptionRecipient | null {
  const key = fromBase64Url(session.office.encryptionKey, 32);
  return key === null ? null : { x25519PublicKey: key, fingerprint: session.office.fingerprint };
}
