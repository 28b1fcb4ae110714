// The form under a row when the office changes the list by hand: for a move, the place to put it at; for
// every change, the reason in writing. A change without a reason long enough to say something is refused,
// and the form says how many characters are still missing.
import { Button, Input, InputNumber, type GetRef } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import { ADJUSTMENT_REASON_MIN, type ListAdjustment } from '../../../../shared/files/suggestion-list-file';
import { useApp } from '../../app/app-context';
import type { ListRow } from './list-rows';

export interface AdjustFormProps {
  kind: ListAdjustment['kind'];
  row: ListRow;
  /** The last position a move may name: the list's length as it stands. */
  lastPosition: number;
  onAdd: (adjustment: ListAdjustment) => void;
  onCancel: () => void;
}

export function AdjustForm({ kind, row, lastPosition, onAdd, onCancel }: AdjustFormProps) {
  const { t } = useApp();
  const id = useId();
  const [reason, setReason] = useState('');
  const [position, setPosition] = useState<number | null>(row.position);
  const [tried, setTried] = useState(false);
  const positionField = useRef<GetRef<typeof InputNumber>>(null);
  const reasonField = useRef<GetRef<typeof Input.TextArea>>(null);
  // The form opens under the row the clerk clicked: the first thing to fill in gets the focus.
  useEffect(() => (kind === 'move' ? positionField.current?.focus() : reasonField.current?.focus()), [kind]);
  const missing = Math.max(0, ADJUSTMENT_REASON_MIN - reason.trim().length);
  const positionOk = kind !== 'move' || (position !== null && Number.isInteger(position) && position >= 1 && position <= lastPosition);

  const submit = (): void => {
    setTried(true);
    if (missing > 0 || !positionOk) return;
    const base = { applicationId: row.applicationId, reason: reason.trim() };
    onAdd(kind === 'move' ? { kind, ...base, toPosition: position ?? 1 } : { kind, ...base });
  };

  return (
    <div className="rd-list-form" role="group" aria-labelledby={`${id}-title`} data-testid="list-adjust-form">
      <p id={`${id}-title`}>
        <strong>{t(`officeList.form.title.${kind}`, { county: row.countyName })}</strong>
      </p>
      {kind === 'move' && (
        <div className="rd-field">
          <label htmlFor={`${id}-position`} className="rd-field-label">
            {t('officeList.form.position', { last: lastPosition })}
          </label>
          <InputNumber ref={positionField} id={`${id}-position`} min={1} max={lastPosition} precision={0} value={position} onChange={(value) => setPosition(value)} />
          {tried && !positionOk && (
            <p className="rd-list-error" role="alert">
              {t('officeList.form.positionInvalid', { last: lastPosition })}
            </p>
          )}
        </div>
      )}
      <div className="rd-field">
        <label htmlFor={`${id}-reason`} className="rd-field-label">
          {t('officeList.form.reason')}
        </label>
        <Input.TextArea ref={reasonField} id={`${id}-reason`} rows={2} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={`${id}-reason-help`} />
        <p id={`${id}-reason-help`} className={tried && missing > 0 ? 'rd-list-error' : 'rd-help'} role={tried && missing > 0 ? 'alert' : undefined}>
          {missing > 0 ? t('officeList.form.reasonMissing', { min: ADJUSTMENT_REASON_MIN, missing }) : t('officeList.form.reasonOk')}
        </p>
      </div>
      <div className="rd-actions">
        <Button type="primary" size="small" onClick={submit}>
          {t(`officeList.form.confirm.${kind}`)}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('officeList.form.cancel')}
        </Button>
      </div>
    </div>
  );
}
