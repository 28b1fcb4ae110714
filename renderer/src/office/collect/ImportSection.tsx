// 导入评分文件: many .rdscores at once, dropped or chosen, or a sync folder the host scans (typed, since the
// host's folder dialog is not offered for it; remembered on this computer).
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { FileDrop } from '../applications/FileDrop';
import { FormField } from '../FormField';
import { recallScoresFolder, rememberScoresFolder } from './scores-folder';

/** The file dialog offers scores files first; a file of another kind dropped anyway is refused by name. */
const ACCEPT = '.rdscores';

export interface ImportSectionProps {
  busy: boolean;
  onFiles: (files: File[]) => void;
  onScan: (folder: string) => void;
}

export function ImportSection({ busy, onFiles, onScan }: ImportSectionProps) {
  const { t, storage } = useApp();
  const [folder, setFolder] = useState(() => recallScoresFolder(storage));
  const [folderMissing, setFolderMissing] = useState(false);

  const scan = (): void => {
    const target = folder.trim();
    setFolderMissing(target === '');
    if (target === '') return;
    rememberScoresFolder(storage, target);
    onScan(target);
  };

  return (
    <section aria-labelledby="rd-collect-import-title">
      <h3 id="rd-collect-import-title">{t('officeCollect.import.title')}</h3>
      <FileDrop id="rd-collect-files" prompt={t('officeCollect.import.drop')} button={t('officeCollect.import.button')} accept={ACCEPT} disabled={busy} onFiles={onFiles} testId="scores-drop" />
      <form
        className="rd-collect-folder"
        onSubmit={(event) => {
          event.preventDefault();
          scan();
        }}
      >
        <FormField id="rd-collect-folder" label={t('officeCollect.import.folder')} help={t('officeCollect.import.folderHelp')} error={folderMissing ? t('officeCollect.import.folderRequired') : undefined}>
          <Input className="rd-mono" value={folder} disabled={busy} status={folderMissing ? 'error' : ''} onChange={(event) => setFolder(event.target.value)} />
        </FormField>
        <Button htmlType="submit" disabled={busy}>
          {t('officeCollect.import.scan')}
        </Button>
      </form>
    </section>
  );
}
