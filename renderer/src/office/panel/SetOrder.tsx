// 由评审办公室确定: the applications in the order the session file will list them, moved one place at a time
// with buttons (a keyboard and a screen reader handle them, unlike dragging).
import { Button } from 'antd';
import type { DraftApplication } from '../../../../shared/office/session-draft';
import { moveApplication } from '../../../../shared/office/panel-presentation';
import { useApp } from '../../app/app-context';
import { NotScoredNote } from './NotScoredNote';

export interface SetOrderProps {
  applications: readonly DraftApplication[];
  /** Application id → unmet prerequisites' ids, for those not scored. */
  notScored: ReadonlyMap<string, readonly string[]>;
  onOrder: (next: DraftApplication[]) => void;
}

export function SetOrder({ applications, notScored, onOrder }: SetOrderProps) {
  const { t } = useApp();
  return (
    <div className="rd-form">
      <p className="rd-help">{t('officePanel.presentation.set.help')}</p>
      <h4 id="rd-panel-set-order">{t('officePanel.presentation.set.order')}</h4>
      <ol className="rd-panel-order" data-testid="set-order" aria-labelledby="rd-panel-set-order">
        {applications.map((application, index) => (
          <li key={application.id} data-application-id={application.id}>
            <span>
              {application.countyName}（{application.city}）
              <NotScoredNote unmet={notScored.get(application.id)} />
            </span>
            <Button size="small" disabled={index === 0} onClick={() => onOrder(moveApplication(applications, index, -1))} aria-label={t('officePanel.presentation.set.up', { county: application.countyName })}>
              ↑
            </Button>
            <Button
              size="small"
              disabled={index === applications.length - 1}
              onClick={() => onOrder(moveApplication(applications, index, 1))}
              aria-label={t('officePanel.presentation.set.down', { county: application.countyName })}
            >
              ↓
            </Button>
          </li>
        ))}
      </ol>
    </div>
  );
}
