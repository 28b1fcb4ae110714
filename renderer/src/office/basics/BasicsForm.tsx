// 基本信息: stage, batch, name and the meeting's dates. Creating a draft: the name follows the suggestion
// made from stage and batch until the office types its own, and the fields are checked when 创建 is pressed
// (then as they change). Editing a draft: every change that passes the check is saved at once; one that does
// not stays on screen with its message and is not saved, so the stored draft is always a valid one.
import { Button, Input, Radio } from 'antd';
import { useState, type FormEvent } from 'react';
import type { MessageKey } from '../../../../shared/i18n/translate';
import type { DraftBasics } from '../../../../shared/office/session-draft';
import { STAGES, type Stage } from '../../../../shared/standard/schema';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';
import { batchOf, checkBasics, EMPTY_BASICS, MAX_BATCH, valuesOf, type BasicsValues } from './basics-values';
import { suggestedName } from './suggested-name';

export type BasicsFormProps =
  | { mode: 'create'; onCreate: (basics: DraftBasics) => void; onCancel?: () => void; busy?: boolean }
  | { mode: 'edit'; basics: DraftBasics; onChange: (basics: DraftBasics) => void };

export function BasicsForm(props: BasicsFormProps) {
  const { t, locale } = useApp();
  const [values, setValues] = useState<BasicsValues>(() => (props.mode === 'edit' ? valuesOf(props.basics) : EMPTY_BASICS));
  // In a new draft the name is the suggestion until the office types one; an existing name is theirs.
  const [nameTyped, setNameTyped] = useState(props.mode === 'edit');
  const [checking, setChecking] = useState(props.mode === 'edit');

  const suggestion = suggestedName(locale, values.stage, batchOf(values.batch));
  const shown: BasicsValues = nameTyped ? values : { ...values, name: suggestion };
  const check = checkBasics(shown);
  const errors = checking && !check.ok ? check.errors : {};
  const message = (key: MessageKey | undefined): string | undefined => (key === undefined ? undefined : t(key));

  const update = (patch: Partial<BasicsValues>): void => {
    const next = { ...shown, ...patch };
    setValues(next);
    if (patch.name !== undefined) setNameTyped(true);
    if (props.mode === 'edit') {
      const checked = checkBasics(next);
      if (checked.ok) props.onChange(checked.basics);
    }
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setChecking(true);
    if (props.mode === 'create' && check.ok) props.onCreate(check.basics);
  };

  return (
    <form className="rd-form rd-office-form" onSubmit={submit} noValidate aria-label={t('officeWorkspace.basics.title')}>
      <div className="rd-field">
        <span className="rd-field-label" id="rd-basics-stage-label">
          {t('officeWorkspace.basics.stage')}
        </span>
        <Radio.Group
          aria-labelledby="rd-basics-stage-label"
          optionType="button"
          value={shown.stage}
          onChange={(event) => update({ stage: event.target.value as Stage })}
          options={STAGES.map((stage) => ({ value: stage, label: t(`standard.stage.${stage}`) }))}
        />
      </div>
      <FormField id="rd-basics-batch" label={t('officeWorkspace.basics.batch')} help={t('officeWorkspace.basics.batchHelp', { max: MAX_BATCH })} error={message(errors.batch)}>
        <Input inputMode="numeric" value={shown.batch} maxLength={3} className="rd-short-input" onChange={(event) => update({ batch: event.target.value })} />
      </FormField>
      <FormField id="rd-basics-name" label={t('officeWorkspace.basics.name')} error={message(errors.name)}>
        <Input value={shown.name} maxLength={200} onChange={(event) => update({ name: event.target.value })} />
      </FormField>
      {nameTyped && shown.name !== suggestion && (
        <Button size="small" onClick={() => update({ name: suggestion })}>
          {t('officeWorkspace.basics.useSuggestion', { name: suggestion })}
        </Button>
      )}
      <div className="rd-field-row">
        <FormField id="rd-basics-starts" label={t('officeWorkspace.basics.startsOn')} error={message(errors.startsOn)}>
          <Input type="date" value={shown.startsOn} onChange={(event) => update({ startsOn: event.target.value })} />
        </FormField>
        <FormField id="rd-basics-ends" label={t('officeWorkspace.basics.endsOn')} error={message(errors.endsOn)}>
          <Input type="date" value={shown.endsOn} onChange={(event) => update({ endsOn: event.target.value })} />
        </FormField>
      </div>
      {props.mode === 'create' && (
        <div className="rd-actions">
          <Button type="primary" htmlType="submit" loading={props.busy ?? false}>
            {t('officeWorkspace.basics.create')}
          </Button>
          {props.onCancel && <Button onClick={props.onCancel}>{t('officeWorkspace.basics.cancel')}</Button>}
        </div>
      )}
    </form>
  );
}
