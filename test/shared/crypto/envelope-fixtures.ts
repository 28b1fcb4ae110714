// Keys, payloads and file surgery shared by the envelope tests. Seeds are fixed so failures reproduce.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { fromBase64Url, toBase64Url } from '../../../shared/crypto/base64url';
import { encryptEnvelope } from '../../../shared/crypto/encrypted-envelope';
import { readEnvelopeBytes } from '../../../shared/crypto/envelope-text';
import type { EnvelopeResult, SignedEnvelope } from '../../../shared/crypto/envelope-types';
import { signEnvelope } from '../../../shared/crypto/signed-envelope';
import { signerFromSeed, type DecryptionKey, type Signer } from '../../../shared/crypto/signer';
import { SCORES_FORMAT, SCORES_FORMAT_VERSION, type ScoresPayload } from '../../../shared/files/scores-payload';
import { canonicalJson } from '../../../shared/util/canonical-json';

export const seedOf = (n: number): Uint8Array => Uint8Array.from({ length: 32 }, (_, i) => (n * 31 + i * 7) & 0xff);

export const expert = signerFromSeed(seedOf(1));
export const otherExpert = signerFromSeed(seedOf(2));
export const office = signerFromSeed(seedOf(3));
export const otherOffice = signerFromSeed(seedOf(4));

export const SCORES = { format: SCORES_FORMAT, formatVersion: SCORES_FORMAT_VERSION } as const;

export function samplePayload(overrides: Partial<ScoresPayload> = {}): ScoresPayload {
  return {
    sessionId: 'session-2026-1',
    standardFingerprint: 'ab'.repeat(32),
    expertId: 'expert-01',
    sequence: 1,
    previousHash: null,
    createdAt: '2026-03-01T09:30:00+08:00',
    sheets: [
      {
        expertId: 'expert-01',
        applicationId: '410102',
        status: 'scored',
        values: { '1.1': 8.5, '1.2': '良好', '2.1': true, '3.1': 2 },
        comments: { '2.1': '公共文化设施覆盖率达标' },
        opinion: { strengths: '总分馆制建设成效明显', problems: '数字化服务不足', suggestions: '加强乡镇综合文化站建设' },
        recommendation: 'recommend',
      },
      { expertId: 'expert-01', applicationId: '410103', status: 'recused', recusalReason: '曾在该县挂职' },
    ],
    ...overrides,
  };
}

export const signScores = (payload: unknown = samplePayload(), signer: Signer = expert): SignedEnvelope =>
  signEnvelope(SCORES_FORMAT, SCORES_FORMAT_VERSION, payload, signer);

export const encryptToOffice = (signed: SignedEnvelope, to: Signer = office): unknown =>
  encryptEnvelope(signed, to.x25519PublicKey, to.fingerprint);

/** The bytes of a file holding `value`, written as the app writes it (canonical JSON). */
export const fileBytes = (value: unknown): Uint8Array => utf8ToBytes(canonicalJson(value));

export const readScores = (bytes: Uint8Array, decryptWith?: DecryptionKey): EnvelopeResult =>
  readEnvelopeBytes(bytes, { ...SCORES, decryptWith });

/** A deep copy to edit: tests change a file the way an attacker would, then write it canonically again. */
export const copyOf = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The base64url text with one bit of its decoded bytes flipped. */
export function flipBitIn(text: string, bit = 0): string {
  const bytes = fromBase64Url(text);
  if (bytes === null) throw new Error('not base64url');
  const index = Math.floor(bit / 8) % bytes.length;
  bytes[index] = (bytes[index] ?? 0) ^ (1 << bit % 8);
  return toBase64Url(bytes);
}

/** Flips one character of a hex string (a fingerprint) to another hex digit. */
export const flipHex = (hex: string, at = 0): string => hex.slice(0, at) + (hex[at] === '0' ? '1' : '0') + hex.slice(at + 1);
