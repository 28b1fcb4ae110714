// Flipping any single bit of a file must never yield an accepted file with other contents. Our files are
// canonical JSON with no insignificant whitespace, and readers refuse non-canonical text, so the stronger
// statement holds: a file with any one bit flipped is refused — and reading it never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signEnvelope } from '../../../shared/crypto/signed-envelope';
import { encryptToOffice, expert, fileBytes, office, readScores, SCORES, signScores } from './envelope-fixtures';

const flipped = (bytes: Uint8Array, bit: number): Uint8Array => {
  const copy = Uint8Array.from(bytes);
  const index = bit >> 3;
  copy[index] = (copy[index] ?? 0) ^ (1 << (bit & 7));
  return copy;
};

describe('a single flipped bit', () => {
  const signedBytes = fileBytes(signScores());
  const encryptedBytes = fileBytes(encryptToOffice(signScores()));

  it('in a signed file is always refused (fast-check, 2000 runs)', () => {
    expect(readScores(signedBytes).ok).toBe(true);
    fc.assert(
      fc.property(fc.nat({ max: signedBytes.length * 8 - 1 }), (bit) => {
        expect(readScores(flipped(signedBytes, bit)).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('in an encrypted file is always refused (fast-check, 1000 runs)', () => {
    expect(readScores(encryptedBytes, office).ok).toBe(true);
    fc.assert(
      fc.property(fc.nat({ max: encryptedBytes.length * 8 - 1 }), (bit) => {
        expect(readScores(flipped(encryptedBytes, bit), office).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('in a signed file with arbitrary text in the payload is always refused (fast-check, 1000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.nat(), (text, number, at) => {
        const bytes = fileBytes(signEnvelope(SCORES.format, SCORES.formatVersion, { text, number, list: [text, null, true] }, expert));
        const bit = at % (bytes.length * 8);
        const result = readScores(flipped(bytes, bit));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('anywhere in a small signed file, every bit tried, is refused', () => {
    const small = fileBytes(signEnvelope(SCORES.format, SCORES.formatVersion, { sequence: 1, note: '评审' }, expert));
    const accepted: number[] = [];
    for (let bit = 0; bit < small.length * 8; bit++) if (readScores(flipped(small, bit)).ok) accepted.push(bit);
    expect(accepted).toEqual([]);
  });

  it('gives a refusal the caller can show, never an exception', () => {
    const payloadStart = new TextDecoder().decode(signedBytes).indexOf('"payload"');
    fc.assert(
      fc.property(fc.nat({ max: signedBytes.length * 8 - 1 }), (bit) => {
        const result = readScores(flipped(signedBytes, bit));
        if (result.ok) throw new Error(`accepted with bit ${bit} flipped`);
        expect(result.problem.code).toMatch(/^crypto\./);
      }),
      { numRuns: 300, examples: [[payloadStart * 8], [0], [signedBytes.length * 8 - 1]] },
    );
  });
});
