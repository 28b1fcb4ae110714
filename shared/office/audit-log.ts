// The office's hash-chained audit log: every entry carries the hash of the one before it and its own hash
// over everything else it says, so editing, deleting, reordering or inserting an entry breaks the chain at
// that point. A chain alone cannot reveal entries cut off its end, nor a forger who rewrites every entry
// after the change: both show against an anchor (the length and head hash written down elsewhere — in a
// report or an archive), which `verifyChain` checks when given one.
import { z } from 'zod';
import { sha256HexSchema } from '../files/scores-payload';
import { fingerprintOf } from '../util/fingerprint';

/**
 * What happened. Append new actions at the end and never remove or rename one: old logs must still read
 * and verify. classifyBatch drafts a `scoresRefused` entry for every file not taken in (duplicate included), but
 * the office's import (electron/office/import-scores-files.ts) commits only the accepted ones: refused files
 * must leave the workspace byte for byte as it was, so the clerk learns of them from the import report.
 */
export const AUDIT_ACTIONS = [
  'scoresImported',
  'scoresRefused',
  /** The session file was signed and written (details: path, file hash). */
  'sessionFileWritten',
  /** A suggestion-list version was signed (details: version, hash, data fingerprint, adjustments). */
  'suggestionListSigned',
  /** Reports were written (details: folder, files, data fingerprint, list version). */
  'reportsWritten',
  /** The audit log itself was exported (details: path, entries). */
  'auditLogExported',
  /** The session's outcome was confirmed into the county register (details: counties with outcome and state, date, document number). */
  'outcomesRecorded',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export const auditEntrySchema = z.object({
  index: z.number().int().nonnegative(),
  /** Hash of the entry before; null for the first. */
  previousHash: sha256HexSchema.nullable(),
  /** When, by the office computer's clock: shown to people, never used to order or check anything. */
  recordedAt: z.string(),
  /** Who: a key fingerprint or a person's name. */
  actor: z.string().min(1),
  action: z.enum(AUDIT_ACTIONS),
  details: z.json(),
  /** SHA-256 hex of the canonical JSON of every field above. */
  hash: sha256HexSchema,
});
export type AuditEntry = Omit<z.infer<typeof auditEntrySchema>, 'details'> & { details: JsonValue };
export type AuditLog = readonly AuditEntry[];

/** What the caller says; the log adds index, previousHash and hash. */
export type AuditEntryInput = Pick<AuditEntry, 'recordedAt' | 'actor' | 'action' | 'details'>;

/** What the office logic knows about an event; the caller adds who and when as it appends. */
export type AuditDraft = Pick<AuditEntry, 'action' | 'details'>;

/** The fields are listed one by one so a stray extra property on the object can never enter the hash. */
export function auditEntryHash(entry: Omit<AuditEntry, 'hash'>): string {
  const { index, previousHash, recordedAt, actor, action, details } = entry;
  return fingerprintOf({ index, previousHash, recordedAt, actor, action, details });
}

export function appendEntry(log: AuditLog, input: AuditEntryInput): AuditLog {
  const last = log[log.length - 1];
  const unsealed = { ...input, index: log.length, previousHash: last ? last.hash : null };
  return [...log, { ...unsealed, hash: auditEntryHash(unsealed) }];
}

export function appendDrafts(log: AuditLog, drafts: readonly AuditDraft[], by: Pick<AuditEntry, 'actor' | 'recordedAt'>): AuditLog {
  return drafts.reduce((current, draft) => appendEntry(current, { ...draft, ...by }), log);
}

/** A commitment to a log as it stood: keep it outside the log to catch truncation and wholesale rewrites. */
export interface ChainAnchor {
  readonly length: number;
  /** Hash of the last entry; null for an empty log. */
  readonly headHash: string | null;
}

export function chainAnchor(log: AuditLog): ChainAnchor {
  return { length: log.length, headHash: log[log.length - 1]?.hash ?? null };
}

export type ChainBreak = 'index' | 'previousHash' | 'hash' | 'truncated' | 'anchorMismatch';
export type ChainCheck = { ok: true } | { ok: false; brokenAt: number; reason: ChainBreak };

/**
 * Ok, or the first index where the log stops being trustworthy. With an anchor, the log must still contain
 * the anchored entries unchanged (it may have grown since): a shorter log is broken where the missing
 * entries begin; a different head is broken at the anchored head, since a consistent rewrite leaves no trace
 * of where it started.
 */
export function verifyChain(log: AuditLog, anchor?: ChainAnchor): ChainCheck {
  let previousHash: string | null = null;
  for (const [position, entry] of log.entries()) {
    if (entry.index !== position) return { ok: false, brokenAt: position, reason: 'index' };
    if (entry.previousHash !== previousHash) return { ok: false, brokenAt: position, reason: 'previousHash' };
    if (entry.hash !== auditEntryHash(entry)) return { ok: false, brokenAt: position, reason: 'hash' };
    previousHash = entry.hash;
  }
  if (anchor && anchor.length > 0) {
    if (log.length < anchor.length) return { ok: false, brokenAt: log.length, reason: 'truncated' };
    if (log[anchor.length - 1]?.hash !== anchor.headHash) return { ok: false, brokenAt: anchor.length - 1, reason: 'anchorMismatch' };
  }
  return { ok: true };
}
