// One progress bar over all the reports being written, captioned with the file being made, and the way to
// stop: the host stops the report worker; reports already written stay, the one being made is left as it was.
import { Button, Progress } from 'antd';
import type { HostProgress } from '../../../../shared/contract/host-api-spec';
import { useApp } from '../../app/app-context';

export const percentOf = (progress: HostProgress | null): number =>
  progress === null || progress.total <= 0 ? 0 : Math.min(100, Math.floor((progress.done / progress.total) * 100));

export function WriteProgress({ progress, onCancel, cancelling }: { progress: HostProgress | null; onCancel: () => void; cancelling: boolean }) {
  const { t } = useApp();
  const label = progress?.label ?? '';
  return (
    <div role="status" className="rd-reports-progress" data-testid="reports-progress">
      <p>{label === '' ? t('officeReports.writingStart') : t('officeReports.writing', { label })}</p>
      <Progress percent={percentOf(progress)} status="active" />
      <Button onClick={onCancel} disabled={cancelling} data-testid="reports-cancel">
        {t('officeReports.cancel')}
      </Button>
    </div>
  );
}
