// @vitest-environment happy-dom
// The session home: the expert's applications in the session's (presentation) order with their progress
// and recusal state, how the order was decided (by lot with its seed, or set by the office named in the
// file), a warning when the listed order is not the one the seed draws, and the presentation timer only
// when the office set minutes.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEMO_LOT_SEED } from '../../../shared/demo/demo-session-payload';
import type { SessionPayload } from '../../../shared/files/session-payload';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { SessionHome } from '../../../renderer/src/app/SessionHome';
import { saveSession } from '../../../renderer/src/db/session-store';
import { saveSheet } from '../../../renderer/src/db/sheet-store';
import { demoPayload, demoSheets, newDatabase, OFFICE_FINGERPRINT } from '../db/expert-db-fixture';
import { fakeHost, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);
const noop = (): void => undefined;

async function renderHome(payload: SessionPayload, expertId: string, prepare?: (db: ReturnType<typeof newDatabase>) => Promise<void>) {
  const db = newDatabase();
  const session = await saveSession(db, { payload, officeFingerprint: OFFICE_FINGERPRINT });
  await prepare?.(db);
  renderScreen(<SessionHome session={session} expertId={expertId} onOpenApplication={noop} onExport={noop} />, { host: fakeHost(), db });
  return session;
}

const rows = (): HTMLElement[] => within(screen.getByRole('list')).getAllByRole('listitem');

describe('SessionHome', () => {
  it('lists the expert’s applications in the session’s order with progress and recusal', async () => {
    const payload = demoPayload();
    const { scored, recused } = demoSheets();
    const expertId = recused.expertId;
    // One application left unscored: its row counts none done.
    const [unscored, ...rest] = scored.filter((sheet) => payload.applications.some((application) => application.id === sheet.applicationId));
    if (!unscored) throw new Error('the demo expert scored applications');
    await renderHome(payload, expertId, async (db) => {
      for (const sheet of [...rest, recused]) await saveSheet(db, payload.sessionId, sheet);
    });

    await waitFor(() => expect(within(screen.getByTestId(`application-${recused.applicationId}`)).queryByText(zh('expertSession.ui.home.recused'))).toBeTruthy());
    const listed = rows().map((row) => row.querySelector('[data-testid]')?.getAttribute('data-testid'));
    expect(listed).toEqual(payload.applications.map((application) => `application-${application.id}`));
    expect(rows()[0]?.textContent).toContain(zh('expertSession.ui.home.order', { order: 1 }));
    expect(screen.getByTestId(`application-${unscored.applicationId}`).textContent).toMatch(/已评 0 \/ \d+ 项指标/);
    const done = rest.find((sheet) => sheet.applicationId !== 'A12');
    if (!done) throw new Error('the demo expert finished an application');
    const [, count, total] = /已评 (\d+) \/ (\d+) 项指标/.exec(screen.getByTestId(`application-${done.applicationId}`).textContent ?? '') ?? [];
    expect(Number(count)).toBeGreaterThan(0);
    expect(count).toBe(total);
  });

  it('says the order was drawn by lot, with the seed, when the listed order is the draw', async () => {
    await renderHome(demoPayload(), 'E1');
    expect(screen.getByTestId('presentation-order').textContent).toBe(zh('presentation.order.lot', { seed: DEMO_LOT_SEED }));
    expect(screen.queryByTestId('presentation-order-mismatch')).toBeNull();
  });

  it('warns when the file claims a lot but lists another order', async () => {
    const payload = demoPayload();
    await renderHome({ ...payload, applications: [...payload.applications].reverse() }, 'E1');
    const warning = await screen.findByTestId('presentation-order-mismatch');
    expect(warning.textContent).toContain(zh('presentation.order.mismatch', { seed: DEMO_LOT_SEED }));
    // The redrawn order names the counties as the seed draws them: the demo's first comes first.
    const first = payload.applications[0]?.countyName ?? '';
    expect(warning.textContent).toContain(`：${first}、`);
  });

  it('names the office from the file when it set the order', async () => {
    const payload = demoPayload();
    const office = { ...payload.office, name: '某省文化和旅游厅' };
    await renderHome({ ...payload, office, presentation: { order: { method: 'set' }, minutes: 10 } }, 'E1');
    expect(screen.getByTestId('presentation-order').textContent).toBe('出场顺序：由某省文化和旅游厅确定');
    expect(screen.getByTestId('presentation-timer')).toBeTruthy();
  });

  it('says how the order was decided but shows no timer when the office set no minutes', async () => {
    const payload = demoPayload();
    await renderHome({ ...payload, presentation: { order: { method: 'lot', seed: DEMO_LOT_SEED } } }, 'E1');
    expect(screen.getByTestId('presentation-order')).toBeTruthy();
    expect(screen.queryByTestId('presentation-timer')).toBeNull();
  });

  it('shows neither the order note nor the timer for a file without presentation settings', async () => {
    const { presentation: _none, ...older } = demoPayload();
    await renderHome(older, 'E1');
    expect(screen.getAllByRole('listitem').length).toBe(older.applications.length);
    expect(screen.queryByTestId('presentation-order')).toBeNull();
    expect(screen.queryByTestId('presentation-timer')).toBeNull();
  });
});
