// Asking before an expert is removed: their assignments and recusals go with them, and the id is not given
// again. An inline row rather than antd's Modal or Popconfirm, whose scroll lock injects a <style> without the
// CSP nonce (the page's strict CSP blocks it); the question is announced, and focus moves to the safe answer.
import { Button } from 'antd';
import { useEffect, useRef } from 'react';
import type { RosterEntry } from '../../../../shared/files/session-payload';
import { useApp } from '../../app/app-context';

export function RemoveConfirm({ expert, onConfirm, onCancel }: { expert: RosterEntry; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useApp();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  const questionId = `rd-panel-remove-${expert.expertId}`;
  return (
    <div className="rd-panel-confirm" role="alertdialog" aria-labelledby={questionId} data-testid="remove-confirm">
      <p id={questionId}>{t('officePanel.remove.question', { name: expert.name, expertId: expert.expertId })}</p>
      <div className="rd-actions">
        <Button danger onClick={onConfirm}>
          {t('officePanel.remove.yes')}
        </Button>
        <Button ref={cancel} onClick={onCancel}>
          {t('officePanel.remove.no')}
        </Button>
      </div>
    </div>
  );
}
