// 「本办公室密钥」 in the header: the office's name and key fingerprint, read afresh on demand. Experts compare
// it with the fingerprint their workspace shows when they open a session file, so the office must be able
// to read it out at any time, in the same drop-down panel as the expert's 我的信息与密钥.
import { Alert } from 'antd';
import { useState } from 'react';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import { errorText, useApp } from '../app/app-context';
import { Fingerprint } from '../app/Fingerprint';
import { keyProtectionText } from '../app/key-protection';
import { HeaderPanel } from '../app/HeaderPanel';

type Identity = NonNullable<HostResult<'getIdentity'>>;
type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'shown'; identity: Identity | null };


export function OfficeKey() {
  const { host, t } = useApp();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });

  const load = (): void => {
    setLoaded({ kind: 'loading' });
    host.getIdentity().then(
      (identity) => setLoaded({ kind: 'shown', identity }),
      (cause: unknown) => setLoaded({ kind: 'failed', message: errorText(cause) }),
    );
  };

  const protection = loaded.kind === 'shown' && loaded.identity ? keyProtectionText(loaded.identity.protection) : undefined;
  return (
    <HeaderPanel label={t('officeWorkspace.key.open')} title={t('officeWorkspace.key.title')} closeLabel={t('officeWorkspace.key.close')} onOpen={load}>
      {loaded.kind === 'loading' && <p>{t('expertSession.ui.app.loading')}</p>}
      {loaded.kind === 'failed' && <Alert type="error" showIcon title={loaded.message} />}
      {loaded.kind === 'shown' &&
        (loaded.identity ? (
          <div data-testid="office-key">
            <p>{t('officeWorkspace.key.name', { name: loaded.identity.name })}</p>
            <p className="rd-help">{t('officeWorkspace.key.help')}</p>
            <Fingerprint hex={loaded.identity.fingerprint} testId="office-key-fingerprint" />
            {protection && <p className="rd-help">{t('expertSession.ui.myKey.protection', { how: t(protection) })}</p>}
          </div>
        ) : (
          <Alert type="warning" showIcon title={t('officeWorkspace.key.none')} />
        ))}
    </HeaderPanel>
  );
}
