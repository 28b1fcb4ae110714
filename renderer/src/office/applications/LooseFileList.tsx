// The loose files chosen for a package, each with its role: guessed from the name (shared/package/guess-role.ts,
// the same guess the CLI's pack makes) and changeable here, since a guess is only a guess. A native <select>
// keeps each choice labelled by its file's name for the office and for tests.
import { Button } from 'antd';
import { DOCUMENT_ROLES, type DocumentRole } from '../../../../shared/model/document-role';
import { useApp } from '../../app/app-context';
import type { LooseFile } from './assemble-values';

export interface LooseFileListProps {
  files: readonly LooseFile[];
  disabled: boolean;
  onRole: (index: number, role: DocumentRole) => void;
  onRemove: (index: number) => void;
}

export function LooseFileList({ files, disabled, onRole, onRemove }: LooseFileListProps) {
  const { t } = useApp();
  if (files.length === 0) return null;
  return (
    <ul className="rd-applications-files" data-testid="loose-files">
      {files.map(({ file, role }, index) => (
        <li key={`${index}-${file.name}`} className="rd-inline">
          <span className="rd-applications-file-name">{file.name}</span>
          <select
            aria-label={t('officeApplications.assemble.fileRole', { name: file.name })}
            value={role}
            disabled={disabled}
            onChange={(event) => {
              const chosen = DOCUMENT_ROLES.find((candidate) => candidate === event.target.value);
              if (chosen !== undefined) onRole(index, chosen);
            }}
          >
            {DOCUMENT_ROLES.map((candidate) => (
              <option key={candidate} value={candidate}>
                {t(`package.role.${candidate}`)}
              </option>
            ))}
          </select>
          <Button size="small" type="text" disabled={disabled} onClick={() => onRemove(index)} aria-label={t('officeApplications.assemble.removeFile', { name: file.name })}>
            ×
          </Button>
        </li>
      ))}
    </ul>
  );
}
