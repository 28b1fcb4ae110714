// The first look at a file: is it one of ours, of the kind the reader expects, in a version it understands?
// Checked before anything else, so a session file opened as scores, or a file from a newer Review Desk,
// gets that plain answer rather than a signature error.
import { envelopeFailure, type EnvelopeExpectation, type EnvelopeFailure } from './envelope-types';

export type HeaderCheck = { ok: true; record: Record<string, unknown>; formatVersion: number } | EnvelopeFailure;

export function checkEnvelopeHeader(value: unknown, expected: EnvelopeExpectation): HeaderCheck {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return envelopeFailure('unreadable', 'crypto.notObject', '(root)');
  }
  const record = value as Record<string, unknown>;
  const { format, formatVersion } = record;
  if (typeof format !== 'string') return envelopeFailure('unreadable', 'crypto.notOurFile', 'format');
  if (format !== expected.format) {
    return envelopeFailure('wrongFormat', 'crypto.wrongFormat', 'format', { expected: expected.format, found: format });
  }
  if (typeof formatVersion !== 'number' || !Number.isSafeInteger(formatVersion) || formatVersion < 1) {
    return envelopeFailure('unreadable', 'crypto.badFormatVersion', 'formatVersion', { version: String(formatVersion) });
  }
  if (formatVersion > expected.formatVersion) {
    return envelopeFailure('newerFormat', 'crypto.newerFormat', 'formatVersion', {
      version: formatVersion,
      supported: expected.formatVersion,
    });
  }
  return { ok: true, record, formatVersion };
}
