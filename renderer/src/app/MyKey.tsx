// 「我的信息与密钥」 in the header: the profile and the key fingerprint again, long after first start. The
// office asks for the fingerprint when it enrols an expert, and again when a scores file is refused as
// signed by an unknown key; the expert should not have to find a file on disk to answer.
import { Alert } from 'antd';
import { useState } from 'react';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { readProfile } from '../db/profile-store';
import type { ProfileRow } from '../db/records';
import { errorText, useApp } from './app-context';
import { Fingerprint } from './Fingerprint';
import { keyProtectionText } from './key-protection';
import { HeaderPanel } from './HeaderPanel';

type Identity = NonNullable<HostResult<'getIdentity'>>;
type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'shown'; identity: Identity | null; profile: ProfileRow | undefined };


export function MyKey() {
  const { host, db, t, describe } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const load = (): void => {
    setLoaded({ kind: 'loading' });
    // Read afresh each time: the key or the profile may have changed since the page loaded.
    Promise.all([host.getIdentity(), readProfile(db)]).then(
      ([identity, profile]) => {
        if (!profile.ok) setLoaded({ kind: 'failed', message: describe(profile.problem) });
        else setLoaded({ kind: 'shown', identity, profile: profile.value });
      },
      (cause: unknown) => setLoaded({ kind: 'failed', message: errorText(cause) }),
    );
  };

  const protection = loaded.kind === 'shown' && loaded.identity ? keyProtectionText(loaded.identity.protection) : undefined;
  return (
    <HeaderPanel label={t('expertSession.ui.myKey.open')} title={t('expertSession.ui.myKey.title')} closeLabel={t('expertSession.ui.myKey.close')} onOpen={load}>
      {loaded.kind === 'loading' && <p>{t('expertSession.ui.app.loading')}</p>}
      {loaded.kind === 'failed' && <Alert type="error" showIcon title={loaded.message} />}
      {loaded.kind === 'shown' && (
        <div data-testid="my-key">
          {loaded.profile && (
            <dl className="rd-my-profile">
              <dt>{t('expertSession.ui.firstStart.name')}</dt>
              <dd>{loaded.profile.name}</dd>
              <dt>{t('expertSession.ui.firstStart.organisation')}</dt>
              <dd>{loaded.profile.organisation || '—'}</dd>
              <dt>{t('expertSession.ui.firstStart.jobTitle')}</dt>
              <dd>{loaded.profile.title || '—'}</dd>
              <dt>{t('expertSession.ui.firstStart.city')}</dt>
              <dd>{loaded.profile.city || '—'}</dd>
            </dl>
          )}
          {loaded.identity ? (
            <>
              <h3>{t('expertSession.ui.firstStart.fingerprintTitle')}</h3>
              <p className="rd-help">{t('expertSession.ui.firstStart.fingerprintHelp')}</p>
              <Fingerprint hex={loaded.identity.fingerprint} testId="my-key-fingerprint" />
              {protection && <p className="rd-help">{t('expertSession.ui.myKey.protection', { how: t(protection) })}</p>}
            </>
          ) : (
            <Alert type="warning" showIcon title={t('expertSession.ui.myKey.noKey')} />
          )}
        </div>
      )}
    </HeaderPanel>
  );
}
