// The application's documents by role. "View" shows one in the page's viewer (the parent holds which);
// "Open" fetches its bytes from the host and shows them in a new tab through a blob URL, for what the viewer
// cannot show or an expert who prefers the browser's own viewer.
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { DOCUMENT_ROLES } from '../../../shared/model/document-role';
import type { SessionDocument } from '../../../shared/files/session-payload';
import { openInNewTab } from '../viewer/open-in-tab';
import { errorText, useApp } from './app-context';
import { fileSize } from './format';

export interface DocumentListProps {
  documents: readonly SessionDocument[];
  /** The sha256 of the document in the viewer, if any. */
  selected: string | null;
  onSelect: (document: SessionDocument) => void;
}

export function DocumentList({ documents, selected, onSelect }: DocumentListProps) {
  const { host, t } = useApp();
  const [failure, setFailure] = useState<string | null>(null);

  const open = async (document: SessionDocument): Promise<void> => {
    setFailure(null);
    try {
      await openInNewTab(host, document.sha256, document.fileName);
    } catch (cause) {
      setFailure(t('expertSession.ui.application.documentFailed', { title: document.title, message: errorText(cause) }));
    }
  };

  return (
    <section className="rd-documents" aria-labelledby="rd-documents-title">
      <h2 id="rd-documents-title">{t('expertSession.ui.application.documents')}</h2>
      {documents.length === 0 && <p>{t('expertSession.ui.application.noDocuments')}</p>}
      {DOCUMENT_ROLES.map((role) => {
        const ofRole = documents.filter((document) => document.role === role);
        if (ofRole.length === 0) return null;
        return (
          <div key={role}>
            <h3>{t(`package.role.${role}`)}</h3>
            <ul>
              {ofRole.map((document) => (
                <li key={document.sha256} className="rd-document" aria-current={document.sha256 === selected ? 'true' : undefined}>
                  <span className="rd-document-title">{document.title}</span>
                  <span className="rd-help">{t('expertSession.ui.application.size', { size: fileSize(document.size) })}</span>
                  <Button
                    size="small"
                    type={document.sha256 === selected ? 'primary' : 'default'}
                    aria-label={t('expertSession.ui.viewer.showTitle', { title: document.title })}
                    onClick={() => onSelect(document)}
                  >
                    {t('expertSession.ui.viewer.show')}
                  </Button>
                  <Button
                    size="small"
                    aria-label={t('expertSession.ui.application.openTitle', { title: document.title })}
                    onClick={() => void open(document)}
                  >
                    {t('expertSession.ui.application.open')}
                  </Button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {failure !== null && <Alert type="error" showIcon title={failure} />}
    </section>
  );
}
