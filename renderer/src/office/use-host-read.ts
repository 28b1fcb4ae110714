// One read from the host that the office can retry: loading, refused (the host's words, with its code so the
// step can link to where it is settled), failed (no answer at all) or done. Used by the steps that only show
// what the host computes (结果, 建议名单).
import { useCallback, useEffect, useState } from 'react';
import { errorText } from '../app/app-context';

export type Loaded<T> = { kind: 'loading' } | { kind: 'refused'; code: string; messages: string[] } | { kind: 'failed'; message: string } | { kind: 'done'; value: T };

interface Refusal {
  ok: false;
  code: string;
  messages: string[];
}

/** One host read with retry: loading, refused (the host's words), failed (no answer) or done. */
export function useHostRead<A extends { ok: true }>(read: () => Promise<A | Refusal>, failed: (message: string) => string): [Loaded<A>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<A>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setLoaded({ kind: 'loading' });
    read().then(
      (answer) => live && setLoaded(answer.ok ? { kind: 'done', value: answer } : { kind: 'refused', code: answer.code, messages: answer.messages }),
      (cause: unknown) => live && setLoaded({ kind: 'failed', message: failed(errorText(cause)) }),
    );
    return () => {
      live = false;
    };
  }, [read, failed, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return [loaded, retry];
}

