// A verified export: where the file is, its number and fingerprint, what its number means at the office (the
// highest number is a complete snapshot that replaces the earlier ones), and how the file reaches the office.
import { Alert } from 'antd';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { useApp } from './app-context';
import type { DestinationChoice } from './export-destination';
import { Fingerprint } from './Fingerprint';

export type Exported = Extract<HostResult<'exportScores'>, { ok: true }>;

export interface ExportDoneProps {
  result: Exported;
  choice: DestinationChoice;
  /** Why this computer could not note the export (the file itself is fine), or null. */
  recordFailure: string | null;
}

export function ExportDone({ result, choice, recordFailure }: ExportDoneProps) {
  const { t } = useApp();
  const { sequence } = result;
  return (
    <div className="rd-exported" data-testid="export-done">
      <Alert type="success" showIcon title={t('expertSession.ui.export.done')} />
      {recordFailure !== null && <Alert type="warning" showIcon data-testid="export-record-failed" title={t('expertSession.ui.export.recordFailed', { message: recordFailure })} />}
      <dl>
        <dt>{t('expertSession.ui.export.path')}</dt>
        <dd data-testid="export-path">{result.path}</dd>
        <dt>{t('expertSession.ui.export.sequence')}</dt>
        <dd data-testid="export-sequence">{sequence}</dd>
        <dt>{t('expertSession.ui.export.hash')}</dt>
        <dd>
          <Fingerprint hex={result.exportHash} testId="export-hash" />
        </dd>
      </dl>
      <p data-testid="export-replaces">
        {sequence === 1 ? t('expertSession.ui.export.firstExport') : t('expertSession.ui.export.replaces', { sequence, previous: sequence - 1 })}
      </p>
      {result.incomplete.length > 0 && <p>{t('expertSession.ui.export.incompleteNote', { count: result.incomplete.length })}</p>}
      <Alert type="info" showIcon data-testid="export-hand-over" title={t(choice === 'sync' ? 'expertSession.ui.export.handSync' : 'expertSession.ui.export.handOther')} />
    </div>
  );
}
