// The office's drafts: saved whole with strict durability, read back exactly, listed newest first; a draft the
// schema refuses is not written; a damaged stored row is reported by id and fields while the others still read.
import { afterEach, describe, expect, it } from 'vitest';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import { InvalidRecordError } from '../../../renderer/src/db/invalid-record';
import { listDrafts, readDraft, saveDraft } from '../../../renderer/src/office/db/draft-store';
import type { OfficeDatabase } from '../../../renderer/src/office/db/office-database';
import { watchTransactions } from '../db/expert-db-fixture';
import { HEBEI_QUOTA, newOfficeDatabase, sampleDraft, sampleDraftStandard } from './office-fixture';

let db: OfficeDatabase;
afterEach(() => db.close());

describe('draft store', () => {
  it('saves a draft with strict durability and reads it back as saved, with the save time as updatedAt', async () => {
    db = newOfficeDatabase();
    const seen = watchTransactions(db);
    const draft = sampleDraft({ standard: sampleDraftStandard(), quota: HEBEI_QUOTA });
    const saved = await saveDraft(db, draft, new Date('2026-11-28T08:00:00.000Z'));
    expect(saved).toEqual({ ...draft, updatedAt: '2026-11-28T08:00:00.000Z' });
    expect(await readDraft(db, draft.sessionId)).toEqual({ ok: true, value: saved });
    const writes = seen.filter((tx) => tx.mode === 'readwrite' && tx.stores.includes('drafts'));
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every((tx) => tx.requested === 'strict')).toBe(true);
  });

  it('reads nothing for an unknown id, and lists drafts most recently changed first', async () => {
    db = newOfficeDatabase();
    expect(await readDraft(db, 'none')).toEqual({ ok: true, value: undefined });
    await saveDraft(db, sampleDraft({}, 'aaaaaa'), new Date('2026-11-28T08:00:00.000Z'));
    await saveDraft(db, sampleDraft({}, 'bbbbbb'), new Date('2026-11-28T09:00:00.000Z'));
    await saveDraft(db, sampleDraft({}, 'cccccc'), new Date('2026-11-28T07:00:00.000Z'));
    const list = await listDrafts(db);
    expect(list.problems).toEqual([]);
    expect(list.records.map((draft) => draft.sessionId)).toEqual(['2026-2-qualification-bbbbbb', '2026-2-qualification-aaaaaa', '2026-2-qualification-cccccc']);
  });

  it('refuses a draft its schema refuses and writes nothing', async () => {
    db = newOfficeDatabase();
    const draft = sampleDraft();
    const bad = { ...draft, basics: { ...draft.basics, endsOn: '2026-11-30' } };
    const refused = await saveDraft(db, bad).catch((cause: unknown) => cause);
    expect(refused).toBeInstanceOf(InvalidRecordError);
    expect((refused as InvalidRecordError).problem).toEqual({
      code: 'officeWorkspace.db.invalidDraft',
      severity: 'error',
      where: `drafts/${draft.sessionId}`,
      params: { sessionId: draft.sessionId, fields: 'basics.endsOn' },
    });
    expect(await db.drafts.count()).toBe(0);
  });

  it('reports a damaged row by its id and fields, in the reader’s language; the good drafts still read', async () => {
    db = newOfficeDatabase();
    const good = await saveDraft(db, sampleDraft({}, 'good00'));
    await db.table('drafts').put({ ...sampleDraft({}, 'bad000'), quota: { countyLevelDivisions: -3 }, roster: 'nobody' });
    const list = await listDrafts(db);
    expect(list.records).toEqual([good]);
    const sessionId = '2026-2-qualification-bad000';
    expect(list.problems).toEqual([
      { code: 'officeWorkspace.db.damaged.draft', severity: 'error', where: `drafts/${sessionId}`, params: { sessionId, fields: 'quota.countyLevelDivisions, quota.divisionsAsOf, roster' } },
    ]);
    expect(await readDraft(db, sessionId)).toEqual({ ok: false, problem: list.problems[0] });
    const [problem] = list.problems;
    if (!problem) throw new Error('a problem');
    expect(describeProblem('zh-CN', problem)).toBe(
      `本机保存的评审会草稿 ${sessionId} 已损坏，无法读取（有问题的字段：quota.countyLevelDivisions, quota.divisionsAsOf, roster）。其他评审会不受影响。`,
    );
  });
});
