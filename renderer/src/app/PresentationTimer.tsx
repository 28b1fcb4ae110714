// The expert's own presentation stopwatch on the session home, shown when the office set minutes per county:
// which county is presenting (the first not yet timed, unless the expert chooses), start / pause / reset /
// next, a countdown of the presentation and then of the questions, a calm warning in the last minute, and
// overtime counting up in red. The office runs the official clock, so nothing here touches a score sheet.
// The time on screen changes every second; only the whole minutes go to the polite live region, so a screen
// reader is told once a minute rather than every second.
import { Button, Select } from 'antd';
import { useApp } from './app-context';
import { minutesSeconds, readTimer, type TimerPhase } from './presentation-clock';
import { usePresentationTimer } from './presentation-timer-context';
import { nextToPresent } from './presentation-timer-store';
import './presentation.css';

export interface TimerCounty {
  applicationId: string;
  label: string;
}

export interface PresentationTimerProps {
  sessionId: string;
  /** The expert's applications in presentation order. */
  counties: readonly TimerCounty[];
  minutes: number;
  questionMinutes?: number | undefined;
}

const PHASE_LABEL = {
  presentation: 'presentation.timer.phase.presentation',
  questions: 'presentation.timer.phase.questions',
  overtime: 'presentation.timer.phase.overtime',
} as const satisfies Record<TimerPhase, string>;

export function PresentationTimer({ sessionId, counties, minutes, questionMinutes }: PresentationTimerProps) {
  const { t } = useApp();
  const { store, state, running, elapsedMs } = usePresentationTimer(sessionId);
  const order = counties.map((county) => county.applicationId);
  const chosen = state.applicationId !== null && order.includes(state.applicationId) ? state.applicationId : null;
  const current = chosen ?? nextToPresent(order, state.presented);
  if (current === null) return null;
  // Time on the clock belongs to the county it was started for.
  const elapsed = chosen === null ? 0 : elapsedMs;
  const reading = readTimer(elapsed, minutes, questionMinutes);
  const time = minutesSeconds(reading.seconds);
  const next = nextToPresent(order, state.presented);
  const announcement =
    reading.phase === 'overtime'
      ? reading.minutes === 0
        ? t('presentation.timer.announce.timeUp')
        : t('presentation.timer.announce.overtime', { minutes: reading.minutes })
      : t(`presentation.timer.announce.${reading.phase}`, { minutes: reading.minutes });
  const readoutClass = ['rd-timer-readout', `rd-timer-${reading.phase}`, reading.lastMinute ? 'rd-timer-last-minute' : ''].filter(Boolean).join(' ');

  return (
    <section className="rd-timer" aria-labelledby="rd-timer-title" data-testid="presentation-timer">
      <h3 id="rd-timer-title">{t('presentation.timer.title')}</h3>
      <p className="rd-help">
        {questionMinutes === undefined ? t('presentation.timer.allotted', { minutes }) : t('presentation.timer.allottedWithQuestions', { minutes, questionMinutes })}{' '}
        {t('presentation.timer.help')}
      </p>
      <div className="rd-timer-county">
        <label htmlFor="rd-timer-county">{t('presentation.timer.county')}</label>
        {/* Changing county while the clock runs would lose the time: pause first. */}
        <Select
          id="rd-timer-county"
          value={current}
          disabled={running}
          virtual={false}
          options={counties.map((county) => ({ value: county.applicationId, label: county.label }))}
          onChange={(applicationId: string) => store.choose(sessionId, applicationId)}
        />
      </div>
      <div className={readoutClass}>
        <span className="rd-timer-phase">{t(PHASE_LABEL[reading.phase])}</span>
        <span className="rd-timer-time" role="timer" data-testid="timer-time">
          {reading.phase === 'overtime' ? t('presentation.timer.overtime', { time }) : time}
        </span>
        {reading.lastMinute && <span className="rd-timer-note">{t('presentation.timer.lastMinute')}</span>}
        {!running && elapsed > 0 && <span className="rd-timer-note">{t('presentation.timer.paused')}</span>}
      </div>
      <p className="rd-visually-hidden" aria-live="polite" data-testid="timer-announcement">
        {announcement}
      </p>
      <div className="rd-timer-buttons">
        {/* One button that turns from start to pause keeps the keyboard focus where it was. */}
        <Button type="primary" onClick={() => (running ? store.pause() : store.start(sessionId, current))}>
          {running ? t('presentation.timer.pause') : elapsed > 0 ? t('presentation.timer.resume') : t('presentation.timer.start')}
        </Button>
        <Button onClick={() => store.reset()} disabled={!running && elapsed === 0}>
          {t('presentation.timer.reset')}
        </Button>
        <Button onClick={() => next !== null && store.choose(sessionId, next)} disabled={running || next === null || next === current}>
          {t('presentation.timer.next')}
        </Button>
      </div>
    </section>
  );
}
