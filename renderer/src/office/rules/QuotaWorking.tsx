// How the number of places was reached, line by line, as the review report will print it: the cap before
// and after rounding, what earlier batches took, the batch limit, and the places this batch may give. The
// office checks the arithmetic against the work plan here, before any expert scores.
import { Alert } from 'antd';
import type { QuotaComputation } from '../../../../shared/panel/quota';
import { useApp } from '../../app/app-context';

export function QuotaWorking({ quota }: { quota: QuotaComputation }) {
  const { t } = useApp();
  const rule = t(`officeWorkspace.quota.rounding.${quota.rounding}`);
  return (
    <div className="rd-quota-working" data-testid="quota-working" aria-live="polite">
      <ol>
        <li>{t('officeWorkspace.quota.working.cap', { divisions: quota.countyLevelDivisions, asOf: quota.divisionsAsOf, percent: quota.capPercent, exact: quota.exactCap })}</li>
        <li>{t('officeWorkspace.quota.working.rounded', { rule, exact: quota.exactCap, rounded: quota.roundedCap })}</li>
        <li>
          {quota.earlierBatchesOverCapBy > 0
            ? t('officeWorkspace.quota.working.overCap', { given: quota.alreadyGiven, rounded: quota.roundedCap, over: quota.earlierBatchesOverCapBy })
            : t('officeWorkspace.quota.working.remaining', { rounded: quota.roundedCap, given: quota.alreadyGiven, remaining: quota.remainingAfterEarlierBatches })}
        </li>
        {quota.batchSize !== null && (
          <li>
            {quota.limitedByBatchSize
              ? t('officeWorkspace.quota.working.limitedByBatch', { batchSize: quota.batchSize, remaining: quota.remainingAfterEarlierBatches })
              : t('officeWorkspace.quota.working.batchNotLimiting', { batchSize: quota.batchSize, remaining: quota.remainingAfterEarlierBatches })}
          </li>
        )}
      </ol>
      <p className="rd-quota-places" data-testid="quota-places">
        {t('officeWorkspace.quota.places', { places: quota.places })}
      </p>
      {quota.capExhausted && <Alert type="warning" showIcon title={t('officeWorkspace.quota.exhausted', { rounded: quota.roundedCap, given: quota.alreadyGiven })} />}
    </div>
  );
}
