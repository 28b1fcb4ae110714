// First start on the office's computer: only the office's name (no expert profile), then the office key made
// by the host and its fingerprint shown large: experts compare it when they open a session file.
import { Alert, Button, Input } from 'antd';
import { useState, type FormEvent, type ReactNode } from 'react';
import { errorText, useApp } from '../app/app-context';
import { KeyMade } from '../app/KeyMade';

export interface OfficeFirstStartProps {
  initialName?: string;
  /** The role choice, shown above the form until the key is made (then the choice is made). */
  roleChoice?: ReactNode;
  onDone: () => void;
}

export function OfficeFirstStart({ initialName = '', roleChoice, onDone }: OfficeFirstStartProps) {
  const { host, t } = useApp();
  const [name, setName] = useState(initialName);
  const [nameMissing, setNameMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [fingerprint, setFingerprint] = useState<string | null>(null);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const trimmed = name.trim();
    setNameMissing(trimmed === '');
    if (trimmed === '') return;
    setBusy(true);
    setFailure(null);
    try {
      const { identity } = await host.createIdentity({ name: trimmed, role: 'office' });
      setFingerprint(identity.fingerprint);
    } catch (cause) {
      setFailure(t('expertSession.ui.firstStart.failed', { message: errorText(cause) }));
    } finally {
      setBusy(false);
    }
  };

  if (fingerprint !== null) {
    return (
      <KeyMade fingerprint={fingerprint} title={t('officeWorkspace.firstStart.fingerprintTitle')} help={t('officeWorkspace.firstStart.fingerprintHelp')} continueLabel={t('officeWorkspace.firstStart.continue')} onDone={onDone} />
    );
  }

  return (
    <section className="rd-screen" aria-labelledby="rd-first-title">
      <h2 id="rd-first-title">{t('officeWorkspace.firstStart.title')}</h2>
      <p>{t('officeWorkspace.firstStart.intro')}</p>
      {roleChoice}
      <form className="rd-form" onSubmit={(event) => void submit(event)} noValidate>
        <div className="rd-field">
          <label htmlFor="rd-office-name">{t('officeWorkspace.firstStart.name')}</label>
          <p className="rd-help" id="rd-office-name-help">
            {t('officeWorkspace.firstStart.nameHelp')}
          </p>
          <Input
            id="rd-office-name"
            value={name}
            status={nameMissing ? 'error' : ''}
            aria-required
            aria-invalid={nameMissing}
            aria-describedby={nameMissing ? 'rd-office-name-help rd-office-name-error' : 'rd-office-name-help'}
            maxLength={100}
            onChange={(event) => setName(event.target.value)}
          />
          {nameMissing && (
            <p id="rd-office-name-error" className="rd-field-error" role="alert">
              {t('officeWorkspace.firstStart.nameRequired')}
            </p>
          )}
        </div>
        {failure !== null && <Alert type="error" title={failure} showIcon />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('officeWorkspace.firstStart.submit')}
        </Button>
      </form>
    </section>
  );
}
