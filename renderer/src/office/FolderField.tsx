// The folder an office step writes to (a USB stick, a shared folder): typed, or picked with 「浏览…」 where the
// host has a folder dialog (Electron; elsewhere the button would only be refused, so it is not offered). The
// caller holds the folder (useFolder) and remembers it once it is used.
import { Button, Input } from 'antd';
import { useState, type Dispatch, type SetStateAction } from 'react';
import type { FOLDER_PURPOSES } from '../../../shared/contract/host-api-spec';
import { useApp } from '../app/app-context';

/** The typed folder, and whether the office was told it is missing. */
export interface Folder {
  value: string;
  set: Dispatch<SetStateAction<string>>;
  missing: boolean;
  /** The trimmed folder to write to; null when none is typed, which the field then says under itself. */
  take: () => string | null;
}

export function useFolder(initial: () => string): Folder {
  const [value, set] = useState(initial);
  const [missing, setMissing] = useState(false);
  const take = (): string | null => {
    const target = value.trim();
    setMissing(target === '');
    return target === '' ? null : target;
  };
  return { value, set, missing, take };
}

export interface FolderFieldProps {
  /** The input's id; the label names it, so tests and screen readers find it by the label's text. */
  id: string;
  label: string;
  help: string;
  /** The button's words (each area keeps its own key). */
  browseLabel: string;
  /** Shown as an alert under the field once the step was asked to go on with no folder. */
  required: string;
  folder: Folder;
  /** Why the folder is asked for: the host titles its dialog from this. */
  purpose: (typeof FOLDER_PURPOSES)[number];
  /** The host has a folder dialog (getHostInfo's `dialogs`). */
  dialogs: boolean;
  disabled: boolean;
}

export function FolderField({ id, label, help, browseLabel, required, folder, purpose, dialogs, disabled }: FolderFieldProps) {
  const { host } = useApp();
  const { value, set, missing } = folder;

  const browse = async (): Promise<void> => {
    const start = value.trim();
    // A dialog that fails to open leaves the typed folder as it was: typing still works.
    const { path } = await host.chooseFolder({ purpose, ...(start === '' ? {} : { defaultPath: start }) }).catch(() => ({ path: null }));
    if (path !== null) set(path);
  };

  return (
    <div className="rd-field">
      <label htmlFor={id}>{label}</label>
      <div className="rd-folder-row">
        <Input id={id} className="rd-mono" value={value} disabled={disabled} status={missing ? 'error' : ''} onChange={(event) => set(event.target.value)} />
        {dialogs && (
          <Button disabled={disabled} onClick={() => void browse()}>
            {browseLabel}
          </Button>
        )}
      </div>
      <p className="rd-help">{help}</p>
      {missing && (
        <p className="rd-field-error" role="alert">
          {required}
        </p>
      )}
    </div>
  );
}
