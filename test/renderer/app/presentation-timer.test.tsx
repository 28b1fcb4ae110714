// @vitest-environment happy-dom
// The expert's presentation timer, on a clock the test moves by hand: it counts the presentation down, then
// the questions, warns calmly in the last minute and shows overtime counting up in red; pause keeps the time,
// reset clears it; the county is chosen with the keyboard and "next" offers the first not yet presented;
// a screen reader hears whole minutes only; the time survives leaving the home screen for an application
// (whose header shows it) and coming back; and nothing is written to the score sheets.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { SessionPayload } from '../../../shared/files/session-payload';
import { translate, type MessageKey, type MessageParams } from '../../../shared/i18n/translate';
import { ApplicationView } from '../../../renderer/src/app/ApplicationView';
import { PresentationTimer, type TimerCounty } from '../../../renderer/src/app/PresentationTimer';
import { PresentationTimerProvider } from '../../../renderer/src/app/presentation-timer-context';
import type { TimerClock } from '../../../renderer/src/app/presentation-timer-store';
import { SessionHome } from '../../../renderer/src/app/SessionHome';
import type { SessionRow } from '../../../renderer/src/db/records';
import { saveSession } from '../../../renderer/src/db/session-store';
import { listSheets } from '../../../renderer/src/db/sheet-store';
import { demoPayload, newDatabase, OFFICE_FINGERPRINT } from '../db/expert-db-fixture';
import { fakeHost, renderScreen } from './app-harness';

const zh = (key: MessageKey, params: MessageParams = {}): string => translate('zh-CN', key, params);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** A clock that moves only when told, and runs the timer's redraws as it does. */
function manualClock(): TimerClock & { advance(ms: number): void } {
  let now = 1_000_000;
  const ticks = new Set<() => void>();
  return {
    now: () => now,
    every: (_ms, tick) => {
      ticks.add(tick);
      return () => void ticks.delete(tick);
    },
    advance: (ms) => {
      now += ms;
      act(() => {
        for (const tick of [...ticks]) tick();
      });
    },
  };
}

const COUNTIES: TimerCounty[] = [
  { applicationId: 'A10', label: '第 1 位 甲县' },
  { applicationId: 'A11', label: '第 2 位 乙县' },
  { applicationId: 'A05', label: '第 3 位 丙县' },
];

function renderTimer(clock: TimerClock, questionMinutes?: number) {
  const db = newDatabase();
  return renderScreen(
    <PresentationTimerProvider clock={clock}>
      <PresentationTimer sessionId="S" counties={COUNTIES} minutes={15} questionMinutes={questionMinutes} />
    </PresentationTimerProvider>,
    { host: fakeHost(), db },
  );
}

const time = (): string => screen.getByTestId('timer-time').textContent ?? '';
const announcement = (): string => screen.getByTestId('timer-announcement').textContent ?? '';
const button = (key: MessageKey): HTMLElement => screen.getByRole('button', { name: zh(key) });
const countyBox = (): HTMLElement => screen.getByRole('combobox', { name: zh('presentation.timer.county') });
const chosenCounty = (): string => countyBox().closest('.ant-select')?.querySelector('.ant-select-content')?.getAttribute('title') ?? '';

