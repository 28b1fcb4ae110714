// The folder an office step writes to (a USB stick, a shared folder): typed, or picked with 「浏览…」 where the
// host has a folder dialog (Electron; elsewhere the button would only be refused, so it is not offered). The
// caller keeps the value, remembers it and says when it was found empty.
import { Button, Input } from 'antd';
import type { FOLDER_PURPOSES } from '../../../shared/contract/host-api-spec';
import { useApp } from '../app/app-context';

export interface FolderFieldProps {
  /** The input's id; the label names it, so tests and screen readers find it by the label's text. */
  id: string;
  label: string;
  help: string;
  /** The button's words (each area keeps its own key). */
  browseLabel: string;
  /** Shown as an alert under the field when the step was asked to go on with no folder; none otherwise. */
  missing?: string | undefined;
  value: string;
  onChange: (folder: string) => void;
  /** Why the folder is asked for: the host titles its dialog from this. */
  purpose: (typeof FOLDER_PURPOSES)[number];
  /** The host has a folder dialog (getHostInfo's `dialogs`). */
  dialogs: boolean;
  disabled: boolean;
}

export function FolderField({ id, label, help, browseLabel, missing, value, onChange, purpose, dialogs, disabled }: FolderFieldProps) {
  const { host } = useApp();

  const browse = async (): Promise<void> => {
    const start = value.trim();
    // A dialog that fails to open leaves the typed folder as it was: typing still works.
    const { path } = await host.chooseFolder({ purpose, ...(start === '' ? {} : { defaultPath: start }) }).catch(() => ({ path: null }));
    if (path !== null) onChange(path);
  };

  return (
    <div className="rd-field">
      <label htmlFor={id}>{label}</label>
      <div className="rd-folder-row">
        <Input id={id} className="rd-mono" value={value} disabled={disabled} status={missing === undefined ? '' : 'error'} onChange={(event) => onChange(event.target.value)} />
        {dialogs && (
          <Button disabled={disabled} onClick={() => void browse()}>
            {browseLabel}
          </Button>
        )}
      </div>
      <p className="rd-help">{help}</p>
      {missing !== undefined && (
        <p className="rd-field-error" role="alert">
          {missing}
        </p>
      )}
    </div>
  );
}
