// Where the export goes: the sync folder (set once, shown with its path and editable) or another folder. Each
// is a typed path; 「浏览…」 opens the host's folder dialog only where the host has one (Electron), because the
// web host would refuse it. A cancelled dialog leaves the path as it was.
import { Button, Input, Radio } from 'antd';
import { useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/translate';
import { errorText, useApp } from './app-context';
import type { Destination } from './export-destination';

export interface ExportDestinationProps {
  destination: Destination;
  /** Takes a change of the latest value: a dialog answers after the expert may have typed. */
  onChange: (change: (before: Destination) => Destination) => void;
  /** The host has a folder dialog (getHostInfo's `dialogs`). */
  dialogs: boolean;
  /** An export was asked for with the chosen folder empty. */
  missing: boolean;
  disabled: boolean;
}

type Field = 'syncFolder' | 'otherFolder';

const TEXTS: Record<Field, { id: string; label: MessageKey; help: MessageKey; required: MessageKey }> = {
  syncFolder: {
    id: 'rd-sync-folder',
    label: 'expertSession.ui.export.syncFolder',
    help: 'expertSession.ui.export.syncFolderHelp',
    required: 'expertSession.ui.export.syncFolderRequired',
  },
  otherFolder: {
    id: 'rd-export-folder',
    label: 'expertSession.ui.export.folder',
    help: 'expertSession.ui.export.otherFolderHelp',
    required: 'expertSession.ui.export.folderRequired',
  },
};

export function ExportDestination({ destination, onChange, dialogs, missing, disabled }: ExportDestinationProps) {
  const { host, t } = useApp();
  const [browsing, setBrowsing] = useState(false);
  const [browseFailed, setBrowseFailed] = useState<string | null>(null);
  const field: Field = destination.choice === 'sync' ? 'syncFolder' : 'otherFolder';
  const texts = TEXTS[field];
  const value = destination[field];
  const empty = missing && value.trim() === '';

  const browse = async (): Promise<void> => {
    setBrowsing(true);
    setBrowseFailed(null);
    try {
      const start = value.trim();
      const { path } = await host.chooseFolder({ purpose: 'exportScores', ...(start === '' ? {} : { defaultPath: start }) });
      if (path !== null) onChange((before) => ({ ...before, [field]: path }));
    } catch (cause) {
      setBrowseFailed(t('expertSession.ui.export.browseFailed', { message: errorText(cause) }));
    } finally {
      setBrowsing(false);
    }
  };

  return (
    <fieldset className="rd-field rd-destination">
      <legend>{t('expertSession.ui.export.destination')}</legend>
      <Radio.Group
        value={destination.choice}
        disabled={disabled}
        onChange={(event) => {
          setBrowseFailed(null);
          onChange((before) => ({ ...before, choice: event.target.value === 'sync' ? 'sync' : 'other' }));
        }}
        options={[
          { value: 'sync', label: t('expertSession.ui.export.toSync') },
          { value: 'other', label: t('expertSession.ui.export.toOther') },
        ]}
      />
      <label htmlFor={texts.id}>{t(texts.label)}</label>
      <div className="rd-folder-row">
        <Input
          id={texts.id}
          className="rd-mono"
          value={value}
          disabled={disabled}
          status={empty ? 'error' : ''}
          aria-describedby={`${texts.id}-help`}
          onChange={(event) => {
            const typed = event.target.value;
            onChange((before) => ({ ...before, [field]: typed }));
          }}
        />
        {dialogs && (
          <Button disabled={disabled} loading={browsing} onClick={() => void browse()}>
            {t('expertSession.ui.export.browse')}
          </Button>
        )}
      </div>
      <p id={`${texts.id}-help`} className="rd-help">
        {t(texts.help)}
      </p>
      {empty && (
        <p className="rd-field-error" role="alert">
          {t(texts.required)}
        </p>
      )}
      {browseFailed !== null && (
        <p className="rd-field-error" role="alert">
          {browseFailed}
        </p>
      )}
    </fieldset>
  );
}
