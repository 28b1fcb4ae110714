// 计分方法: mean, trimmed (drop one highest and one lowest total from a threshold of experts up) or median.
import { Input, Radio } from 'antd';
import { useState } from 'react';
import type { AggregationPolicy } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';
import { readWhole } from './number-text';

const POLICIES: ReadonlyArray<AggregationPolicy['policy']> = ['trimmed', 'mean', 'median'];
/** Below 3 experts dropping the highest and the lowest leaves at most one score: the schema's minimum. */
const MIN_TRIM = 3;

export function AggregationRule({ value, onChange }: { value: AggregationPolicy; onChange: (next: AggregationPolicy) => void }) {
  const { t } = useApp();
  const [threshold, setThreshold] = useState(String(value.trimThreshold));
  const parsed = readWhole(threshold);
  const thresholdOk = parsed >= MIN_TRIM;

  return (
    <section className="rd-office-section" aria-labelledby="rd-rules-aggregation">
      <h3 id="rd-rules-aggregation">{t('officeWorkspace.rules.aggregation.title')}</h3>
      <Radio.Group
        aria-labelledby="rd-rules-aggregation"
        value={value.policy}
        onChange={(event) => onChange({ ...value, policy: event.target.value as AggregationPolicy['policy'] })}
        options={POLICIES.map((policy) => ({ value: policy, label: t(`officeWorkspace.rules.aggregation.${policy}`) }))}
      />
      {value.policy === 'trimmed' && (
        <FormField
          id="rd-rules-trim"
          label={t('officeWorkspace.rules.aggregation.threshold')}
          help={t('officeWorkspace.rules.aggregation.thresholdHelp')}
          error={thresholdOk ? undefined : t('officeWorkspace.rules.aggregation.thresholdInvalid', { min: MIN_TRIM })}
        >
          <Input
            inputMode="numeric"
            className="rd-short-input"
            value={threshold}
            onChange={(event) => {
              setThreshold(event.target.value);
              const next = readWhole(event.target.value);
              if (next >= MIN_TRIM) onChange({ ...value, trimThreshold: next });
            }}
          />
        </FormField>
      )}
    </section>
  );
}
