// The template and how to fill it in, for a clerk who knows Excel well and this software less. In a browser the
// link is the host's download route (a browser cannot be handed a path); in the desktop app, which has a save
// dialog, the clerk chooses where it goes and the host writes it there. The file is named in the user's language.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { errorText, useApp } from '../../app/app-context';
import { RefusalMessages } from '../../app/RefusalMessages';
import { useHostDialogs } from '../../app/use-host-dialogs';

const STEPS = ['step1', 'step2', 'step3', 'step4', 'step5'] as const;

type Saving = { kind: 'none' } | { kind: 'saving' } | { kind: 'saved'; path: string } | { kind: 'refused'; messages: string[] } | { kind: 'failed'; message: string };

function SaveTemplate() {
  const { host, t } = useApp();
  const [saving, setSaving] = useState<Saving>({ kind: 'none' });
  const save = async (): Promise<void> => {
    setSaving({ kind: 'saving' });
    try {
      const chosen = await host.chooseSaveFile({ purpose: 'standardTemplate' });
      if (chosen.path === null) {
        setSaving({ kind: 'none' });
        return;
      }
      const result = await host.saveStandardTemplate({ path: chosen.path });
      setSaving(result.ok ? { kind: 'saved', path: result.path } : { kind: 'refused', messages: result.messages });
    } catch (cause) {
      setSaving({ kind: 'failed', message: t('officeStandard.template.saveFailed', { message: errorText(cause) }) });
    }
  };
  return (
    <>
      <Button onClick={() => void save()} loading={saving.kind === 'saving'} data-testid="standard-template-save">
        {t('officeStandard.template.save')}
      </Button>
      {saving.kind === 'saved' && <Alert type="success" showIcon data-testid="standard-template-saved" message={t('officeStandard.template.saved', { path: saving.path })} />}
      {saving.kind === 'refused' && (
        <Alert type="error" showIcon data-testid="standard-template-refused" message={<RefusalMessages messages={saving.messages} />} />
      )}
      {saving.kind === 'failed' && <Alert type="error" showIcon data-testid="standard-template-refused" message={saving.message} />}
    </>
  );
}

export function TemplateHelp() {
  const { host, t } = useApp();
  const dialogs = useHostDialogs(host);
  return (
    <div className="rd-standard-template">
      <p>
        {dialogs ? (
          <SaveTemplate />
        ) : (
          <a href={host.standardTemplateUrl()} download data-testid="standard-template-link">
            {t('officeStandard.template.download')}
          </a>
        )}
      </p>
      <details>
        <summary>{t('officeStandard.template.howTitle')}</summary>
        <ol>
          {STEPS.map((step) => (
            <li key={step}>{t(`officeStandard.template.${step}`)}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
