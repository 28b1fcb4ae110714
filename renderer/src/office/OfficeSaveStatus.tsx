// The visible saved state of the office's draft queue, as the expert's SaveStatus shows its sheets':
// 保存中… / 已保存 HH:MM:SS / 未能保存 with the reason and a retry (an alert, since unsaved work is at stake).
import { Alert, Button } from 'antd';
import { useSyncExternalStore } from 'react';
import { useApp } from '../app/app-context';
import { clockTime } from '../app/format';
import { useOffice } from './office-context';

export function OfficeSaveStatus() {
  const { t, describe } = useApp();
  const { queue } = useOffice();
  const state = useSyncExternalStore(
    (listener) => {
      const stop = queue.subscribe(listener);
      return () => void stop();
    },
    queue.getState,
  );
  if (state.kind === 'failed') {
    return (
      <Alert
        type="error"
        role="alert"
        data-testid="office-save-state"
        title={t('officeWorkspace.save.failed')}
        description={describe(state.problem)}
        action={
          <Button size="small" danger onClick={() => void queue.retry()}>
            {t('officeWorkspace.save.retry')}
          </Button>
        }
      />
    );
  }
  const text =
    state.kind === 'saving'
      ? t('officeWorkspace.save.saving')
      : state.kind === 'saved'
        ? t('officeWorkspace.save.saved', { time: clockTime(state.at) })
        : t('officeWorkspace.save.idle');
  return (
    <p className={`rd-save rd-save-${state.kind}`} role="status" data-testid="office-save-state">
      {text}
    </p>
  );
}
