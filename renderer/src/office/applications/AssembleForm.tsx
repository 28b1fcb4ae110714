// 用散装文件组装: a county that sent only loose files (a folder a web page cannot be given). The office chooses
// the files, checks each one's role, types the county (name, six-digit code, city, poverty-alleviated,
// batch), and the step assembles and imports the package. The fields are checked when 组装并导入 is pressed,
// then as they change; a missing innovation plan is said but allowed (the county is then not scored).
import { Alert, Button, Checkbox, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import type { DocumentRole } from '../../../../shared/model/document-role';
import type { PackMetadata } from '../../../../shared/package/pack-metadata';
import { guessRole } from '../../../../shared/package/guess-role';
import { useApp } from '../../app/app-context';
import { FormField } from '../FormField';
import { checkAssemble, emptyValues, type AssembleValues, type FieldMessage, type LooseFile } from './assemble-values';
import { FileDrop } from './FileDrop';
import { LooseFileList } from './LooseFileList';

export interface AssembleFormProps {
  /** The session's batch, as the form's first value. */
  batch: number | undefined;
  busy: boolean;
  /** Resolves true when the package was assembled and imported: the form is then emptied for the next county. */
  onAssemble: (files: readonly LooseFile[], metadata: Omit<PackMetadata, 'documents'>) => Promise<boolean>;
}

export function AssembleForm({ batch, busy, onAssemble }: AssembleFormProps) {
  const { t } = useApp();
  const [values, setValues] = useState<AssembleValues>(() => emptyValues(batch));
  const [files, setFiles] = useState<LooseFile[]>([]);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [checking, setChecking] = useState(false);
  const check = checkAssemble(values, files, t);
  const errors = checking && !check.ok ? check.errors : {};
  const message = (field: FieldMessage | undefined): string | undefined => (field === undefined ? undefined : t(field.key, field.params));
  const update = (patch: Partial<AssembleValues>): void => setValues((current) => ({ ...current, ...patch }));

  const add = (chosen: File[]): void => {
    // One name once: two files of the same name cannot both be in a package (the host would refuse it).
    const names = new Set(files.map(({ file }) => file.name.toLowerCase()));
    const added: LooseFile[] = [];
    const repeated: string[] = [];
    for (const file of chosen) {
      const key = file.name.toLowerCase();
      if (names.has(key)) repeated.push(file.name);
      else {
        names.add(key);
        added.push({ file, role: guessRole(file.name).role });
      }
    }
    setFiles((current) => [...current, ...added]);
    setSkipped(repeated);
  };
  const setRole = (index: number, role: DocumentRole): void => setFiles((current) => current.map((item, at) => (at === index ? { ...item, role } : item)));
  const remove = (index: number): void => setFiles((current) => current.filter((_, at) => at !== index));

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setChecking(true);
    if (!check.ok || busy) return;
    if (await onAssemble(files, check.metadata)) {
      setValues(emptyValues(batch));
      setFiles([]);
      setSkipped([]);
      setChecking(false);
    }
  };

  const noPlan = files.length > 0 && !files.some(({ role }) => role === 'innovationPlan');
  return (
    <form className="rd-form rd-office-form rd-office-section" onSubmit={(event) => void submit(event)} noValidate aria-labelledby="rd-assemble-title" data-testid="assemble-form">
      <h3 id="rd-assemble-title">{t('officeApplications.assemble.title')}</h3>
      <p className="rd-help">{t('officeApplications.assemble.intro')}</p>
      <div className="rd-field-row">
        <FormField id="rd-assemble-county" label={t('officeApplications.assemble.countyName')} error={message(errors.countyName)}>
          <Input value={values.countyName} maxLength={50} onChange={(event) => update({ countyName: event.target.value })} />
        </FormField>
        <FormField id="rd-assemble-code" label={t('officeApplications.assemble.countyCode')} error={message(errors.countyCode)}>
          <Input inputMode="numeric" value={values.countyCode} maxLength={6} className="rd-short-input" onChange={(event) => update({ countyCode: event.target.value })} />
        </FormField>
        <FormField id="rd-assemble-city" label={t('officeApplications.assemble.city')} error={message(errors.city)}>
          <Input value={values.city} maxLength={50} onChange={(event) => update({ city: event.target.value })} />
        </FormField>
        <FormField id="rd-assemble-batch" label={t('officeApplications.assemble.batch')} error={message(errors.batch)}>
          <Input inputMode="numeric" value={values.batch} maxLength={3} className="rd-short-input" onChange={(event) => update({ batch: event.target.value })} />
        </FormField>
      </div>
      <Checkbox checked={values.poverty} onChange={(event) => update({ poverty: event.target.checked })}>
        {t('officeApplications.assemble.poverty')}
      </Checkbox>
      <div className="rd-field">
        <span className="rd-field-label">{t('officeApplications.assemble.files')}</span>
        <FileDrop id="rd-assemble-files" prompt={t('officeApplications.assemble.drop')} button={t('officeApplications.assemble.chooseFiles')} disabled={busy} onFiles={add} testId="assemble-drop" />
        {skipped.map((name) => (
          <p key={name} className="rd-help" role="status">
            {t('officeApplications.assemble.duplicateName', { name })}
          </p>
        ))}
        <LooseFileList files={files} disabled={busy} onRole={setRole} onRemove={remove} />
        {errors.files !== undefined && (
          <p className="rd-field-error" role="alert">
            {message(errors.files)}
          </p>
        )}
        {noPlan && <Alert type="warning" showIcon title={t('officeApplications.assemble.noPlan')} data-testid="assemble-no-plan" />}
      </div>
      <div className="rd-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('officeApplications.assemble.submit')}
        </Button>
      </div>
    </form>
  );
}