describe('PresentationTimer', () => {
  it('counts the presentation down, then the questions, then overtime in red', () => {
    const clock = manualClock();
    renderTimer(clock, 5);
    expect(time()).toBe('15:00');
    expect(chosenCounty()).toBe('第 1 位 甲县');
    fireEvent.click(button('presentation.timer.start'));
    clock.advance(SECOND);
    expect(time()).toBe('14:59');

    clock.advance(14 * MINUTE - SECOND);
    expect(time()).toBe('01:00');
    expect(screen.getByText(zh('presentation.timer.lastMinute'))).toBeTruthy();
    expect(screen.getByTestId('timer-time').closest('.rd-timer-readout')?.classList.contains('rd-timer-last-minute')).toBe(true);

    clock.advance(MINUTE);
    expect(time()).toBe('05:00');
    expect(screen.getByText(zh('presentation.timer.phase.questions'))).toBeTruthy();
    expect(screen.queryByText(zh('presentation.timer.lastMinute'))).toBeNull();

    clock.advance(5 * MINUTE + 83 * SECOND);
    expect(time()).toBe('超时 01:23');
    const readout = screen.getByTestId('timer-time').closest('.rd-timer-readout');
    expect(readout?.classList.contains('rd-timer-overtime')).toBe(true);
    expect(readout?.classList.contains('rd-timer-last-minute')).toBe(false);
  });

  it('goes into overtime straight after the presentation when there is no question period', () => {
    const clock = manualClock();
    renderTimer(clock);
    fireEvent.click(button('presentation.timer.start'));
    clock.advance(15 * MINUTE + 7 * SECOND);
    expect(time()).toBe('超时 00:07');
  });

  it('tells a screen reader the whole minutes, not every second', () => {
    const clock = manualClock();
    renderTimer(clock, 5);
    const live = screen.getByTestId('timer-announcement');
    expect(live.getAttribute('aria-live')).toBe('polite');
    // The seconds are in a timer, which screen readers do not read out on each change.
    expect(screen.getByTestId('timer-time').getAttribute('role')).toBe('timer');
    expect(screen.getByTestId('timer-time').hasAttribute('aria-live')).toBe(false);
    fireEvent.click(button('presentation.timer.start'));
    const heard = [announcement()];
    // Five-second steps land on every minute's turn.
    for (let step = 1; step <= (22 * 60) / 5; step += 1) {
      clock.advance(5 * SECOND);
      if (announcement() !== heard.at(-1)) heard.push(announcement());
    }
    expect(heard).toEqual([
      ...[15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((minutes) => zh('presentation.timer.announce.presentation', { minutes })),
      ...[5, 4, 3, 2, 1].map((minutes) => zh('presentation.timer.announce.questions', { minutes })),
      zh('presentation.timer.announce.timeUp'),
      zh('presentation.timer.announce.overtime', { minutes: 1 }),
      zh('presentation.timer.announce.overtime', { minutes: 2 }),
    ]);
  });

  it('keeps the time while paused, resumes from it, and resets to the full time', () => {
    const clock = manualClock();
    renderTimer(clock, 5);
    fireEvent.click(button('presentation.timer.start'));
    clock.advance(90 * SECOND);
    fireEvent.click(button('presentation.timer.pause'));
    clock.advance(10 * MINUTE);
    expect(time()).toBe('13:30');
    expect(screen.getByText(zh('presentation.timer.paused'))).toBeTruthy();
    fireEvent.click(button('presentation.timer.resume'));
    clock.advance(30 * SECOND);
    expect(time()).toBe('13:00');
    fireEvent.click(button('presentation.timer.reset'));
    clock.advance(30 * SECOND);
    expect(time()).toBe('15:00');
    expect(button('presentation.timer.start')).toBeTruthy();
    expect(button('presentation.timer.reset').hasAttribute('disabled')).toBe(true);
  });

  it('chooses the county with the keyboard, only while stopped, and offers the next not yet presented', () => {
    const clock = manualClock();
    renderTimer(clock, 5);
    // Nothing presented yet: "next" would be the one already shown.
    expect(button('presentation.timer.next').hasAttribute('disabled')).toBe(true);
    // antd's select reads the key codes.
    fireEvent.keyDown(countyBox(), { key: 'ArrowDown', keyCode: 40, which: 40 });
    fireEvent.keyDown(countyBox(), { key: 'ArrowDown', keyCode: 40, which: 40 });
    fireEvent.keyDown(countyBox(), { key: 'Enter', keyCode: 13, which: 13 });
    expect(chosenCounty()).toBe('第 2 位 乙县');

    fireEvent.click(button('presentation.timer.start'));
    expect(countyBox().closest('.ant-select')?.classList.contains('ant-select-disabled')).toBe(true);
    expect(button('presentation.timer.next').hasAttribute('disabled')).toBe(true);
    clock.advance(MINUTE);
    fireEvent.click(button('presentation.timer.pause'));

    // 乙县 has presented; the first not yet presented is 甲县, and it starts from its full time.
    fireEvent.click(button('presentation.timer.next'));
    expect(chosenCounty()).toBe('第 1 位 甲县');
    expect(time()).toBe('15:00');
    fireEvent.click(button('presentation.timer.start'));
    clock.advance(SECOND);
    fireEvent.click(button('presentation.timer.pause'));
    fireEvent.click(button('presentation.timer.next'));
    expect(chosenCounty()).toBe('第 3 位 丙县');
  });
});

/** The workspace's home and application screens under one provider, switched as Workspace switches them. */
function Screens({ clock, session, expertId }: { clock: TimerClock; session: SessionRow; expertId: string }) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <PresentationTimerProvider clock={clock}>
      <button type="button" onClick={() => setOpen(null)}>
        home
      </button>
      {open === null ? <SessionHome session={session} expertId={expertId} onOpenApplication={setOpen} onExport={() => undefined} /> : <ApplicationView session={session} expertId={expertId} applicationId={open} />}
    </PresentationTimerProvider>
  );
}

describe('presentation timer across screens', () => {
  it('keeps running in an application, which shows it, and writes nothing to the score sheets', async () => {
    const clock = manualClock();
    const db = newDatabase();
    const payload: SessionPayload = demoPayload();
    const session = await saveSession(db, { payload, officeFingerprint: OFFICE_FINGERPRINT });
    const view = renderScreen(<Screens clock={clock} session={session} expertId="E1" />, { host: fakeHost(), db });
    const first = payload.applications[0];
    const second = payload.applications[1];
    if (!first || !second) throw new Error('the demo has applications');

    fireEvent.click(within(screen.getByTestId('presentation-timer')).getByRole('button', { name: zh('presentation.timer.start') }));
    clock.advance(2 * MINUTE);
    expect(time()).toBe('13:00');

    // Into the presenting county's application: the header shows the running time.
    fireEvent.click(screen.getByTestId(`application-${first.id}`));
    expect(screen.queryByTestId('presentation-timer')).toBeNull();
    clock.advance(3 * MINUTE);
    expect(screen.getByTestId('timer-badge').textContent).toBe(zh('presentation.badge.running', { phase: zh('presentation.timer.phase.presentation'), time: '10:00' }));

    // Another county's application does not show this county's time.
    fireEvent.click(screen.getByRole('button', { name: 'home' }));
    fireEvent.click(await screen.findByTestId(`application-${second.id}`));
    expect(screen.queryByTestId('timer-badge')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'home' }));
    clock.advance(MINUTE);
    expect(time()).toBe('09:00');
    expect(button('presentation.timer.pause')).toBeTruthy();

    expect(view.queue.getState().kind).toBe('idle');
    expect((await listSheets(db, session.sessionId)).records).toEqual([]);
  });
});
