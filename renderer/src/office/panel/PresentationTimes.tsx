// Each county's presentation and question minutes, both optional (no time kept: no timer for the experts);
// the message stands under the field that does not read.
import { Input } from 'antd';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { readMinutes } from '../../../../shared/office/panel-presentation';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';

export interface TimesText {
  minutes: string;
  questionMinutes: string;
}

/** The times as saved, or the message key of each field that does not read. */
export function readTimes(text: TimesText): { ok: true; minutes: number | undefined; questionMinutes: number | undefined } | { ok: false; errors: Partial<Record<keyof TimesText, MessageKey>> } {
  const minutes = readMinutes(text.minutes);
  const questionMinutes = readMinutes(text.questionMinutes);
  const errors: Partial<Record<keyof TimesText, MessageKey>> = {};
  if (!minutes.ok) errors.minutes = minutes.key;
  if (!questionMinutes.ok) errors.questionMinutes = questionMinutes.key;
  else if (questionMinutes.minutes !== undefined && minutes.ok && minutes.minutes === undefined) errors.questionMinutes = 'officePanel.presentation.error.questionNeedsMinutes';
  if (!minutes.ok || !questionMinutes.ok || errors.questionMinutes !== undefined) return { ok: false, errors };
  return { ok: true, minutes: minutes.minutes, questionMinutes: questionMinutes.minutes };
}

export function PresentationTimes({ value, onChange, waiting }: { value: TimesText; onChange: (next: TimesText) => void; waiting: boolean }) {
  const { t } = useApp();
  const read = readTimes(value);
  const errorOf = (field: keyof TimesText): string | undefined => {
    if (read.ok) return undefined;
    const key = read.errors[field];
    return key === undefined ? undefined : t(key);
  };
  return (
    <div className="rd-field-row">
      {(['minutes', 'questionMinutes'] as const).map((field) => (
        <FormField key={field} id={`rd-panel-${field}`} label={t(`officePanel.presentation.${field}`)} error={errorOf(field)}>
          <Input className="rd-short-input" inputMode="numeric" value={value[field]} onChange={(event) => onChange({ ...value, [field]: event.target.value })} />
        </FormField>
      ))}
      {waiting && <p className="rd-help">{t('officePanel.presentation.minutesWaiting')}</p>}
    </div>
  );
}
