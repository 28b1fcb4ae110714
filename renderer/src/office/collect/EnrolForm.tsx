// Enrolling the key of an expert whose file came with a key the session file did not carry (the expert made
// a new key, or was added to the roster without one). The clerk types the fingerprint as the expert reads it
// out on the phone or in the room, in groups of four; it is read back the same way before the files are
// imported again with it. Inline, not antd's Modal: its scroll lock injects a <style> the page's CSP blocks.
import { Button, Input, type InputRef } from 'antd';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { groupedFingerprint } from '../../../../shared/util/fingerprint';
import { parseTypedFingerprint } from '../../../../shared/util/typed-fingerprint';
import { useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';
import { FormField } from '../FormField';

export interface EnrolExpert {
  expertId: string;
  name: string;
}

export interface EnrolFormProps {
  experts: readonly EnrolExpert[];
  /** Who the file says it is from; the clerk confirms or corrects it. */
  expertId: string | undefined;
  busy: boolean;
  /** The host's words when it refused the enrolment (one key for two experts). */
  refusal: readonly string[] | null;
  onEnrol: (expertId: string, fingerprint: string) => void;
  onCancel: () => void;
}

export function EnrolForm({ experts, expertId, busy, refusal, onEnrol, onCancel }: EnrolFormProps) {
  const { t } = useApp();
  const titleId = useId();
  const [expert, setExpert] = useState(expertId !== undefined && experts.some((e) => e.expertId === expertId) ? expertId : '');
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const field = useRef<InputRef>(null);
  // The clerk opened the form to type what is being read out: the cursor waits there.
  useEffect(() => field.current?.focus(), []);

  const fingerprint = parseTypedFingerprint(typed);
  const fingerprintError = (tried || typed.trim() !== '') && fingerprint === null ? t('officeCollect.enrol.fingerprintInvalid') : undefined;
  const expertError = tried && expert === '' ? t('officeCollect.enrol.expertRequired') : undefined;

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setTried(true);
    if (fingerprint !== null && expert !== '') onEnrol(expert, fingerprint);
  };

  return (
    <form className="rd-collect-enrol" onSubmit={submit} noValidate aria-labelledby={titleId} data-testid="enrol-form">
      <h4 id={titleId}>{t('officeCollect.enrol.title')}</h4>
      <p className="rd-help">{t('officeCollect.enrol.help')}</p>
      <FormField id={`${titleId}-expert`} label={t('officeCollect.enrol.expert')} error={expertError}>
        <select className="rd-native-select" value={expert} disabled={busy} onChange={(event) => setExpert(event.target.value)}>
          <option value="" disabled>
            —
          </option>
          {experts.map((e) => (
            <option key={e.expertId} value={e.expertId}>
              {e.name}（{e.expertId}）
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${titleId}-fingerprint`} label={t('officeCollect.enrol.fingerprint')} error={fingerprintError}>
        <Input ref={field} className="rd-mono" autoComplete="off" value={typed} disabled={busy} onChange={(event) => setTyped(event.target.value)} />
      </FormField>
      {fingerprint !== null && (
        <p data-testid="enrol-read-back">
          {t('officeCollect.enrol.readBack')} <span className="rd-mono rd-collect-key">{groupedFingerprint(fingerprint)}</span>
        </p>
      )}
      {refusal !== null && (
        <div className="rd-field-error" role="alert" data-testid="enrol-refused">
          {t('officeCollect.enrol.refused')}
          <RefusalMessages messages={refusal} />
        </div>
      )}
      <div className="rd-actions">
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('officeCollect.enrol.submit')}
        </Button>
        <Button disabled={busy} onClick={onCancel}>
          {t('officeCollect.enrol.cancel')}
        </Button>
      </div>
    </form>
  );
}
