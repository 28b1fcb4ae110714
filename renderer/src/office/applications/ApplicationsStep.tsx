// 申报材料, the office's step: import many application packages (.zip) at once — chosen or dropped, uploaded,
// imported by the host each on its own — with one progress bar and then one line per package; assemble one
// from a county's loose files with a form; and the list of applications with each one's necessary conditions
// checked against the standard in use (an unmet one, e.g. no innovation plan, excludes it from scoring, with
// the reason shown). A county already listed is never added twice: the office is asked whether the new
// package replaces it. Every change to the list goes out through onChange with `missingPrerequisites` as the
// standard finds them, and a list stored under an older standard is brought in step when the step is shown.
import { Alert } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { uncheckedPrerequisites, withPrerequisites } from '../../../../shared/office/prerequisite-check';
import type { DraftApplication, SessionDraft } from '../../../../shared/office/session-draft';
import type { PackMetadata } from '../../../../shared/package/pack-metadata';
import { compileStandard, type CompiledStandard } from '../../../../shared/standard/compile';
import { useApp } from '../../app/app-context';
import { ApplicationsTable } from './ApplicationsTable';
import { assemblePackage } from './assemble-package';
import type { LooseFile } from './assemble-values';
import { AssembleForm } from './AssembleForm';
import { FileDrop } from './FileDrop';
import { addArrivals, removeById, replaceByCode } from './merge-applications';
import { receivePackages, type Received, type ReceivePhase } from './receive-packages';
import { ReceiveProgress } from './ReceiveProgress';
import { acceptedOf, linesOf, type ResultLine } from './result-lines';
import { ResultLines } from './ResultLines';
import './applications-step.css';

export interface ApplicationsStepProps {
  draft: SessionDraft;
  onChange: (applications: DraftApplication[]) => void;
}

const ACCEPT = '.zip,application/zip,application/x-zip-compressed';

export function ApplicationsStep({ draft, onChange }: ApplicationsStepProps) {
  const { host, t } = useApp();
  const [phase, setPhase] = useState<ReceivePhase | null>(null);
  const [lines, setLines] = useState<ResultLine[]>([]);
  const busy = phase !== null;
  // An import finishes after renders the office may have changed the list in (a removal while it ran): what
  // arrives joins the list as it is then, not as it was when the files were chosen.
  const listed = useRef(draft.applications);
  useEffect(() => {
    listed.current = draft.applications;
  }, [draft.applications]);

  const compiled = useMemo<CompiledStandard | null>(
    () => (draft.standard === null ? null : compileStandard(draft.standard.standard, draft.basics.stage)),
    [draft.standard, draft.basics.stage],
  );
  const checked = (applications: readonly DraftApplication[]): DraftApplication[] => [...(compiled === null ? applications : withPrerequisites(applications, compiled))];

  // The standard (or the stage) may have changed since these were imported: what is stored follows it.
  useEffect(() => {
    if (compiled === null) return;
    const next = withPrerequisites(draft.applications, compiled);
    if (next !== draft.applications) onChange([...next]);
  }, [compiled, draft.applications, onChange]);

  const take = (received: readonly Received[]): boolean => {
    const current = listed.current;
    const { applications, conflicts } = addArrivals(current, acceptedOf(received));
    if (applications.length !== current.length) onChange(checked(applications));
    setLines(linesOf(received, conflicts));
    return received.some((line) => line.ok);
  };

  const importFiles = async (files: File[]): Promise<void> => {
    setLines([]);
    setPhase({ kind: 'uploading', done: 0, total: files.length, name: files[0]?.name ?? '' });
    try {
      take(await receivePackages(host, files, t, setPhase));
    } finally {
      setPhase(null);
    }
  };

  const assemble = async (files: readonly LooseFile[], metadata: Omit<PackMetadata, 'documents'>): Promise<boolean> => {
    setLines([]);
    setPhase({ kind: 'uploading', done: 0, total: files.length, name: files[0]?.file.name ?? '' });
    try {
      return take([await assemblePackage(host, files, metadata, t, setPhase)]);
    } finally {
      setPhase(null);
    }
  };

  const decide = (index: number, replace: boolean): void => {
    const line = lines[index];
    if (line?.kind !== 'duplicate' || line.decision !== 'pending') return;
    if (replace) {
      const present = draft.applications.some((application) => application.countyCode === line.application.countyCode);
      // Removed meanwhile: replacing it is adding it.
      onChange(checked(present ? replaceByCode(draft.applications, line.application) : [...draft.applications, line.application]));
    }
    setLines(lines.map((other, at) => (at === index ? { ...line, decision: replace ? 'replaced' : 'kept' } : other)));
  };

  const unchecked = compiled === null ? [] : uncheckedPrerequisites(compiled);
  return (
    <div className="rd-office-step rd-applications-step">
      <h2>{t('officeApplications.title')}</h2>
      <p>{t('officeApplications.intro')}</p>
      <FileDrop
        id="rd-applications-packages"
        prompt={t('officeApplications.import.drop')}
        button={t('officeApplications.import.button')}
        accept={ACCEPT}
        disabled={busy}
        onFiles={(files) => void importFiles(files)}
        testId="packages-drop"
      />
      <p className="rd-help">{t('officeApplications.import.folderNote')}</p>
      {phase !== null && <ReceiveProgress phase={phase} />}
      <ResultLines lines={lines} listed={draft.applications} compiled={compiled} onDecide={decide} />
      {unchecked.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="prerequisites-unchecked"
          title={t('officeApplications.prerequisite.unchecked', { list: unchecked.map(({ id, name }) => `${id} ${name}`).join('；') })}
        />
      )}
      <ApplicationsTable applications={draft.applications} compiled={compiled} onRemove={(id) => onChange(checked(removeById(draft.applications, id)))} />
      <AssembleForm batch={draft.basics.batch} busy={busy} onAssemble={assemble} />
    </div>
  );
}
