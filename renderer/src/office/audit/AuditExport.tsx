// Exporting the log to a folder (a USB stick, the archive's share): a workbook to read and the raw log to
// check again, named after the session and the day. The folder is remembered on this computer; 「浏览…」 is
// offered only where the host has dialogs (Electron), elsewhere the path is typed.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import type { HostResult } from '../../../../shared/contract/host-api-spec';
import { errorText, useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';
import { useHostDialogs } from '../../app/use-host-dialogs';
import { FolderField, useFolder } from '../FolderField';
import { recallAuditFolder, rememberAuditFolder } from './audit-folder';

type Exported = Extract<HostResult<'exportAuditLog'>, { ok: true }>;
type Outcome = { kind: 'none' } | { kind: 'exporting' } | { kind: 'refused'; messages: string[] } | { kind: 'failed'; message: string } | { kind: 'done'; exported: Exported };

export function AuditExport({ sessionId, onExported }: { sessionId: string; onExported: () => void }) {
  const { host, t, storage } = useApp();
  // Without the host's answer the button stays hidden: the typed path always works.
  const dialogs = useHostDialogs(host);
  const folder = useFolder(() => recallAuditFolder(storage));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const busy = outcome.kind === 'exporting';

  const exportLog = async (): Promise<void> => {
    const target = folder.take();
    if (target === null) return;
    rememberAuditFolder(storage, target);
    setOutcome({ kind: 'exporting' });
    try {
      const result = await host.exportAuditLog({ sessionId, folder: target });
      setOutcome(result.ok ? { kind: 'done', exported: result } : { kind: 'refused', messages: result.messages });
      // The export is itself an entry now: show it.
      if (result.ok) onExported();
    } catch (cause) {
      setOutcome({ kind: 'failed', message: t('officeAudit.ui.export.failed', { message: errorText(cause) }) });
    }
  };

  return (
    <section className="rd-audit-export" aria-labelledby="rd-audit-export-title">
      <h3 id="rd-audit-export-title">{t('officeAudit.ui.export.title')}</h3>
      <FolderField id="rd-audit-folder" folder={folder} purpose="exportAuditLog" dialogs={dialogs} disabled={busy} label={t('officeAudit.ui.export.folder')} help={t('officeAudit.ui.export.folderHelp')} browseLabel={t('officeAudit.ui.export.browse')} required={t('officeAudit.ui.export.folderRequired')} />
      <Button type="primary" loading={busy} onClick={() => void exportLog()}>
        {t('officeAudit.ui.export.button')}
      </Button>
      {outcome.kind === 'refused' && <Alert type="error" showIcon data-testid="audit-export-refused" title={t('officeAudit.ui.export.refused')} description={<RefusalMessages messages={outcome.messages} />} />}
      {outcome.kind === 'failed' && <Alert type="error" showIcon title={outcome.message} />}
      {outcome.kind === 'done' && (
        <div data-testid="audit-export-done">
          <Alert type="success" showIcon title={t('officeAudit.ui.export.done', { count: outcome.exported.entries })} />
          <ul className="rd-audit-files">
            <li data-testid="audit-export-workbook">{outcome.exported.workbookPath}</li>
            <li data-testid="audit-export-json">{outcome.exported.jsonPath}</li>
          </ul>
          {outcome.exported.messages.length > 0 && <Alert type="warning" showIcon data-testid="audit-export-warning" title={<RefusalMessages messages={outcome.exported.messages} />} />}
          <p className="rd-help">{t('officeAudit.ui.export.keepAnchor', { count: outcome.exported.anchor.length })}</p>
        </div>
      )}
    </section>
  );
}
