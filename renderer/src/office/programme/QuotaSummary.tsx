// The line at the top of 示范县管理: the quota (cap, used, remaining, per batch; red when exceeded) and how many
// progress reports are overdue, so the office sees the two numbers it is asked about first.
import { useApp } from '../../app/app-context';
import type { ProgrammeOverview } from './programme-answer';

export function QuotaSummary({ overview }: { overview: ProgrammeOverview }) {
  const { t } = useApp();
  const { quota } = overview;
  return (
    <div className="rd-programme-summary" data-testid="programme-summary">
      <p className="rd-help">{t('programmeUi.today', { date: overview.today })}</p>
      {quota === null ? (
        <p data-testid="programme-quota">{t('programmeUi.quota.none')}</p>
      ) : (
        <p data-testid="programme-quota" className={quota.exceeded ? 'rd-programme-alarm' : undefined}>
          {t('programmeUi.quota.line', { cap: quota.cap, used: quota.used, remaining: quota.remaining })}
          {quota.exceeded && <strong data-testid="programme-quota-exceeded"> {t('programmeUi.quota.exceeded', { by: quota.exceededBy })}</strong>}
          {quota.byBatch.map((batch) => (
            <span key={batch.batch} className="rd-programme-batch">
              {t('programmeUi.quota.batch', { batch: batch.batch, used: batch.used })}
            </span>
          ))}
        </p>
      )}
      {quota !== null && quota.problems.length > 0 && (
        <ul className="rd-programme-alarm" data-testid="programme-quota-problems">
          {quota.problems.map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      )}
      <p data-testid="programme-overdue-count" className={overview.overdue.length > 0 ? 'rd-programme-alarm' : undefined}>
        {t('programmeUi.overdueCount', { count: overview.overdue.length })}
      </p>
    </div>
  );
}
