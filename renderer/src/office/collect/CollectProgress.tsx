// One progress bar over a whole import: while the page uploads dropped files the first half, then the host's
// own progress over the files it checks (all of the bar for a folder scan, where nothing is uploaded), with
// the file being worked on as the caption.
import { Progress } from 'antd';
import { useApp } from '../../app/app-context';
import type { CollectPhase } from './collect-files';

export function percentOf(phase: CollectPhase): number {
  if (phase.kind === 'uploading') return phase.total > 0 ? Math.floor((phase.done / phase.total) * 50) : 0;
  const { progress, uploaded } = phase;
  const share = uploaded ? 50 : 100;
  const checked = progress && progress.total > 0 ? Math.min(share, Math.floor((progress.done / progress.total) * share)) : 0;
  return 100 - share + checked;
}

export function CollectProgress({ phase }: { phase: CollectPhase }) {
  const { t } = useApp();
  let caption: string;
  if (phase.kind === 'uploading') caption = t('officeCollect.import.uploading', { done: phase.done + 1, total: phase.total, name: phase.name });
  else if (phase.progress === null || phase.progress.label === '') caption = t('officeCollect.import.importingStart');
  else caption = t('officeCollect.import.importing', { label: phase.progress.label });
  return (
    <div role="status" className="rd-collect-progress" data-testid="collect-progress">
      <p>{caption}</p>
      <Progress percent={percentOf(phase)} status="active" />
    </div>
  );
}
