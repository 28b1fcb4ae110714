// 「设置」: the quota's base (division count, its date, percent, rounding, batches), the creation intervals and the
// progress report deadlines. Folded away because they are set once; parsed with the contract's schema before
// they are sent, so a typo is named here instead of refused by the binding.
import { Button } from 'antd';
import { useState } from 'react';
import { programmeSettingsSchema, type ProgrammeSettings } from '../../../../shared/contract/programme-spec';
import { QUOTA_ROUNDINGS } from '../../../../shared/panel/quota';
import { useApp } from '../../app/app-context';
import { ActionNote, useAction } from './action-outcome';
import { Field } from './TransitionForm';

type Rounding = (typeof QUOTA_ROUNDINGS)[number];

interface SettingsFields {
  divisions: string;
  divisionsAsOf: string;
  capPercent: string;
  rounding: Rounding;
  batches: string;
  creationPeriodMonths: string;
  midtermAfterMonths: string;
  recheckIntervalMonths: string;
  quarterlyDue: string;
  annualDue: string;
}

function fieldsOf(settings: ProgrammeSettings): SettingsFields {
  return {
    divisions: settings.quota === null ? '' : String(settings.quota.countyLevelDivisions),
    divisionsAsOf: settings.quota?.divisionsAsOf ?? '',
    capPercent: String(settings.quota?.capPercent ?? 40),
    rounding: settings.quota?.rounding ?? 'floor',
    batches: String(settings.quota?.batches ?? 3),
    creationPeriodMonths: String(settings.lifecycle.creationPeriodMonths),
    midtermAfterMonths: String(settings.lifecycle.midtermAfterMonths),
    recheckIntervalMonths: String(settings.lifecycle.recheckIntervalMonths),
    quarterlyDue: String(settings.reports.quarterlyDueDaysAfterQuarterEnd),
    annualDue: settings.reports.annualDueMonthDay,
  };
}

/** The fields as the contract's settings; a blank division count means no quota yet. */
function settingsOf(fields: SettingsFields): unknown {
  const number = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));
  return {
    quota:
      fields.divisions.trim() === ''
        ? null
        : { countyLevelDivisions: number(fields.divisions), divisionsAsOf: fields.divisionsAsOf.trim(), capPercent: number(fields.capPercent), rounding: fields.rounding, batches: number(fields.batches) },
    lifecycle: { creationPeriodMonths: number(fields.creationPeriodMonths), midtermAfterMonths: number(fields.midtermAfterMonths), recheckIntervalMonths: number(fields.recheckIntervalMonths) },
    reports: { quarterlyDueDaysAfterQuarterEnd: number(fields.quarterlyDue), annualDueMonthDay: fields.annualDue.trim() },
  };
}

export function ProgrammeSettingsForm({ settings, onSaved }: { settings: ProgrammeSettings; onSaved: () => void }) {
  const { host, t } = useApp();
  const [fields, setFields] = useState<SettingsFields>(() => fieldsOf(settings));
  const [outcome, run] = useAction();
  const text = (key: keyof SettingsFields, label: string, type: 'text' | 'date' = 'text') => (
    <Field label={label} testId={`settings-${key}`} type={type} value={String(fields[key])} onChange={(value) => setFields({ ...fields, [key]: value })} />
  );
  const submit = (): Promise<void> => {
    const parsed = programmeSettingsSchema.safeParse(settingsOf(fields));
    if (!parsed.success) return run(() => Promise.resolve({ ok: false as const, code: 'programme.form.invalid', messages: [t('programmeUi.settings.invalid')] }), () => '', (message) => message);
    return run(
      () => host.setProgrammeSettings({ settings: parsed.data }),
      () => {
        onSaved();
        return t('programmeUi.settings.saved');
      },
      (message) => t('programmeUi.settings.failed', { message }),
    );
  };
  return (
    <details className="rd-office-section" data-testid="programme-settings">
      <summary>{t('programmeUi.settings.toggle')}</summary>
      <form
        className="rd-programme-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h4>{t('programmeUi.settings.quotaTitle')}</h4>
        {text('divisions', t('programmeUi.settings.divisions'))}
        {text('divisionsAsOf', t('programmeUi.settings.divisionsAsOf'), 'date')}
        {text('capPercent', t('programmeUi.settings.capPercent'))}
        <label className="rd-field">
          <span className="rd-field-label">{t('programmeUi.settings.rounding')}</span>
          <select data-testid="settings-rounding" value={fields.rounding} onChange={(event) => setFields({ ...fields, rounding: event.target.value as Rounding })}>
            {QUOTA_ROUNDINGS.map((rounding) => (
              <option key={rounding} value={rounding}>
                {t(`programmeUi.settings.rounding.${rounding}`)}
              </option>
            ))}
          </select>
        </label>
        {text('batches', t('programmeUi.settings.batches'))}
        <h4>{t('programmeUi.settings.lifecycleTitle')}</h4>
        {text('creationPeriodMonths', t('programmeUi.settings.creationPeriodMonths'))}
        {text('midtermAfterMonths', t('programmeUi.settings.midtermAfterMonths'))}
        {text('recheckIntervalMonths', t('programmeUi.settings.recheckIntervalMonths'))}
        <h4>{t('programmeUi.settings.reportsTitle')}</h4>
        {text('quarterlyDue', t('programmeUi.settings.quarterlyDue'))}
        {text('annualDue', t('programmeUi.settings.annualDue'))}
        <Button htmlType="submit" disabled={outcome.kind === 'busy'} data-testid="settings-save">
          {t(outcome.kind === 'busy' ? 'programmeUi.settings.busy' : 'programmeUi.settings.save')}
        </Button>
        <ActionNote outcome={outcome} testId="settings" />
      </form>
    </details>
  );
}
