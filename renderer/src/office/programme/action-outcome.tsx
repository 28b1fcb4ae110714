// What a form's last submission came to, shown inline under the form (no modal): the host's refusal in its own
// words (every line, since an add-county refusal names each bad row), a failure to reach the host, or success.
import { Alert } from 'antd';
import { useCallback, useState } from 'react';
import { errorText } from '../../app/app-context';
import type { Refusal } from './programme-answer';

export type ActionOutcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'refused'; messages: readonly string[] } | { kind: 'failed'; message: string } | { kind: 'done'; message: string };

/** Runs one host call and keeps its outcome; `onDone` turns the success into words (and may refresh the screen). */
export function useAction(): [ActionOutcome, <A extends { ok: true }>(call: () => Promise<A | Refusal>, onDone: (answer: A) => string, failed: (message: string) => string) => Promise<void>, () => void] {
  const [outcome, setOutcome] = useState<ActionOutcome>({ kind: 'idle' });
  const run = useCallback(async <A extends { ok: true }>(call: () => Promise<A | Refusal>, onDone: (answer: A) => string, failed: (message: string) => string) => {
    setOutcome({ kind: 'busy' });
    try {
      const answer = await call();
      setOutcome(answer.ok ? { kind: 'done', message: onDone(answer) } : { kind: 'refused', messages: answer.messages });
    } catch (cause) {
      setOutcome({ kind: 'failed', message: failed(errorText(cause)) });
    }
  }, []);
  const reset = useCallback(() => setOutcome({ kind: 'idle' }), []);
  return [outcome, run, reset];
}

export function ActionNote({ outcome, testId }: { outcome: ActionOutcome; testId: string }) {
  if (outcome.kind === 'refused') {
    const [headline, ...rest] = outcome.messages;
    return (
      <Alert
        type="warning"
        showIcon
        data-testid={`${testId}-refused`}
        title={headline}
        description={
          rest.length > 0 ? (
            <ul>
              {rest.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          ) : undefined
        }
      />
    );
  }
  if (outcome.kind === 'failed') return <Alert type="error" showIcon data-testid={`${testId}-failed`} title={outcome.message} />;
  if (outcome.kind === 'done') return <Alert type="success" showIcon data-testid={`${testId}-done`} title={outcome.message} />;
  return null;
}
