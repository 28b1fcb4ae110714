// The visible saved state of a save queue: 保存中… / 已保存 HH:MM:SS / 未能保存 with the reason and a retry.
// role=status so a screen reader hears each save; a failure is an alert, since unsaved work is at stake. The
// expert's sheets and the office's drafts each have a queue; both show their state through this one view.
import { Alert, Button } from 'antd';
import { useSyncExternalStore } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate';
import type { SaveState } from '../db/save-queue';
import { useApp } from './app-context';
import { clockTime } from './format';

/** What the view needs of a queue. */
export interface SaveStateSource {
  getState(): SaveState;
  subscribe(listener: (state: SaveState) => void): () => void;
  retry(): Promise<unknown>;
}

export interface SaveStatusTexts {
  saving: MessageKey;
  saved: MessageKey;
  idle: MessageKey;
  failed: MessageKey;
  retry: MessageKey;
}

const EXPERT_TEXTS: SaveStatusTexts = {
  saving: 'expertSession.ui.save.saving',
  saved: 'expertSession.ui.save.saved',
  idle: 'expertSession.ui.save.idle',
  failed: 'expertSession.ui.save.failed',
  retry: 'expertSession.ui.save.retry',
};

export interface SaveStatusViewProps {
  queue: SaveStateSource;
  texts: SaveStatusTexts;
  testId: string;
}

export function SaveStatusView({ queue, texts, testId }: SaveStatusViewProps) {
  const { t, describe } = useApp();
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
        data-testid={testId}
        title={t(texts.failed)}
        description={describe(state.problem)}
        action={
          <Button size="small" danger onClick={() => void queue.retry()}>
            {t(texts.retry)}
          </Button>
        }
      />
    );
  }
  const text = state.kind === 'saving' ? t(texts.saving) : state.kind === 'saved' ? t(texts.saved, { time: clockTime(state.at) }) : t(texts.idle);
  return (
    <p className={`rd-save rd-save-${state.kind}`} role="status" data-testid={testId}>
      {text}
    </p>
  );
}

/** The expert's sheets' saved state (the window's save queue). */
export function SaveStatus() {
  const { queue } = useApp();
  return <SaveStatusView queue={queue} texts={EXPERT_TEXTS} testId="save-state" />;
}
