// 「本办公室密钥」 in the header: the office's name and key fingerprint, read afresh on demand. Experts compare
// it with the fingerprint their workspace shows when they open a session file, so the office must be able
// to read it out at any time. A panel that drops down (not antd's Modal, whose scroll lock injects a <style>
// without the page's CSP nonce), styled as the expert's 我的信息与密钥.
import { Alert, Button } from 'antd';
import { useEffect, useId, useRef, useState } from 'react';
import type { HostResult } from '../../../shared/contract/host-api-spec';
import type { MessageKey } from '../../../shared/i18n/translate';
import { errorText, useApp } from '../app/app-context';
import { Fingerprint } from '../app/Fingerprint';

type Identity = NonNullable<HostResult<'getIdentity'>>;
type Loaded = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'shown'; identity: Identity | null };

const PROTECTIONS: Readonly<Record<string, MessageKey>> = {
  'file-permissions': 'host.keyProtection.file-permissions',
  'os-keychain': 'host.keyProtection.os-keychain',
};

export function OfficeKey() {
  const { host, t } = useApp();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const titleId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) panel.current?.focus();
  }, [open]);

  const close = (): void => {
    setOpen(false);
    opener.current?.focus();
  };

  const show = (): void => {
    setOpen(true);
    setLoaded({ kind: 'loading' });
    host.getIdentity().then(
      (identity) => setLoaded({ kind: 'shown', identity }),
      (cause: unknown) => setLoaded({ kind: 'failed', message: errorText(cause) }),
    );
  };

  const protection = loaded.kind === 'shown' && loaded.identity ? PROTECTIONS[loaded.identity.protection] : undefined;
  return (
    <div className="rd-my-key">
      <Button ref={opener} aria-expanded={open} onClick={() => (open ? close() : show())}>
        {t('officeWorkspace.key.open')}
      </Button>
      {open && (
        <div
          ref={panel}
          className="rd-my-key-panel"
          role="dialog"
          aria-labelledby={titleId}
          tabIndex={-1}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <h2 id={titleId}>{t('officeWorkspace.key.title')}</h2>
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
          <Button onClick={close}>{t('officeWorkspace.key.close')}</Button>
        </div>
      )}
    </div>
  );
}
