import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendDrafts,
  appendEntry,
  auditEntryHash,
  auditEntrySchema,
  chainAnchor,
  verifyChain,
  type AuditEntry,
  type AuditLog,
} from '../../../shared/office/audit-log';
import { classifyBatch } from '../../../shared/office/classify-import';
import { EMPTY_OFFICE_STATE } from '../../../shared/office/office-state';
import { ROSTER, at, chainOf, verifiedFile } from './scores-files';

const OFFICE = '省文旅厅公共服务处 王芳';

function logOf(count: number): AuditLog {
  let log: AuditLog = [];
  for (let i = 0; i < count; i += 1) {
    log = appendEntry(log, {
      recordedAt: `2026-11-27T10:0${i % 10}:00+08:00`,
      actor: OFFICE,
      action: i % 2 === 0 ? 'scoresImported' : 'scoresRefused',
      details: { n: i, expertId: `E${i}`, nested: { list: [i, null, true] } },
    });
  }
  return log;
}

/** A copy of `log` with entry `index` changed by `edit` (hash left as it was, unless `reseal`). */
function edited(log: AuditLog, index: number, edit: (e: AuditEntry) => AuditEntry, reseal = false): AuditLog {
  return log.map((entry, i) => {
    if (i !== index) return entry;
    const changed = edit(entry);
    return reseal ? { ...changed, hash: auditEntryHash(changed) } : changed;
  });
}

/** What a forger who rewrites the chain from `from` on would produce: every later link recomputed. */
function resealedFrom(log: AuditLog, from: number): AuditLog {
  const out: AuditEntry[] = log.slice(0, from);
  for (const [i, entry] of log.slice(from).entries()) {
    const unsealed = { ...entry, index: from + i, previousHash: out[out.length - 1]?.hash ?? null };
    out.push({ ...unsealed, hash: auditEntryHash(unsealed) });
  }
  return out;
}

describe('audit log: building', () => {
  it('numbers entries, links each to the one before and seals it with its hash', () => {
    const log = logOf(3);
    expect(log.map((e) => e.index)).toEqual([0, 1, 2]);
    expect(at(log, 0).previousHash).toBeNull();
    expect(at(log, 1).previousHash).toBe(at(log, 0).hash);
    expect(at(log, 2).previousHash).toBe(at(log, 1).hash);
    for (const entry of log) {
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(auditEntrySchema.parse(entry)).toEqual(entry);
    }
    expect(verifyChain(log)).toEqual({ ok: true });
    expect(verifyChain([])).toEqual({ ok: true });
  });

  it('hashes canonical JSON: the key order of details does not matter', () => {
    const input = { recordedAt: 't', actor: OFFICE, action: 'scoresImported' as const };
    const a = appendEntry([], { ...input, details: { a: 1, b: 2 } });
    const b = appendEntry([], { ...input, details: { b: 2, a: 1 } });
    expect(at(a, 0).hash).toBe(at(b, 0).hash);
  });

  it('does not change the log it is given', () => {
    const log = logOf(2);
    const next = appendEntry(log, { recordedAt: 't', actor: OFFICE, action: 'scoresRefused', details: null });
    expect(log).toHaveLength(2);
    expect(next).toHaveLength(3);
  });

  it('appends one entry per file of an import batch, in order', () => {
    const files = [...chainOf('E1', 2), verifiedFile({ expertId: 'E2', sequence: 1, signer: 'stranger' })];
    const batch = classifyBatch(EMPTY_OFFICE_STATE, files, ROSTER);
    const log = appendDrafts(logOf(1), batch.auditDrafts, { actor: OFFICE, recordedAt: '2026-11-28T09:00:00+08:00' });
    expect(log.map((e) => e.action)).toEqual(['scoresImported', 'scoresImported', 'scoresImported', 'scoresRefused']);
    expect(at(log, 3).details).toMatchObject({ outcome: 'unknownKey', expertId: 'E2' });
    expect(verifyChain(log)).toEqual({ ok: true });
  });
});

