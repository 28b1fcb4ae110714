// The visible saved state of the window's save queue: 保存中… / 已保存 HH:MM:SS / 未能保存 with the reason and
// a retry. role=status so a screen reader hears each save; a failure is an alert, since unsaved work is at stake.
import { Alert, Button } from 'antd';
import { useSyncExternalStore } from 'react';
import { useApp } from './app-context';
import { clockTime } from './format';

export function SaveStatus() {
  const { queue, t, describe } = useApp();
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
        data-testid="save-state"
        title={t('expertSession.ui.save.failed')}
        description={describe(state.problem)}
        action={
          <Button size="small" danger onClick={() => void queue.retry()}>
            {t('expertSession.ui.save.retry')}
          </Button>
        }
      />
    );
  }
  const text =
    state.kind === 'saving'
      ? t('expertSession.ui.save.saving')
      : state.kind === 'saved'
        ? t('expertSession.ui.save.saved', { time: clockTime(state.at) })
        : t('expertSession.ui.save.idle');
  return (
    <p className={`rd-save rd-save-${state.kind}`} role="status" data-testid="save-state">
      {text}
    </p>
  );
}
