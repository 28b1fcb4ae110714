// 评审报告: the session's reports written into a folder from the scores the office holds, carrying the latest
// signed suggestion list. Says what each report is (all four ticked at first), which list version they will
// carry, where they go (remembered per session; 浏览… where the host has a folder dialog), then writes them with one
// progress bar and a way to stop, and lists what was written with the data fingerprint as the footers print
// it. A refusal (no signed list, a list older than the scores, no session file, no scores) is shown in the
// host's words with a way to the step that puts it right. A stage session that grades each county (no quota)
// has no list: the step says its reports state the grades and writes them without one.
import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { LIST_OUTDATED, NO_SIGNED_LIST } from '../../../../shared/contract/office-reports-spec';
import type { HostProgress } from '../../../../shared/contract/host-api-spec';
import type { SessionDraft } from '../../../../shared/office/session-draft';
import { REPORT_KINDS, type ReportKind } from '../../../../shared/reports/report-files';
import { reportDateTime } from '../../../../shared/reports/report-text';
import { errorText, useApp } from '../../app/app-context';
import type { DraftStep } from '../draft-steps';
import { FolderField, useFolder } from '../FolderField';
import { StepRefusal, stepToSettle, type StepLinks } from '../StepRefusal';
import { KindChoice } from './KindChoice';
import { defaultReportsFolder, recallReportsFolder, rememberReportsFolder } from './reports-folder';
import { gradedStageOf, readListNote, type ListNote } from './signed-list-note';
import { WriteProgress } from './WriteProgress';
import { WrittenReports, type Written } from './WrittenReports';
import './reports-step.css';

type Outcome =
  | { kind: 'none' }
  | { kind: 'writing'; progress: HostProgress | null; cancelling: boolean }
  | { kind: 'done'; written: Written }
  | { kind: 'refused'; code: string; messages: string[] }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

/** The step that settles a refusal, by the host's code (office-reports-services.ts, office-access.ts). */
const STEP_FOR_REFUSAL: Readonly<Record<string, DraftStep>> = {
  [NO_SIGNED_LIST]: 'list',
  [LIST_OUTDATED]: 'list',
  // A damaged or missing version of the list is shown, with what to do, where the list is signed.
  'office.list.damaged': 'list',
  'office.list.versionMissing': 'list',
  'office.collect.noSession': 'export',
  'office.collect.noExports': 'collect',
  'report.noQuota': 'rules',
};

export interface ReportsStepProps extends StepLinks {
  draft: SessionDraft;
}

