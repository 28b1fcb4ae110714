// Recusal from one application: a reason is required, and once recused the sheet carries only that
// reason, so the panel cannot be scored. Withdrawing it is possible (a mistaken click should not lock the
// expert out); the panel decides what the sheet becomes then.
import { Button, Input } from 'antd';
import { useId, useState } from 'react';
import { translate, type Locale } from '../../../shared/i18n/translate';

export interface RecusalControlProps {
  /** The reason when the sheet is a recusal, else null. */
  recusedReason: string | null;
  /** Anything entered that recusing would clear, to warn before it does. */
  hasEntries: boolean;
  onRecuse: (reason: string) => void;
  onWithdraw: () => void;
  locale: Locale;
  disabled: boolean;
}

export function RecusalControl({ recusedReason, hasEntries, onRecuse, onWithdraw, locale, disabled }: RecusalControlProps) {
  const idBase = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  if (recusedReason !== null) {
    return (
      <div className="rd-score-recusal rd-score-recused" role="status">
        <p>{translate(locale, 'scoringPanel.recusal.recused', { reason: recusedReason })}</p>
        <Button disabled={disabled} onClick={onWithdraw}>
          {translate(locale, 'scoringPanel.recusal.withdraw')}
        </Button>
      </div>
    );
  }

  if (!open) {
    return (
      <div className="rd-score-recusal">
        <Button disabled={disabled} onClick={() => setOpen(true)}>
          {translate(locale, 'scoringPanel.recusal.start')}
        </Button>
      </div>
    );
  }

  const cancel = (): void => {
    setOpen(false);
    setReason('');
    setReasonMissing(false);
  };
  const confirm = (): void => {
    const trimmed = reason.trim();
    if (trimmed === '') {
      setReasonMissing(true);
      return;
    }
    cancel();
    onRecuse(trimmed);
  };
  const reasonId = `${idBase}-reason`;
  const hintId = `${idBase}-hint`;
  const errorId = `${idBase}-error`;
  return (
    <div
      className="rd-score-recusal"
      role="group"
      aria-labelledby={`${idBase}-heading`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') cancel();
      }}
    >
      <h3 id={`${idBase}-heading`}>{translate(locale, 'scoringPanel.recusal.heading')}</h3>
      <label htmlFor={reasonId}>{translate(locale, 'scoringPanel.recusal.reasonLabel')}</label>
      <Input.TextArea
        id={reasonId}
        rows={2}
        autoFocus
        value={reason}
        required
        aria-required
        aria-invalid={reasonMissing || undefined}
        aria-describedby={reasonMissing ? `${hintId} ${errorId}` : hintId}
        onChange={(event) => {
          setReason(event.target.value);
          if (event.target.value.trim() !== '') setReasonMissing(false);
        }}
      />
      <p id={hintId} className="rd-score-hint">
        {translate(locale, 'scoringPanel.recusal.reasonHint')}
        {hasEntries && ` ${translate(locale, 'scoringPanel.recusal.clearsScores')}`}
      </p>
      {reasonMissing && (
        <p id={errorId} className="rd-score-refusal" role="alert">
          {translate(locale, 'scoringPanel.recusal.reasonRequired')}
        </p>
      )}
      <div className="rd-score-actions">
        <Button type="primary" danger onClick={confirm}>
          {translate(locale, 'scoringPanel.recusal.confirm')}
        </Button>
        {/* antd would space out a two-character label (取 消), which would also change its accessible name. */}
        <Button autoInsertSpace={false} onClick={cancel}>{translate(locale, 'scoringPanel.recusal.cancel')}</Button>
      </div>
    </div>
  );
}
