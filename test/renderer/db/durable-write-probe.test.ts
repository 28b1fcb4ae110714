// The bench's probe, run small on fake-indexeddb: one latency per change, every change committed in turn
// (the revision counts them), and the percentile it reports. The figure that matters comes from Chromium.
import { describe, expect, it } from 'vitest';
import { percentile, probeDurableWrites } from '../../../renderer/src/db/durable-write-probe';
import { readSheet } from '../../../renderer/src/db/sheet-store';
import { demoSheets, newDatabase, numericLeaf } from './expert-db-fixture';

describe('durable write probe', () => {
  it('times each of N changes from change to commit, each one written', async () => {
    const db = newDatabase();
    const [sheet] = demoSheets().scored;
    if (!sheet) throw new Error('a sheet');
    const indicatorId = numericLeaf(sheet);
    let ticks = 0;
    const result = await probeDurableWrites(db, { sessionId: 's1', sheet, indicatorId, changes: 25, clock: () => ticks++ });
    expect(result.latenciesMs).toEqual(Array.from({ length: 25 }, () => 1));
    expect(result.finalRevision).toBe(25);
    expect(result).toMatchObject({ p50Ms: 1, p95Ms: 1, maxMs: 1 });
    expect(await readSheet(db, 's1', sheet.applicationId)).toMatchObject({ ok: true, value: { revision: 25, sheet: { values: { [indicatorId]: 2 } } } });
    db.close();
  });

  it('nearest-rank percentile', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});
