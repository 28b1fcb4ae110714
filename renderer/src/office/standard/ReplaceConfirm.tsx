// Asking before a new file replaces the standard in use: the rules the office set on it would be lost. An
// inline row rather than antd's Modal or Popconfirm, whose scroll lock injects a <style> without the CSP nonce
// (the page's strict CSP blocks it); the question is announced, and focus moves to the safe answer.
import { Button } from 'antd';
import { useEffect, useRef } from 'react';
import { useApp } from '../../app/app-context';

export function ReplaceConfirm({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const { t } = useApp();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div className="rd-standard-confirm" role="alertdialog" aria-labelledby="rd-standard-confirm-question" data-testid="replace-confirm">
      <p id="rd-standard-confirm-question">{t('officeStandard.confirm.question')}</p>
      <div className="rd-actions">
        <Button danger onClick={onConfirm}>
          {t('officeStandard.confirm.yes')}
        </Button>
        <Button ref={cancel} onClick={onCancel}>
          {t('officeStandard.confirm.no')}
        </Button>
      </div>
    </div>
  );
}
