// One application: its documents on the left (the list, and the one being viewed under it), the scoring
// panel on the right. The sheet starts from what is
// on disk (or a change still being written, or an empty sheet) and every change goes to the save queue at
// once; the saved state is shown above the panel.
import { Alert } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { SessionDocument } from '../../../shared/files/session-payload';
import type { Problem } from '../../../shared/problems';
import type { ScoreSheet } from '../../../shared/scoring/score-sheet';
import { compileStandard } from '../../../shared/standard/compile';
import type { SessionRow } from '../db/records';
import { readSheet } from '../db/sheet-store';
import { ScoringPanel } from '../scoring/ScoringPanel';
import { emptyScoredSheet } from '../scoring/sheet-edit';
import { useApp } from './app-context';
import { DocumentList } from './DocumentList';
import { PresentationTimerBadge } from './PresentationTimerBadge';
import { SaveStatus } from './SaveStatus';

// The viewer (and through it pdfjs and mammoth) loads only when a document is first viewed, so the scoring
// panel's first render does not wait for it.
const DocumentViewer = lazy(() => import('../viewer/DocumentViewer').then((module) => ({ default: module.DocumentViewer })));

export interface ApplicationViewProps {
  session: SessionRow;
  expertId: string;
  applicationId: string;
}

export function ApplicationView({ session, expertId, applicationId }: ApplicationViewProps) {
  const { db, queue, locale, t, describe } = useApp();
  const { payload, sessionId } = session;
  const application = payload.applications.find((candidate) => candidate.id === applicationId);
  const compiled = useMemo(() => compileStandard(payload.standard, payload.stage), [payload]);
  const [sheet, setSheet] = useState<ScoreSheet | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [viewing, setViewing] = useState<SessionDocument | null>(null);

  useEffect(() => {
    let live = true;
    const unsaved = queue.unsavedSheet(sessionId, applicationId);
    if (unsaved) {
      setSheet(unsaved);
      return;
    }
    void readSheet(db, sessionId, applicationId).then((read) => {
      if (!live) return;
      // A damaged row is reported and scoring starts afresh; the next change replaces the row.
      if (!read.ok) setProblem(read.problem);
      setSheet(read.ok && read.value ? read.value.sheet : emptyScoredSheet(expertId, applicationId));
    });
    return () => {
      live = false;
    };
  }, [db, queue, sessionId, applicationId, expertId]);

  if (!application) return <Alert type="error" showIcon title={t('expertSession.ui.application.notFound')} />;

  // A document chosen in another application is not this one's: the viewer closes when the application changes.
  const shown = viewing !== null && application.documents.some((document) => document.sha256 === viewing.sha256) ? viewing : null;

  const onChange = (next: ScoreSheet): void => {
    setSheet(next);
    // The outcome shows through the queue's state (SaveStatus); nothing to await here.
    void queue.change(sessionId, next);
  };

  return (
    <div className="rd-application-view">
      <h2 className="rd-application-heading">{t('expertSession.ui.home.county', { county: application.countyName, city: application.city })}</h2>
      {payload.presentation?.minutes !== undefined && (
        <PresentationTimerBadge sessionId={sessionId} applicationId={applicationId} minutes={payload.presentation.minutes} questionMinutes={payload.presentation.questionMinutes} />
      )}
      <div className={shown === null ? 'rd-columns' : 'rd-columns rd-columns-viewing'}>
        <div className="rd-document-side">
          <DocumentList documents={application.documents} selected={shown?.sha256 ?? null} onSelect={setViewing} />
          {shown !== null && (
            <Suspense fallback={<p>{t('expertSession.ui.viewer.loading')}</p>}>
              <DocumentViewer key={shown.sha256} document={shown} />
            </Suspense>
          )}
        </div>
        <div className="rd-scoring">
          <SaveStatus />
          {problem !== null && <Alert type="warning" showIcon title={describe(problem)} />}
          {sheet === null ? <p>{t('expertSession.ui.app.loading')}</p> : <ScoringPanel compiled={compiled} sheet={sheet} onChange={onChange} locale={locale} />}
        </div>
      </div>
    </div>
  );
}
