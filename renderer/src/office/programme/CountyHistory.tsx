// A county's history, oldest first: date, event, result, 文号, 评审会 with the county's score there, and who recorded it — the record the
// office reads when asked how a county got where it is.
import type { HistoryRecord } from '../../../../shared/lifecycle/county-entry';
import { outcomeOf } from '../../../../shared/lifecycle/transition-events';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { useApp } from '../../app/app-context';

export function CountyHistory({ history }: { history: readonly HistoryRecord[] }) {
  const { t } = useApp();
  if (history.length === 0) return <p className="rd-help">{t('programmeUi.history.empty')}</p>;
  return (
    <div className="rd-table-scroll">
      <table className="rd-table" data-testid="county-history">
        <thead>
          <tr>
            <th>{t('programmeUi.history.date')}</th>
            <th>{t('programmeUi.history.event')}</th>
            <th>{t('programmeUi.history.result')}</th>
            <th>{t('programmeUi.history.documentNumber')}</th>
            <th>{t('programmeUi.history.session')}</th>
            <th>{t('programmeUi.history.score')}</th>
            <th>{t('programmeUi.history.recordedBy')}</th>
            <th>{t('programmeUi.history.note')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map(({ event }, index) => {
            const outcome = outcomeOf(event);
            return (
              <tr key={index} data-testid="county-history-row">
                <td>{event.date}</td>
                <td>{t(`lifecycle.event.${event.kind}`)}</td>
                <td>{outcome === undefined ? '' : t(`lifecycle.outcome.${outcome}` as MessageKey)}</td>
                <td>{event.documentNumber ?? ''}</td>
                <td className="rd-mono">{event.sessionId ?? ''}</td>
                <td data-testid="county-history-score">{event.score === undefined ? '' : event.score.toFixed(2)}</td>
                <td title={event.recordedBy.keyFingerprint}>{event.recordedBy.name}</td>
                <td>{event.note ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
