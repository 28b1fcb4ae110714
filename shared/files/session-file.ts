// The signed part of an office's `.rdsession` file: `session.json` inside the container, the session payload
// in a signed envelope (never encrypted: every expert on the panel reads it). The documents travel beside it
// in the container and are checked against the hashes it lists (electron/files/session-container.ts).
import type { z } from 'zod';
import { DEFAULT_MAX_ENVELOPE_BYTES } from '../crypto/envelope-text';
import type { SigningKey } from '../crypto/signer';
import { SESSION_FORMAT, SESSION_FORMAT_VERSION, sessionPayloadSchema, type SessionPayload } from './session-payload';
import { buildSignedFile, readSignedFile, type BuiltSignedFile, type SignedFileResult } from './signed-file';

const SESSION_FILE = {
  format: SESSION_FORMAT,
  formatVersion: SESSION_FORMAT_VERSION,
  schema: sessionPayloadSchema,
  maxBytes: DEFAULT_MAX_ENVELOPE_BYTES,
};

export type SessionPayloadInput = z.input<typeof sessionPayloadSchema>;

export function buildSessionFile(payload: SessionPayloadInput, signingKey: SigningKey): BuiltSignedFile {
  return buildSignedFile(SESSION_FILE, payload, signingKey);
}

export function readSessionFile(bytes: Uint8Array): SignedFileResult<SessionPayload> {
  return readSignedFile(SESSION_FILE, bytes);
}