describe('audit log: tampering is found at the first broken entry', () => {
  const log = logOf(6);

  it.each([
    ['details', (e: AuditEntry): AuditEntry => ({ ...e, details: { n: 99 } })],
    ['actor', (e: AuditEntry): AuditEntry => ({ ...e, actor: '某人' })],
    ['action', (e: AuditEntry): AuditEntry => ({ ...e, action: 'scoresRefused' === e.action ? 'scoresImported' : 'scoresRefused' })],
    ['recordedAt', (e: AuditEntry): AuditEntry => ({ ...e, recordedAt: '2020-01-01T00:00:00Z' })],
    ['hash', (e: AuditEntry): AuditEntry => ({ ...e, hash: '0'.repeat(64) })],
  ])('an edit of %s', (_field, edit) => {
    expect(verifyChain(edited(log, 2, edit))).toEqual({ ok: false, brokenAt: 2, reason: 'hash' });
  });

  it('an edit of index or previousHash', () => {
    expect(verifyChain(edited(log, 2, (e) => ({ ...e, index: 7 })))).toEqual({ ok: false, brokenAt: 2, reason: 'index' });
    expect(verifyChain(edited(log, 2, (e) => ({ ...e, previousHash: at(log, 0).hash })))).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('an edit with the entry’s own hash recomputed breaks the link of the next entry', () => {
    expect(verifyChain(edited(log, 2, (e) => ({ ...e, details: { n: 99 } }), true))).toEqual({ ok: false, brokenAt: 3, reason: 'previousHash' });
  });

  it('a deletion', () => {
    expect(verifyChain(log.filter((_, i) => i !== 2))).toMatchObject({ ok: false, brokenAt: 2 });
    expect(verifyChain(log.slice(1))).toMatchObject({ ok: false, brokenAt: 0 });
  });

  it('a reordering', () => {
    const swapped = [at(log, 0), at(log, 2), at(log, 1), ...log.slice(3)];
    expect(verifyChain(swapped)).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('an insertion, even of a well-formed entry sealed onto its predecessor', () => {
    const forged = at(appendEntry(log.slice(0, 3), { recordedAt: 't', actor: OFFICE, action: 'scoresImported', details: {} }), 3);
    expect(verifyChain([...log.slice(0, 3), forged, ...log.slice(3)])).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('truncation and wholesale rewrites only show against an anchor kept elsewhere', () => {
    const anchor = chainAnchor(log);
    expect(verifyChain(log.slice(0, 4))).toEqual({ ok: true });
    expect(verifyChain(log.slice(0, 4), anchor)).toEqual({ ok: false, brokenAt: 4, reason: 'truncated' });
    const rewritten = resealedFrom(edited(log, 2, (e) => ({ ...e, details: { n: 99 } })), 2);
    expect(verifyChain(rewritten)).toEqual({ ok: true });
    expect(verifyChain(rewritten, anchor)).toEqual({ ok: false, brokenAt: 5, reason: 'anchorMismatch' });
    // A log that grew after the anchor was taken is fine.
    const grown = appendEntry(log, { recordedAt: 't', actor: OFFICE, action: 'scoresImported', details: {} });
    expect(verifyChain(grown, anchor)).toEqual({ ok: true });
    expect(verifyChain([], chainAnchor([]))).toEqual({ ok: true });
  });

  it('finds any single change to any field of any entry at that entry (fast-check)', () => {
    const fields = ['index', 'previousHash', 'recordedAt', 'actor', 'action', 'details', 'hash'] as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.nat(), fc.constantFrom(...fields), fc.string(), (length, at_, field, text) => {
        const original = logOf(length);
        const index = at_ % length;
        const change = (e: AuditEntry): AuditEntry => {
          switch (field) {
            case 'index':
              return { ...e, index: e.index + 1 + (text.length % 3) };
            case 'previousHash':
              return { ...e, previousHash: e.previousHash === null ? '1'.repeat(64) : null };
            case 'action':
              return { ...e, action: e.action === 'scoresImported' ? 'scoresRefused' : 'scoresImported' };
            case 'details':
              return { ...e, details: { ...(e.details as object), extra: text } };
            default:
              return { ...e, [field]: `${e[field]}${text}x` };
          }
        };
        expect(verifyChain(edited(original, index, change))).toMatchObject({ ok: false, brokenAt: index });
      }),
      { numRuns: 1000 },
    );
  });
});
