// First start: the expert's profile (kept in Dexie) and their signing key (made by the host), then the key's
// fingerprint shown large for the office to check before enrolling it. The key is made before the profile is
// saved, so a profile in the database always names a key that exists. When no key exists yet, the user first
// says whose computer this is; the office's first start (OfficeFirstStart) asks only for the office's name.
import { Alert, Button, Input } from 'antd';
import { useState, type FormEvent } from 'react';
import { saveProfile } from '../db/profile-store';
import { errorText, useApp } from './app-context';
import { KeyMade } from './KeyMade';
import { OfficeFirstStart } from '../office/OfficeFirstStart';
import { RoleChoice, type Role } from './RoleChoice';

export interface FirstStartProps {
  /** The name to start from (the existing key's, when only the profile is missing). */
  initialName?: string;
  /** Ask whose computer this is (only when no key exists yet: an existing key already has its role). */
  chooseRole?: boolean;
  onDone: () => void;
}

type Field = 'name' | 'organisation' | 'title' | 'city';
const FIELDS: readonly Field[] = ['name', 'organisation', 'title', 'city'];
/** `title` is the job title; its locale key says so, to keep it apart from screen titles. */
const LABELS = { name: 'name', organisation: 'organisation', title: 'jobTitle', city: 'city' } as const;

export function FirstStart({ initialName = '', chooseRole = false, onDone }: FirstStartProps) {
  const { host, db, t } = useApp();
  const [values, setValues] = useState<Record<Field, string>>({ name: initialName, organisation: '', title: '', city: '' });
  const [nameMissing, setNameMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fingerprint, setFingerprint] = useState<string | null>(null);
  // The expert is the default: most computers that start the app are experts' laptops.
  const [role, setRole] = useState<Role>('expert');
  const roleChoice = chooseRole ? <RoleChoice value={role} onChange={setRole} /> : null;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const name = values.name.trim();
    setNameMissing(name === '');
    if (name === '') return;
    setBusy(true);
    setFailure(null);
    try {
      const { identity } = await host.createIdentity({ name, role: 'expert' });
      await saveProfile(db, { name, organisation: values.organisation.trim(), title: values.title.trim(), city: values.city.trim(), keyFingerprint: identity.fingerprint });
      setFingerprint(identity.fingerprint);
    } catch (cause) {
      setFailure(t('expertSession.ui.firstStart.failed', { message: errorText(cause) }));
    } finally {
      setBusy(false);
    }
  };

  if (fingerprint !== null) {
    return (
      <KeyMade fingerprint={fingerprint} title={t('expertSession.ui.firstStart.fingerprintTitle')} help={t('expertSession.ui.firstStart.fingerprintHelp')} continueLabel={t('expertSession.ui.firstStart.continue')} onDone={onDone} />
    );
  }

  if (role === 'office') return <OfficeFirstStart initialName={values.name} roleChoice={roleChoice} onDone={onDone} />;

  return (
    <section className="rd-screen" aria-labelledby="rd-first-title">
      <h2 id="rd-first-title">{t('expertSession.ui.firstStart.title')}</h2>
      <p>{t('expertSession.ui.firstStart.intro')}</p>
      {roleChoice}
      <form className="rd-form" onSubmit={(event) => void submit(event)} noValidate>
        {FIELDS.map((field) => {
          const id = `rd-profile-${field}`;
          const invalid = field === 'name' && nameMissing;
          return (
            <div className="rd-field" key={field}>
              <label htmlFor={id}>{t(`expertSession.ui.firstStart.${LABELS[field]}`)}</label>
              <Input
                id={id}
                value={values[field]}
                status={invalid ? 'error' : ''}
                aria-required={field === 'name'}
                aria-invalid={invalid}
                aria-describedby={invalid ? 'rd-profile-name-error' : undefined}
                autoFocus={field === 'name'}
                maxLength={100}
                onChange={(event) => setValues((previous) => ({ ...previous, [field]: event.target.value }))}
              />
              {invalid && (
                <p id="rd-profile-name-error" className="rd-field-error" role="alert">
                  {t('expertSession.ui.firstStart.nameRequired')}
                </p>
              )}
            </div>
          );
        })}
        {failure !== null && <Alert type="error" title={failure} showIcon />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('expertSession.ui.firstStart.submit')}
        </Button>
      </form>
    </section>
  );
}
