// One progress bar over a whole import: the first half while the page uploads the files, the second while
// the host imports them (its own progress across all packages), with what is being worked on as the caption.
import { Progress } from 'antd';
import { useApp } from '../../app/app-context';
import type { ReceivePhase } from './receive-packages';

export function percentOf(phase: ReceivePhase): number {
  if (phase.kind === 'uploading') return phase.total > 0 ? Math.floor((phase.done / phase.total) * 50) : 0;
  const { progress } = phase;
  return 50 + (progress && progress.total > 0 ? Math.min(50, Math.floor((progress.done / progress.total) * 50)) : 0);
}

export function ReceiveProgress({ phase }: { phase: ReceivePhase }) {
  const { t } = useApp();
  const caption =
    phase.kind === 'uploading'
      ? t('officeApplications.import.uploading', { done: phase.done + 1, total: phase.total, name: phase.name })
      : t('officeApplications.import.importing', { label: phase.progress?.label ?? '' });
  return (
    <div role="status" className="rd-applications-progress" data-testid="applications-progress">
      <p>{caption}</p>
      <Progress percent={percentOf(phase)} status="active" />
    </div>
  );
}
