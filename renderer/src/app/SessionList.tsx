// The sessions this computer has opened, newest first, each with a button to go back to it: an expert on two
// panels keeps both here. A stored row that no longer reads shows its problem in place and the others stay
// usable. Progress is counted after the list is shown, so a large session does not hold the list back.
import { Alert, Button, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { Problem } from '../../../shared/problems';
import { readProfile } from '../db/profile-store';
import type { SessionRow } from '../db/records';
import { listSessions } from '../db/session-store';
import { errorText, useApp } from './app-context';
import { dateTime } from './format';
import { sessionProgress, type SessionProgress } from './session-progress';

export interface SessionListProps {
  /** The session the workspace is in, marked in the list; null before any. */
  currentSessionId: string | null;
  onContinue: (sessionId: string) => void;
}

type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; sessions: SessionRow[]; problems: Problem[] };

const newestFirst = (a: SessionRow, b: SessionRow): number => b.openedAt.localeCompare(a.openedAt);

export function SessionList({ currentSessionId, onContinue }: SessionListProps) {
  const { db, queue, storage, t, describe } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [progress, setProgress] = useState<ReadonlyMap<string, SessionProgress>>(new Map());

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const list = await listSessions(db);
        const sessions = [...list.records].sort(newestFirst);
        if (!live) return;
        setLoaded({ kind: 'loaded', sessions, problems: list.problems });
        const profile = await readProfile(db);
        const keyFingerprint = profile.ok ? (profile.value?.keyFingerprint ?? null) : null;
        for (const session of sessions) {
          const counted = await sessionProgress(db, queue, storage, session, keyFingerprint);
          if (!live) return;
          if (counted) setProgress((before) => new Map(before).set(session.sessionId, counted));
        }
      } catch (cause) {
        // Progress is a convenience: once the list is shown, a failed count only leaves it out.
        if (live) setLoaded((before) => (before.kind === 'loaded' ? before : { kind: 'failed', message: errorText(cause) }));
      }
    })();
    return () => {
      live = false;
    };
  }, [db, queue, storage]);

  if (loaded.kind === 'loading') return null;
  if (loaded.kind === 'failed') return <Alert type="error" showIcon title={t('expertSession.ui.sessions.loadFailed', { message: loaded.message })} />;
  const { sessions, problems } = loaded;
  if (sessions.length === 0 && problems.length === 0) return null;
  return (
    <section className="rd-screen rd-sessions" aria-labelledby="rd-sessions-title" data-testid="session-list">
      <h2 id="rd-sessions-title">{t('expertSession.ui.sessions.title')}</h2>
      <p className="rd-help">{t('expertSession.ui.sessions.intro')}</p>
      {problems.map((problem, index) => (
        <Alert key={index} type="error" showIcon title={describe(problem)} data-testid="session-problem" />
      ))}
      <ul className="rd-session-list">
        {sessions.map(({ sessionId, payload, openedAt }, index) => {
          const current = sessionId === currentSessionId;
          // By position: a session id may hold characters an id reference list cannot.
          const nameId = `rd-session-name-${index}`;
          const counted = progress.get(sessionId);
          return (
            <li key={sessionId} className="rd-session-item" aria-current={current ? 'true' : undefined} data-testid={`session-${sessionId}`}>
              <div>
                <h3 id={nameId}>
                  {payload.name}
                  {current && <Tag color="blue">{t('expertSession.ui.sessions.current')}</Tag>}
                </h3>
                <p className="rd-help">
                  {t('expertSession.ui.sessions.office', { name: payload.office.name })} · {t('expertSession.ui.sessions.stage', { stage: t(`standard.stage.${payload.stage}`) })} ·{' '}
                  {t('expertSession.ui.sessions.openedAt', { at: dateTime(new Date(openedAt)) })}
                </p>
                {counted && <p data-testid="session-progress">{t('expertSession.ui.sessions.progress', { finished: counted.finished, required: counted.required })}</p>}
              </div>
              {/* The visible name is the same on every row; the description says which session it continues. */}
              <Button type={current ? 'default' : 'primary'} aria-describedby={nameId} onClick={() => onContinue(sessionId)}>
                {t('expertSession.ui.sessions.continue')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
