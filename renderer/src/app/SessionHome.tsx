// The session's home: the applications assigned to this expert in presentation order (the order of the
// session file, which the office draws or sets, and says which), each with its progress and recusal state,
// and the expert's presentation timer when the office set minutes per county. Each row is a button, so Tab
// and Enter open an application without the mouse.
import { Alert, Button, Progress, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { Problem } from '../../../shared/problems';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { compileStandard } from '../../../shared/standard/compile';
import type { SessionRow } from '../db/records';
import { listSheets } from '../db/sheet-store';
import { useApp } from './app-context';
import { assignedApplications, officeExclusion } from './assigned';
import { PresentationOrderNote } from './PresentationOrderNote';
import { PresentationTimer } from './PresentationTimer';
import { sheetProgress } from './sheet-progress';

export interface SessionHomeProps {
  session: SessionRow;
  expertId: string | null;
  onOpenApplication: (applicationId: string) => void;
  onExport: () => void;
}

export function SessionHome({ session, expertId, onOpenApplication, onExport }: SessionHomeProps) {
  const { db, queue, t, describe } = useApp();
  const { payload } = session;
  const compiled = useMemo(() => compileStandard(payload.standard, payload.stage), [payload]);
  const [sheets, setSheets] = useState<ReadonlyMap<string, ScoreSheet>>(new Map());
  const [problems, setProblems] = useState<Problem[]>([]);

  useEffect(() => {
    let live = true;
    void listSheets(db, session.sessionId).then((list) => {
      if (!live) return;
      const byApplication = new Map(list.records.map((row) => [row.applicationId, row.sheet]));
      // A change still being written is newer than the row read.
      for (const application of payload.applications) {
        const unsaved = queue.unsavedSheet(session.sessionId, application.id);
        if (unsaved) byApplication.set(application.id, unsaved);
      }
      setSheets(byApplication);
      setProblems(list.problems);
    });
    return () => {
      live = false;
    };
  }, [db, queue, session.sessionId, payload]);

  const assigned = expertId === null ? [] : assignedApplications(payload, expertId);
  const county = (application: (typeof assigned)[number]['application']): string => t('expertSession.ui.home.county', { county: application.countyName, city: application.city });
  const minutes = payload.presentation?.minutes;
  return (
    <section className="rd-screen" aria-labelledby="rd-home-title">
      <h2 id="rd-home-title">{payload.name}</h2>
      <p className="rd-help">{t('expertSession.ui.home.office', { name: payload.office.name })}</p>
      <PresentationOrderNote payload={payload} />
      {expertId === null && <Alert type="warning" showIcon title={t('expertSession.ui.home.noExpert')} />}
      {problems.map((problem, index) => (
        <Alert key={index} type="error" showIcon title={describe(problem)} />
      ))}
      {expertId !== null && (
        <>
          <h3>{t('expertSession.ui.home.assigned', { count: assigned.length })}</h3>
          {assigned.length === 0 ? (
            <p>{t('expertSession.ui.home.none')}</p>
          ) : (
            <>
              {minutes !== undefined && (
                <PresentationTimer
                  sessionId={session.sessionId}
                  counties={assigned.map(({ application, order }) => ({ applicationId: application.id, label: `${t('expertSession.ui.home.order', { order })} ${county(application)}` }))}
                  minutes={minutes}
                  questionMinutes={payload.presentation?.questionMinutes}
                />
              )}
              <p className="rd-help">{t('expertSession.ui.home.openHint')}</p>
              <ol className="rd-applications">
                {assigned.map(({ application, order }) => {
                  const excluded = officeExclusion(compiled, application);
                  if (excluded.length > 0) {
                    // Nothing to score: the office found a prerequisite missing at intake; saying so keeps the
                    // count here in step with the export screen, which does not require it either.
                    return (
                      <li key={application.id}>
                        <div className="rd-application rd-application-excluded" data-testid={`application-${application.id}`}>
                          <span className="rd-application-order">{t('expertSession.ui.home.order', { order })}</span>
                          <span className="rd-application-name">{county(application)}</span>
                          <span className="rd-excluded-note">{t('expertSession.ui.home.excluded', { leaves: excluded.join('、') })}</span>
                        </div>
                      </li>
                    );
                  }
                  const progress = sheetProgress(compiled, sheets.get(application.id), application.id);
                  const percent = progress.total === 0 ? 100 : Math.round((progress.done / progress.total) * 100);
                  return (
                    <li key={application.id}>
                      <button type="button" className="rd-application" data-testid={`application-${application.id}`} onClick={() => onOpenApplication(application.id)}>
                        <span className="rd-application-order">{t('expertSession.ui.home.order', { order })}</span>
                        <span className="rd-application-name">{county(application)}</span>
                        {progress.recused ? (
                          <Tag color="orange">{t('expertSession.ui.home.recused')}</Tag>
                        ) : (
                          <span className="rd-application-progress">
                            <Progress percent={percent} size="small" showInfo={false} />
                            {t('expertSession.ui.home.progress', { done: progress.done, total: progress.total })}
                          </span>
                        )}
                      </button>
                    </li>
                  );
                })}
              </ol>
            </>
          )}
          <Button type="primary" onClick={onExport}>
            {t('expertSession.ui.nav.export')}
          </Button>
        </>
      )}
    </section>
  );
}
