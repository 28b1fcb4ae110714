// The presentation timer in brief, above an application the timer is on, so the expert who opened the
// presenting county's documents still sees the time without going back to the home screen.
import { useApp } from './app-context';
import { minutesSeconds, readTimer } from './presentation-clock';
import { usePresentationTimer } from './presentation-timer-context';
import './presentation.css';

export interface PresentationTimerBadgeProps {
  sessionId: string;
  applicationId: string;
  minutes: number;
  questionMinutes?: number | undefined;
}

export function PresentationTimerBadge({ sessionId, applicationId, minutes, questionMinutes }: PresentationTimerBadgeProps) {
  const { t } = useApp();
  const { state, running, elapsedMs } = usePresentationTimer(sessionId);
  if (state.applicationId !== applicationId || (!running && elapsedMs === 0)) return null;
  const reading = readTimer(elapsedMs, minutes, questionMinutes);
  const params = { phase: t(`presentation.timer.phase.${reading.phase}`), time: minutesSeconds(reading.seconds) };
  return (
    <p className={reading.phase === 'overtime' ? 'rd-timer-badge rd-timer-badge-overtime' : 'rd-timer-badge'} data-testid="timer-badge">
      {t(running ? 'presentation.badge.running' : 'presentation.badge.paused', params)}
    </p>
  );
}
