// The draft queue: a change is on disk when its promise resolves ok, changes made during a write are
// coalesced into one write of the newest, and a failed write keeps the draft unsaved with the reason until
// retry() writes it.
import { afterEach, describe, expect, it } from 'vitest';
import { createDraftQueue } from '../../../renderer/src/office/db/draft-queue';
import { readDraft } from '../../../renderer/src/office/db/draft-store';
import type { OfficeDatabase } from '../../../renderer/src/office/db/office-database';
import { breakWrites, quotaExceeded } from '../db/expert-db-fixture';
import { HEBEI_QUOTA, newOfficeDatabase, sampleDraft } from './office-fixture';

let db: OfficeDatabase;
afterEach(() => db.close());

const named = (name: string) => {
  const draft = sampleDraft();
  return { ...draft, basics: { ...draft.basics, name } };
};

describe('draft queue', () => {
  it('writes every change, coalescing the ones made during a write, and the newest is what is stored', async () => {
    db = newOfficeDatabase();
    const queue = createDraftQueue(db);
    const states: string[] = [];
    queue.subscribe((state) => states.push(state.kind));
    const outcomes = await Promise.all([queue.change(named('一')), queue.change(named('二')), queue.change({ ...named('三'), quota: HEBEI_QUOTA })]);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    const read = await readDraft(db, sampleDraft().sessionId);
    expect(read.ok && read.value?.basics.name).toBe('三');
    expect(read.ok && read.value?.quota).toEqual(HEBEI_QUOTA);
    expect(states).toEqual(['saving', 'saved']);
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('a failed write keeps the draft unsaved with its reason; retry writes it', async () => {
    db = newOfficeDatabase();
    const control = breakWrites(db, quotaExceeded);
    const queue = createDraftQueue(db);
    control.failing = true;
    const outcome = await queue.change(named('磁盘满时的修改'));
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'expertSession.db.quotaExceeded' } });
    expect(queue.getState()).toMatchObject({ kind: 'failed', unsaved: 1 });
    expect(queue.hasUnsaved()).toBe(true);
    control.failing = false;
    await queue.retry();
    expect(queue.getState().kind).toBe('saved');
    const read = await readDraft(db, sampleDraft().sessionId);
    expect(read.ok && read.value?.basics.name).toBe('磁盘满时的修改');
  });
});
