// The inline form that adds an expert to the roster or edits one. Each field's message stands under it once
// the office has typed there (or tried to save), so an empty new form is not a wall of red; the typed key
// fingerprint is read back in groups of four, as the expert reads it out, before it is saved.
import { Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import type { RosterEntry } from '../../../../shared/files/session-payload';
import { checkExpertInput, EMPTY_EXPERT_INPUT, expertInputOf, type ExpertDetails, type ExpertField, type ExpertInput } from '../../../../shared/office/panel-expert-input';
import { groupedFingerprint } from '../../../../shared/util/fingerprint';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';

export interface ExpertFormProps {
  roster: readonly RosterEntry[];
  /** The id the entry has (editing) or will get (adding). */
  expertId: string;
  /** The entry being edited; absent when adding. */
  editing?: RosterEntry;
  onSubmit: (details: ExpertDetails) => void;
  onCancel: () => void;
}

const FIELDS: readonly ExpertField[] = ['name', 'organisation', 'title', 'city', 'keyFingerprint'];
const HELP: Partial<Record<ExpertField, 'officePanel.expert.help.city' | 'officePanel.expert.help.keyFingerprint'>> = {
  city: 'officePanel.expert.help.city',
  keyFingerprint: 'officePanel.expert.help.keyFingerprint',
};

export function ExpertForm({ roster, expertId, editing, onSubmit, onCancel }: ExpertFormProps) {
  const { t } = useApp();
  const [values, setValues] = useState<ExpertInput>(() => (editing ? expertInputOf(editing) : EMPTY_EXPERT_INPUT));
  const [touched, setTouched] = useState<ReadonlySet<ExpertField>>(new Set());
  const [tried, setTried] = useState(false);
  const checked = checkExpertInput(values, roster, editing?.expertId);
  const mode = editing ? 'edit' : 'add';

  const errorOf = (field: ExpertField): string | undefined => {
    const message = checked.ok ? undefined : checked.errors[field];
    return message !== undefined && (tried || touched.has(field)) ? t(message.key, message.params) : undefined;
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setTried(true);
    if (checked.ok) onSubmit(checked.details);
  };

  const key = checked.ok ? checked.details.keyFingerprint : null;
  return (
    <form className="rd-panel-form" onSubmit={submit} noValidate data-testid={`expert-form-${mode}`}>
      <h4>{editing ? t('officePanel.expert.editTitle', { expertId }) : t('officePanel.expert.addTitle', { expertId })}</h4>
      {FIELDS.map((field) => {
        const help = HELP[field];
        return (
          <FormField key={field} id={`rd-expert-${mode}-${field}`} label={t(`officePanel.expert.field.${field}`)} help={help === undefined ? undefined : t(help)} error={errorOf(field)}>
            <Input
              value={values[field]}
              className={field === 'keyFingerprint' ? 'rd-mono' : undefined}
              autoComplete="off"
              onChange={(event) => {
                setValues({ ...values, [field]: event.target.value });
                setTouched((before) => new Set(before).add(field));
              }}
            />
          </FormField>
        );
      })}
      {key !== null && (
        <p className="rd-help" data-testid="expert-key-readback">
          {t('officePanel.expert.keyReadBack')} <span className="rd-panel-key">{groupedFingerprint(key)}</span>
        </p>
      )}
      <div className="rd-actions">
        <Button type="primary" htmlType="submit">
          {editing ? t('officePanel.expert.save') : t('officePanel.expert.add')}
        </Button>
        <Button onClick={onCancel}>{t('officePanel.expert.cancel')}</Button>
      </div>
    </form>
  );
}
