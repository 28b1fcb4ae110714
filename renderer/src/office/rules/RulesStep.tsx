// 评审规则与名额: the standard's rules (when a standard has been imported) and the quota (always: the number of
// places does not depend on the standard, and the office often knows it first; outside a qualification review
// it decides nothing, and the step says so).
import { Alert } from 'antd';
import type { QuotaSettings } from '../../../../shared/panel/quota';
import type { DraftStandard } from '../../../../shared/office/session-draft';
import type { Stage } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { QuotaForm } from './QuotaForm';
import { StandardRules } from './StandardRules';

export interface RulesStepProps {
  /** The session's stage: only a qualification review decides places by the quota. */
  stage: Stage;
  standard: DraftStandard | null;
  quota: QuotaSettings | null;
  onStandard: (next: DraftStandard) => void;
  onQuota: (next: QuotaSettings) => void;
}

export function RulesStep({ stage, standard, quota, onStandard, onQuota }: RulesStepProps) {
  const { t } = useApp();
  return (
    <div className="rd-office-step">
      <h2>{t('officeWorkspace.steps.rules')}</h2>
      {standard === null ? (
        <Alert type="info" showIcon title={t('officeWorkspace.rules.noStandard')} data-testid="rules-no-standard" />
      ) : (
        <StandardRules value={standard} onChange={onStandard} />
      )}
      {stage !== 'qualification' && (
        <Alert type="info" showIcon title={t('officeWorkspace.quota.notForStage', { stage: t(`standard.stage.${stage}`) })} data-testid="quota-not-for-stage" />
      )}
      <QuotaForm value={quota} onChange={onQuota} />
    </div>
  );
}