export function ReportsStep({ draft, onGoTo, available }: ReportsStepProps) {
  const { host, t, storage } = useApp();
  const { sessionId } = draft;
  const gradedStage = gradedStageOf(draft);
  const [dialogs, setDialogs] = useState(false);
  const folder = useFolder(() => recallReportsFolder(storage, sessionId));
  const [kinds, setKinds] = useState<ReportKind[]>([...REPORT_KINDS]);
  const [note, setNote] = useState<ListNote | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    host.getHostInfo().then(
      (info) => {
        if (!live) return;
        setDialogs(info.dialogs);
        folder.set((typed) => (typed === '' ? defaultReportsFolder(info.dataDir, sessionId) : typed));
      },
      // Without the host's facts the folder is typed and there is no dialog: nothing else depends on them.
      () => undefined,
    );
    void readListNote(host, sessionId, gradedStage).then((read) => live && setNote(read));
    return () => {
      live = false;
    };
  }, [host, sessionId, gradedStage]);

  // Leaving the step while writing stops the writing: nobody would see how it ended.
  useEffect(() => () => controller.current?.abort(), []);

  const busy = outcome.kind === 'writing';

  const write = async (): Promise<void> => {
    const target = folder.take();
    if (target === null || kinds.length === 0) return;
    rememberReportsFolder(storage, sessionId, target);
    const abort = new AbortController();
    controller.current = abort;
    setOutcome({ kind: 'writing', progress: null, cancelling: false });
    try {
      const result = await host.writeSessionReports(
        { sessionId, folder: target, kinds },
        (progress) => setOutcome((now) => (now.kind === 'writing' ? { ...now, progress } : now)),
        abort.signal,
      );
      setOutcome(result.ok ? { kind: 'done', written: result } : { kind: 'refused', code: result.code, messages: result.messages });
    } catch (cause) {
      setOutcome(abort.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', message: t('officeReports.failed', { message: errorText(cause) }) });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const cancel = (): void => {
    setOutcome((now) => (now.kind === 'writing' ? { ...now, cancelling: true } : now));
    controller.current?.abort();
  };

  return (
    <div className="rd-office-step rd-reports" data-testid="reports-step">
      <h2>{t('officeReports.title')}</h2>
      <p className="rd-help">{t('officeReports.intro')}</p>
      <ListNoteView note={note} goTo={stepToSettle('list', onGoTo, available)} onGoTo={onGoTo} />
      <KindChoice kinds={kinds} onChange={setKinds} disabled={busy} />
      <FolderField id="rd-reports-folder" folder={folder} purpose="exportReports" dialogs={dialogs} disabled={busy} label={t('officeReports.folder')} help={t('officeReports.folderHelp')} browseLabel={t('expertSession.ui.export.browse')} required={t('officeReports.folderRequired')} />
      <Button type="primary" disabled={kinds.length === 0} loading={busy} onClick={() => void write()} data-testid="reports-write">
        {t('officeReports.write')}
      </Button>
      {outcome.kind === 'writing' && <WriteProgress progress={outcome.progress} cancelling={outcome.cancelling} onCancel={cancel} />}
      {outcome.kind === 'cancelled' && <Alert type="info" showIcon title={t('officeReports.cancelled')} data-testid="reports-cancelled" />}
      {outcome.kind === 'failed' && <Alert type="error" showIcon title={outcome.message} data-testid="reports-failed" />}
      {outcome.kind === 'refused' && <StepRefusal testId="reports-refused" code={outcome.code} messages={outcome.messages} steps={STEP_FOR_REFUSAL} goToKey="officeReports.goTo" title={t('officeReports.refused')} onGoTo={onGoTo} available={available} />}
      {outcome.kind === 'done' && <WrittenReports written={outcome.written} />}
    </div>
  );
}

function ListNoteView({ note, goTo, onGoTo }: { note: ListNote | null; goTo: DraftStep | null; onGoTo: ReportsStepProps['onGoTo'] }) {
  const { t, locale } = useApp();
  if (note === null) return <p role="status">{t('officeReports.list.loading')}</p>;
  if (note.kind === 'graded') return <Alert type="info" showIcon data-testid="reports-list-note" title={t('officeReports.list.graded', { stage: t(`standard.stage.${note.stage}`) })} />;
  const link =
    goTo !== null && onGoTo !== undefined ? (
      <Button size="small" onClick={() => onGoTo(goTo)}>
        {t('officeReports.goTo', { step: t(`officeWorkspace.steps.${goTo}`) })}
      </Button>
    ) : null;
  if (note.kind === 'carries') {
    const time = Number.isNaN(Date.parse(note.signedAt)) ? note.signedAt : reportDateTime(locale, note.signedAt);
    return <Alert type="info" showIcon data-testid="reports-list-note" title={t('officeReports.list.carries', { version: note.version, signer: note.signer, time })} />;
  }
  if (note.kind === 'none') return <Alert type="warning" showIcon data-testid="reports-list-note" title={t('officeReports.list.none')} action={link} />;
  if (note.kind === 'outdated') return <Alert type="warning" showIcon data-testid="reports-list-note" title={t('officeReports.list.outdated', { version: note.version })} action={link} />;
  return <p className="rd-help" data-testid="reports-list-note">{t('officeReports.list.unknown')}</p>;
}

export default ReportsStep;
