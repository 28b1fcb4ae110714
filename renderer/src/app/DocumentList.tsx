// The application's documents by role. Opening one fetches its bytes from the host and shows them in a new
// tab through a blob URL: the page's CSP and cookie stay with the workspace, and the county's file never
// becomes part of it. (The in-page viewer with pdfjs comes later.)
import { Alert, Button } from 'antd';
import { useState } from 'react';
import { DOCUMENT_ROLES } from '../../../shared/model/document-role';
import type { SessionDocument } from '../../../shared/files/session-payload';
import { errorText, useApp } from './app-context';
import { fileSize } from './format';

/** How long a blob URL outlives the click: enough for the new tab to load it, then its memory is freed. */
const BLOB_URL_LIFETIME_MS = 60_000;

export function DocumentList({ documents }: { documents: readonly SessionDocument[] }) {
  const { host, t } = useApp();
  const [failure, setFailure] = useState<string | null>(null);

  const open = async (document: SessionDocument): Promise<void> => {
    setFailure(null);
    try {
      const blob = await host.fetchDocument(document.sha256, document.fileName);
      const url = URL.createObjectURL(blob);
      window.open(url, '_blank', 'noopener');
      setTimeout(() => URL.revokeObjectURL(url), BLOB_URL_LIFETIME_MS);
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
                <li key={document.sha256} className="rd-document">
                  <span className="rd-document-title">{document.title}</span>
                  <span className="rd-help">{t('expertSession.ui.application.size', { size: fileSize(document.size) })}</span>
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
