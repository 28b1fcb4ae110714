// Shared by the expert database tests: a fresh fake IndexedDB per test (passed to Dexie, no globals), the
// demo session and sheets as realistic records, and Dexie middlewares that watch or break transactions.
import type { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { buildDemoSession } from '../../../shared/demo/build-demo-session';
import { demoSessionPayload } from '../../../shared/demo/demo-session-payload';
import { sessionPayloadSchema, type SessionPayload } from '../../../shared/files/session-payload';
import type { RecusedSheet, ScoredSheet, ScoreSheet } from '../../../shared/scoring/score-sheet';
import { ExpertDatabase, type ExpertDatabaseOptions } from '../../../renderer/src/db/expert-database';

export const OFFICE_FINGERPRINT = 'a'.repeat(64);
export const KEY_FINGERPRINT = 'b'.repeat(64);
export const EXPORT_HASH = 'c'.repeat(64);

/** A new, empty IndexedDB: what one laptop's browser profile holds. */
export const freshIndexedDB = (): Required<Pick<ExpertDatabaseOptions, 'indexedDB' | 'IDBKeyRange'>> => ({ indexedDB: new IDBFactory(), IDBKeyRange });

let demo: { payload: SessionPayload; sheets: readonly ScoreSheet[] } | undefined;
function demoData(): { payload: SessionPayload; sheets: readonly ScoreSheet[] } {
  if (!demo) {
    const session = buildDemoSession();
    const payload = sessionPayloadSchema.parse(
      demoSessionPayload(session, { office: { name: '省示范县创建工作领导小组办公室', fingerprint: OFFICE_FINGERPRINT, encryptionKey: 'office-x25519-key' }, enrolled: new Map(), createdAt: '2026-11-27T09:00:00.000Z' }),
    );
    demo = { payload, sheets: session.sheets };
  }
  return demo;
}

export const demoPayload = (): SessionPayload => demoData().payload;

/** The demo's sheets of one expert who scored some applications and recused from one. */
export function demoSheets(): { scored: ScoredSheet[]; recused: RecusedSheet } {
  const sheets = demoData().sheets;
  const recused = sheets.find((sheet): sheet is RecusedSheet => sheet.status === 'recused');
  if (!recused) throw new Error('the demo has a recusal');
  const scored = sheets.filter((sheet): sheet is ScoredSheet => sheet.status === 'scored' && sheet.expertId === recused.expertId);
  return { scored, recused };
}

/** A leaf id the sheet has a numeric value for: the one the tests change. */
export function numericLeaf(sheet: ScoredSheet): string {
  const id = Object.keys(sheet.values).find((key) => typeof sheet.values[key] === 'number');
  if (!id) throw new Error('the sheet has a numeric leaf');
  return id;
}

export const withValue = (sheet: ScoredSheet, id: string, value: number): ScoredSheet => ({ ...sheet, values: { ...sheet.values, [id]: value } });

export interface SeenTransaction {
  mode: 'readonly' | 'readwrite';
  stores: string[];
  /** What Dexie asked for, and what the IndexedDB transaction it got says. */
  requested: string | undefined;
  actual: string | undefined;
}

/** Records every transaction Dexie opens on `db` (call before the database opens). */
export function watchTransactions(db: Dexie): SeenTransaction[] {
  const seen: SeenTransaction[] = [];
  db.use({
    stack: 'dbcore',
    name: 'watch-transactions',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const tx = down.transaction(stores, mode, options);
        seen.push({ mode, stores: [...stores], requested: options?.durability, actual: (tx as unknown as { durability?: string }).durability });
        return tx;
      },
    }),
  });
  return seen;
}

/** Makes every write on `db` fail with `makeError()` while `failing` is true (call before the database opens). */
export function breakWrites(db: Dexie, makeError: () => unknown): { failing: boolean; attempts: number } {
  const control = { failing: false, attempts: 0 };
  db.use({
    stack: 'dbcore',
    name: 'break-writes',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate(request) {
            control.attempts++;
            return control.failing ? Promise.reject(makeError()) : table.mutate(request);
          },
        };
      },
    }),
  });
  return control;
}

export const quotaExceeded = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

export function newDatabase(idb = freshIndexedDB(), name = 'expert-test'): ExpertDatabase {
  return new ExpertDatabase(name, idb);
}
