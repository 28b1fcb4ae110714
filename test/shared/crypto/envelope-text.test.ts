// Reading envelope files from bytes: what is not our canonical JSON text is refused before any signature
// is checked, and never with an exception.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../../shared/crypto/canonical-text';
import { readEnvelopeBytes } from '../../../shared/crypto/envelope-text';
import type { EnvelopeFailureCode, EnvelopeResult } from '../../../shared/crypto/envelope-types';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { fileBytes, readScores, SCORES, signScores } from './envelope-fixtures';

const signed = signScores();
const text = canonicalJson(signed);
const readText = (value: string): EnvelopeResult => readScores(utf8ToBytes(value));

function expectRefused(result: EnvelopeResult, code: EnvelopeFailureCode, problemCode: string): void {
  expect(result.ok ? 'ok' : `${result.code} ${result.problem.code}`).toBe(`${code} ${problemCode}`);
}

describe('envelope text: refusals', () => {
  it('the file as written is accepted (the cases below break only what they say)', () => {
    expect(readText(text).ok).toBe(true);
  });
  it('an empty file', () => expectRefused(readScores(new Uint8Array(0)), 'unreadable', 'crypto.empty'));
  it('a truncated file', () => expectRefused(readText(text.slice(0, Math.floor(text.length / 2))), 'unreadable', 'crypto.notJson'));
  it('a file missing only its closing brace', () => expectRefused(readText(text.slice(0, -1)), 'unreadable', 'crypto.notJson'));
  it('not JSON at all (a zip)', () => expectRefused(readScores(Uint8Array.from([0x50, 0x4b, 3, 4, 20, 0])), 'unreadable', 'crypto.notJson'));
  it('JSON, but an array', () => expectRefused(readText('[1,2,3]'), 'unreadable', 'crypto.notObject'));
  it('JSON, but a string', () => expectRefused(readText('"review-desk/scores"'), 'unreadable', 'crypto.notObject'));
  it('JSON, but null', () => expectRefused(readText('null'), 'unreadable', 'crypto.notObject'));
  it('bytes that are not UTF-8', () => {
    const bytes = fileBytes(signed);
    bytes[text.indexOf('挂')] = 0xff;
    expectRefused(readScores(bytes), 'unreadable', 'crypto.notUtf8');
  });
  it('a byte-order mark before the JSON', () =>
    expectRefused(readScores(Uint8Array.from([0xef, 0xbb, 0xbf, ...fileBytes(signed)])), 'unreadable', 'crypto.notJson'));
  it('nesting 200 000 deep, without overflowing the stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expectRefused(readText(`{"format":"review-desk/scores","formatVersion":1,"payload":${deep}}`), 'unreadable', 'crypto.malformed');
  });
  it('a lone surrogate, which has no canonical form', () =>
    expectRefused(readText(text.replace('挂职', '\\ud800')), 'unreadable', 'crypto.noCanonicalForm'));
  it('pretty-printed (valid signature, but not the text that was written)', () =>
    expectRefused(readText(JSON.stringify(JSON.parse(text), null, 2)), 'tampered', 'crypto.notCanonical'));
  it('keys reordered', () => {
    const { signature, ...rest } = signed;
    expectRefused(readText(JSON.stringify({ signature, ...rest })), 'tampered', 'crypto.notCanonical');
  });
  it('a trailing newline', () => expectRefused(readText(`${text}\n`), 'tampered', 'crypto.notCanonical'));
  // Decision: duplicate keys are refused. JSON.parse keeps the last, a person reading the text may see the
  // first; the signed (last) value would verify while the file shows something else.
  it('a duplicate key whose last value is the signed one', () => {
    const duplicated = text.replace('"payload":{', '"payload":{"sequence":99,');
    expect(JSON.parse(duplicated)).toEqual(signed);
    expectRefused(readText(duplicated), 'tampered', 'crypto.notCanonical');
  });
  it('a string written with an escape instead of the character', () =>
    expectRefused(readText(text.replace('挂职', '\\u6302职')), 'tampered', 'crypto.notCanonical'));
  it('more bytes than the limit, before decoding anything', () =>
    expectRefused(readEnvelopeBytes(fileBytes(signed), { ...SCORES, maxBytes: 100 }), 'unreadable', 'crypto.tooLarge'));
  it('a wrong kind of file is named as such even when not canonical', () =>
    expectRefused(readText(JSON.stringify({ format: 'review-desk/session', formatVersion: 1 }, null, 1)), 'wrongFormat', 'crypto.wrongFormat'));
});

describe('UTF-8 decoding', () => {
  it('round-trips Chinese text and refuses malformed sequences, overlongs and lone surrogates', () => {
    expect(decodeUtf8(utf8ToBytes('评审台 ✓ 𠀀'))).toBe('评审台 ✓ 𠀀');
    expect(decodeUtf8(Uint8Array.from([0xc0, 0xaf]))).toBeNull(); // overlong "/"
    expect(decodeUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBeNull(); // UTF-16 surrogate
    expect(decodeUtf8(Uint8Array.from([0xe8, 0xaf]))).toBeNull(); // cut in the middle of a character
  });
});
