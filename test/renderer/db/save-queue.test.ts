// The save queue: per sheet, writes in order, rapid changes coalesced to the newest (never dropped), the
// state the workspace shows, and a failed write (full disk) that keeps the value and can be retried.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExpertDatabase } from '../../../renderer/src/db/expert-database';
import { createSaveQueue, type SaveState } from '../../../renderer/src/db/save-queue';
import type { SheetRow } from '../../../renderer/src/db/records';
import { readSheet, type saveSheet } from '../../../renderer/src/db/sheet-store';
import { describeProblem } from '../../../shared/i18n/describe-problem';
import type { ScoredSheet, ScoreSheet } from '../../../shared/scoring/score-sheet';
import { breakWrites, demoSheets, newDatabase, numericLeaf, quotaExceeded, withValue } from './expert-db-fixture';

const NOW = new Date('2026-11-27T10:00:00.000Z');
const now = (): Date => NOW;

let db: ExpertDatabase;
afterEach(() => db.close());

function firstSheet(): { sheet: ScoredSheet; leaf: string; other: ScoredSheet } {
  const [sheet, other] = demoSheets().scored;
  if (!sheet || !other) throw new Error('two sheets');
  return { sheet, leaf: numericLeaf(sheet), other };
}

/** A save the test finishes by hand, to see what is written when. */
function manualSave(): { save: typeof saveSheet; calls: Array<{ sheet: ScoreSheet; finish: (error?: unknown) => void }> } {
  const calls: Array<{ sheet: ScoreSheet; finish: (error?: unknown) => void }> = [];
  const save: typeof saveSheet = (_db, sessionId, sheet, at) =>
    new Promise<SheetRow>((resolve, reject) => {
      const row: SheetRow = { sessionId, applicationId: sheet.applicationId, sheet, updatedAt: (at ?? NOW).toISOString(), revision: calls.length + 1 };
      calls.push({ sheet, finish: (error) => (error === undefined ? resolve(row) : reject(error)) });
    });
  return { save, calls };
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('save queue', () => {
  it('writes the first change at once, then only the newest of those made meanwhile; every change resolves', async () => {
    db = newDatabase();
    const { sheet, leaf } = firstSheet();
    const manual = manualSave();
    const queue = createSaveQueue(db, { now, save: manual.save });
    // Per change, the value of the write that answered it.
    const results: unknown[] = [];
    const changes = [1, 2, 3].map((value, i) =>
      queue.change('s1', withValue(sheet, leaf, value)).then((outcome) => {
        results[i] = outcome.ok ? (outcome.row.sheet as ScoredSheet).values[leaf] : 'failed';
      }),
    );
    expect(manual.calls.map((call) => (call.sheet as ScoredSheet).values[leaf])).toEqual([1]);
    expect(queue.unsavedSheet('s1', sheet.applicationId)).toEqual(withValue(sheet, leaf, 3));

    manual.calls[0]?.finish();
    await tick();
    // Change 1 is on disk; 2 was replaced by 3 before it could be written, so 3 is written next and 2 never.
    expect(results).toEqual([1]);
    expect(manual.calls.map((call) => (call.sheet as ScoredSheet).values[leaf])).toEqual([1, 3]);

    manual.calls[1]?.finish();
    await Promise.all(changes);
    expect(results).toEqual([1, 3, 3]);
    expect(queue.unsavedSheet('s1', sheet.applicationId)).toBeUndefined();
    expect(queue.hasUnsaved()).toBe(false);
  });

  it('keeps sheets apart: a write of one does not wait for, or replace, the other', async () => {
    db = newDatabase();
    const { sheet, other, leaf } = firstSheet();
    const manual = manualSave();
    const queue = createSaveQueue(db, { now, save: manual.save });
    void queue.change('s1', withValue(sheet, leaf, 1));
    void queue.change('s1', other);
    expect(manual.calls.map((call) => call.sheet.applicationId)).toEqual([sheet.applicationId, other.applicationId]);
    for (const call of manual.calls) call.finish();
    await queue.flush();
  });

  it('against the real database: 20 rapid changes end with the newest on disk, in two writes', async () => {
    db = newDatabase();
    const { sheet, leaf } = firstSheet();
    const queue = createSaveQueue(db, { now });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => queue.change('s1', withValue(sheet, leaf, i / 2))));
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(await readSheet(db, 's1', sheet.applicationId)).toMatchObject({ ok: true, value: { sheet: withValue(sheet, leaf, 9.5), revision: 2 } });
  });

  it('reports idle, saving, then saved with the time', async () => {
    db = newDatabase();
    const { sheet } = firstSheet();
    const queue = createSaveQueue(db, { now });
    const states: SaveState[] = [];
    const stop = queue.subscribe((state) => states.push(state));
    expect(queue.getState()).toEqual({ kind: 'idle' });
    await queue.change('s1', sheet);
    await queue.flush();
    expect(states).toEqual([
      { kind: 'saving', unsaved: 1 },
      { kind: 'saved', at: NOW },
    ]);
    stop();
    await queue.change('s1', sheet);
    expect(states).toHaveLength(2);
  });

  it('a full disk: the write fails with a clear message, the value stays in memory, and retry saves it', async () => {
    db = newDatabase();
    const control = breakWrites(db, quotaExceeded);
    const { sheet, leaf } = firstSheet();
    const queue = createSaveQueue(db, { now });
    await queue.change('s1', withValue(sheet, leaf, 1));

    control.failing = true;
    const wanted = withValue(sheet, leaf, 2);
    const outcome = await queue.change('s1', wanted);
    expect(outcome).toEqual({ ok: false, problem: { code: 'expertSession.db.quotaExceeded', severity: 'error', where: `sheets/s1/${sheet.applicationId}`, params: {} } });
    const state = queue.getState();
    expect(state).toMatchObject({ kind: 'failed', unsaved: 1 });
    if (state.kind !== 'failed') throw new Error('failed');
    expect(describeProblem('zh-CN', state.problem)).toBe('电脑存储空间不足，刚才的修改没有保存（仍保留在当前窗口中）。请清理磁盘空间后点“重试保存”，在此之前不要关闭评审台。');
    expect(queue.unsavedSheet('s1', sheet.applicationId)).toEqual(wanted);
    expect(queue.hasUnsaved()).toBe(true);
    // On disk: still the value before the failure.
    expect(await readSheet(db, 's1', sheet.applicationId)).toMatchObject({ ok: true, value: { sheet: withValue(sheet, leaf, 1), revision: 1 } });

    // A retry while the disk is still full fails again and keeps the value.
    await queue.retry();
    expect(queue.getState()).toMatchObject({ kind: 'failed' });
    expect(queue.unsavedSheet('s1', sheet.applicationId)).toEqual(wanted);

    control.failing = false;
    await queue.retry();
    expect(queue.getState()).toEqual({ kind: 'saved', at: NOW });
    expect(queue.unsavedSheet('s1', sheet.applicationId)).toBeUndefined();
    expect(await readSheet(db, 's1', sheet.applicationId)).toMatchObject({ ok: true, value: { sheet: wanted, revision: 2 } });
  });

  it('recognises a full disk behind Dexie’s AbortError, as a browser reports it at commit', async () => {
    db = newDatabase();
    breakWrites(db, () => new Dexie.AbortError('Transaction aborted', quotaExceeded())).failing = true;
    const { sheet } = firstSheet();
    const outcome = await createSaveQueue(db, { now }).change('s1', sheet);
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'expertSession.db.quotaExceeded' } });
  });

  it('another failure is reported with its detail, and the next change to the sheet writes again', async () => {
    db = newDatabase();
    const control = breakWrites(db, () => new DOMException('disk on fire', 'UnknownError'));
    const { sheet, leaf } = firstSheet();
    const queue = createSaveQueue(db, { now });
    control.failing = true;
    expect(await queue.change('s1', withValue(sheet, leaf, 1))).toMatchObject({ ok: false, problem: { code: 'expertSession.db.writeFailed', params: { detail: 'UnknownError: disk on fire' } } });
    control.failing = false;
    expect(await queue.change('s1', withValue(sheet, leaf, 2))).toMatchObject({ ok: true, row: { revision: 1 } });
    expect(queue.getState()).toEqual({ kind: 'saved', at: NOW });
  });

  it('a recusal without its reason is not saved yet, and says why; giving the reason saves it', async () => {
    db = newDatabase();
    const { recused } = demoSheets();
    const queue = createSaveQueue(db, { now });
    const outcome = await queue.change('s1', { ...recused, recusalReason: '' });
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'expertSession.db.recusalReasonMissing' } });
    expect(queue.unsavedSheet('s1', recused.applicationId)).toMatchObject({ status: 'recused', recusalReason: '' });
    expect(await queue.change('s1', recused)).toMatchObject({ ok: true });
    expect(queue.getState().kind).toBe('saved');
  });

  it('a failure on one sheet stays visible while another sheet saves', async () => {
    db = newDatabase();
    const { sheet, other, leaf } = firstSheet();
    const manual = manualSave();
    const queue = createSaveQueue(db, { now, save: manual.save });
    const failing = queue.change('s1', withValue(sheet, leaf, 1));
    manual.calls[0]?.finish(quotaExceeded());
    await failing;
    const fine = queue.change('s1', other);
    manual.calls[1]?.finish();
    await fine;
    expect(queue.getState()).toMatchObject({ kind: 'failed', unsaved: 1 });
  });
});
