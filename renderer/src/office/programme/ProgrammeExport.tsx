// Exporting one of the programme's reports: the folder (typed, or 浏览… where the host has a folder dialog, as
// the 报告 step chooses it; remembered on this computer), the button, and where the file went once the host has
// read it back — or the host's refusal in its own words (an unknown county, no quota base, a folder that is a
// file, a full disk). The caller says which report and how to ask the host for it.
import { Button } from 'antd';
import { useEffect } from 'react';
import { useApp } from '../../app/app-context';
import { useHostDialogs } from '../../app/use-host-dialogs';
import { FolderField, useFolder } from '../FolderField';
import { ActionNote, useAction } from './action-outcome';
import type { Refusal } from './programme-answer';
import { defaultProgrammeReportsFolder, recallProgrammeReportsFolder, rememberProgrammeReportsFolder } from './programme-reports-folder';

export interface ProgrammeExportProps {
  /** Names the folder field and the test ids (`<testId>-folder`, `<testId>-write`, `<testId>-done`…). */
  testId: string;
  /** The button's words. */
  label: string;
  write: (folder: string) => Promise<{ ok: true; path: string } | Refusal>;
}

export function ProgrammeExport({ testId, label, write }: ProgrammeExportProps) {
  const { host, t, storage } = useApp();
  const dialogs = useHostDialogs(host);
  const folder = useFolder(() => recallProgrammeReportsFolder(storage));
  const [outcome, run] = useAction();
  const { set } = folder;

  useEffect(() => {
    let live = true;
    host.getHostInfo().then(
      (info) => live && set((typed) => (typed === '' ? defaultProgrammeReportsFolder(info.dataDir, t('programmeUi.export.defaultFolder')) : typed)),
      // Without the host's facts the folder is typed: nothing else depends on them.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, t, set]);

  const busy = outcome.kind === 'busy';
  const exportReport = async (): Promise<void> => {
    const target = folder.take();
    if (target === null) return;
    rememberProgrammeReportsFolder(storage, target);
    await run(
      () => write(target),
      (written) => t('programmeUi.export.done', { path: written.path }),
      (message) => t('programmeUi.export.failed', { message }),
    );
  };

  return (
    <div className="rd-programme-export" data-testid={testId}>
      <FolderField
        id={`rd-${testId}-folder`}
        folder={folder}
        purpose="exportProgrammeReports"
        dialogs={dialogs}
        disabled={busy}
        label={t('programmeUi.export.folder')}
        help={t('programmeUi.export.folderHelp')}
        browseLabel={t('programmeUi.export.browse')}
        required={t('programmeUi.export.folderRequired')}
      />
      <Button type="primary" loading={busy} onClick={() => void exportReport()} data-testid={`${testId}-write`}>
        {label}
      </Button>
      <ActionNote outcome={outcome} testId={testId} />
    </div>
  );
}
