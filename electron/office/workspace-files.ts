// The two small JSON files of an office workspace besides the scores: the index (`office-state.json`) and
// the audit log (`audit-log.json`). Both are canonical JSON (sorted keys, one spelling), so the same state
// is always the same bytes, and both are parsed strictly: anything unexpected means the workspace is damaged.
//
// The index is the commit point. It names the held exports, the content hashes already taken in (the
// sync folder's seen set) and the audit log's anchor (length and head hash). The log is written before
// the index, so after a crash between the two the log may run past the anchor: those entries belong to
// a batch that never committed, and readers take only the anchored prefix (the next commit rewrites them).
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { z } from 'zod';
import { sha256HexSchema } from '../../shared/files/scores-payload';
import { auditEntrySchema, type AuditEntry, type AuditLog, type ChainAnchor } from '../../shared/office/audit-log';
import { canonicalJson } from '../../shared/util/canonical-json';

export const WORKSPACE_FORMAT = 'review-desk/office-workspace';
export const AUDIT_LOG_FORMAT = 'review-desk/audit-log';

const indexSchema = z.strictObject({
  format: z.literal(WORKSPACE_FORMAT),
  formatVersion: z.literal(1),
  sessionId: z.string().min(1),
  /** Export hashes of the accepted exports, sorted; each is `scores/<hash>.rdscores`. */
  held: z.array(sha256HexSchema),
  /** SHA-256 of a file's bytes as it arrived → the export it held: content already taken in. */
  seen: z.record(sha256HexSchema, sha256HexSchema),
  auditLog: z.strictObject({ length: z.number().int().nonnegative(), headHash: sha256HexSchema.nullable() }),
});
export type WorkspaceIndex = z.infer<typeof indexSchema>;

const auditLogFileSchema = z.strictObject({
  format: z.literal(AUDIT_LOG_FORMAT),
  formatVersion: z.literal(1),
  sessionId: z.string().min(1),
  entries: z.array(auditEntrySchema),
});

export function emptyIndex(sessionId: string): WorkspaceIndex {
  return { format: WORKSPACE_FORMAT, formatVersion: 1, sessionId, held: [], seen: {}, auditLog: { length: 0, headHash: null } };
}

export function indexWith(sessionId: string, held: readonly string[], seen: Readonly<Record<string, string>>, anchor: ChainAnchor): WorkspaceIndex {
  return { ...emptyIndex(sessionId), held: [...new Set(held)].sort(), seen: { ...seen }, auditLog: { ...anchor } };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

/** The index, or null when it is not one of this session's (damaged, or not ours). */
export function parseIndex(bytes: Uint8Array, sessionId: string): WorkspaceIndex | null {
  const parsed = indexSchema.safeParse(parseJson(bytes));
  if (!parsed.success || parsed.data.sessionId !== sessionId) return null;
  const held = new Set(parsed.data.held);
  // Every seen content must name a held export: the seen set only ever grows with accepted files.
  return Object.values(parsed.data.seen).every((exportHash) => held.has(exportHash)) ? parsed.data : null;
}

export function indexBytes(index: WorkspaceIndex): Uint8Array {
  return utf8ToBytes(canonicalJson(index));
}

/** Every entry in the file (committed or not), or null when it is not this session's audit log. */
export function parseAuditLog(bytes: Uint8Array, sessionId: string): AuditLog | null {
  const parsed = auditLogFileSchema.safeParse(parseJson(bytes));
  if (!parsed.success || parsed.data.sessionId !== sessionId) return null;
  return parsed.data.entries as AuditEntry[];
}

export function auditLogBytes(sessionId: string, log: AuditLog): Uint8Array {
  return utf8ToBytes(canonicalJson({ format: AUDIT_LOG_FORMAT, formatVersion: 1, sessionId, entries: log }));
}
