// 名额: the county-level division count with its date, the cap, the rounding, the places earlier batches
// gave and this batch's limit, with the number of places worked out below as the office types (each valid
// change is saved at once; an invalid one stays on screen with its message, the stored settings unchanged).
import { Alert, Input, Radio } from 'antd';
import { useState } from 'react';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { computeQuota, QUOTA_ROUNDINGS, type QuotaRounding, type QuotaSettings } from '../../../../shared/panel/quota';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';
import { checkQuota, quotaValuesOf, type QuotaField, type QuotaValues } from './quota-values';
import { QuotaWorking } from './QuotaWorking';

export interface QuotaFormProps {
  value: QuotaSettings | null;
  onChange: (next: QuotaSettings) => void;
}

const FIELDS: ReadonlyArray<{ field: QuotaField; type?: 'date'; help?: MessageKey }> = [
  { field: 'countyLevelDivisions', help: 'officeWorkspace.quota.help.countyLevelDivisions' },
  { field: 'divisionsAsOf', type: 'date' },
  { field: 'capPercent', help: 'officeWorkspace.quota.help.capPercent' },
  { field: 'alreadyGiven', help: 'officeWorkspace.quota.help.alreadyGiven' },
  { field: 'batchSize', help: 'officeWorkspace.quota.help.batchSize' },
];

export function QuotaForm({ value, onChange }: QuotaFormProps) {
  const { t } = useApp();
  const [values, setValues] = useState<QuotaValues>(() => quotaValuesOf(value));
  const [touched, setTouched] = useState<ReadonlySet<QuotaField>>(() => new Set(value === null ? [] : ['countyLevelDivisions', 'divisionsAsOf']));
  const check = checkQuota(values);

  const update = (patch: Partial<QuotaValues>, field?: QuotaField): void => {
    const next = { ...values, ...patch };
    setValues(next);
    if (field) setTouched((before) => new Set(before).add(field));
    const checked = checkQuota(next);
    if (checked.ok) onChange(checked.settings);
  };

  // A field's message shows once the office has typed in it: an empty new form is not a wall of red.
  const errorOf = (field: QuotaField): string | undefined => {
    const key = check.ok ? undefined : check.errors[field];
    return key !== undefined && touched.has(field) ? t(key) : undefined;
  };

  return (
    <section className="rd-office-section" aria-labelledby="rd-quota-title">
      <h3 id="rd-quota-title">{t('officeWorkspace.quota.title')}</h3>
      <p className="rd-help">{t('officeWorkspace.quota.intro')}</p>
      <div className="rd-form rd-office-form">
        {FIELDS.map(({ field, type, help }) => (
          <FormField key={field} id={`rd-quota-${field}`} label={t(`officeWorkspace.quota.field.${field}`)} help={help === undefined ? undefined : t(help)} error={errorOf(field)}>
            <Input
              type={type ?? 'text'}
              inputMode={type ? undefined : 'decimal'}
              className={type ? 'rd-date-input' : 'rd-short-input'}
              value={values[field]}
              onChange={(event) => update({ [field]: event.target.value }, field)}
            />
          </FormField>
        ))}
        <div className="rd-field">
          <span className="rd-field-label" id="rd-quota-rounding-label">
            {t('officeWorkspace.quota.field.rounding')}
          </span>
          <Radio.Group
            aria-labelledby="rd-quota-rounding-label"
            value={values.rounding}
            onChange={(event) => update({ rounding: event.target.value as QuotaRounding })}
            options={QUOTA_ROUNDINGS.map((rounding) => ({ value: rounding, label: t(`officeWorkspace.quota.rounding.${rounding}`) }))}
          />
        </div>
      </div>
      {check.ok ? <QuotaWorking quota={computeQuota(check.settings)} /> : <Alert type="info" showIcon title={t('officeWorkspace.quota.incomplete')} data-testid="quota-incomplete" />}
    </section>
  );
}
