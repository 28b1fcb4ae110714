// A question asked in place (remove this county? replace it?): an inline row rather than antd's Modal,
// Popconfirm or Drawer, whose scroll lock injects a <style> without the CSP nonce (the page's strict CSP
// blocks it). It is announced as an alert dialog, and focus moves to the safe answer.
import { Button } from 'antd';
import { useEffect, useId, useRef } from 'react';

export interface InlineConfirmProps {
  question: string;
  yes: string;
  no: string;
  /** The answer that changes something is shown as dangerous (removing); replacing is an ordinary choice. */
  danger?: boolean;
  onYes: () => void;
  onNo: () => void;
  testId?: string;
}

export function InlineConfirm({ question, yes, no, danger = false, onYes, onNo, testId }: InlineConfirmProps) {
  const questionId = useId();
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div className="rd-applications-confirm" role="alertdialog" aria-labelledby={questionId} data-testid={testId}>
      <p id={questionId}>{question}</p>
      <div className="rd-actions">
        <Button size="small" danger={danger} onClick={onYes}>
          {yes}
        </Button>
        <Button size="small" ref={safe} onClick={onNo}>
          {no}
        </Button>
      </div>
    </div>
  );
}
