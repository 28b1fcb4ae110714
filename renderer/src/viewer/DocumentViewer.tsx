// The selected document in the left pane: fetched from the host, then shown by type (PDF pages, an image,
// a DOCX's or text file's text). What cannot be shown, or fails to load, says so in plain words and offers
// the file in a new tab. The PDF and DOCX views load lazily so pdfjs and mammoth arrive only when needed.
import { Alert, Button } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { SessionDocument } from '../../../shared/files/session-payload';
import { errorText, useApp } from '../app/app-context';
import { documentKind } from './document-kind';
import { ImageView } from './ImageView';
import { openInNewTab } from './open-in-tab';
import { TextView } from './TextView';
import './viewer.css';

const PdfView = lazy(() => import('./PdfView'));
const DocxView = lazy(() => import('./DocxView'));

type Loaded = { state: 'loading' } | { state: 'ready'; blob: Blob; bytes: ArrayBuffer; text: string | null } | { state: 'failed'; message: string };

export function DocumentViewer({ document }: { document: SessionDocument }) {
  const { host, t } = useApp();
  const kind = documentKind(document.fileName);
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [tabFailure, setTabFailure] = useState<string | null>(null);

  const onError = useCallback((cause: unknown) => setLoaded({ state: 'failed', message: errorText(cause) }), []);

  useEffect(() => {
    if (kind === 'unsupported') return;
    let live = true;
    setLoaded({ state: 'loading' });
    setTabFailure(null);
    void (async () => {
      try {
        const blob = await host.fetchDocument(document.sha256, document.fileName);
        const bytes = await blob.arrayBuffer();
        // Text files are decoded as UTF-8 (the session's documents are); a wrong byte shows as U+FFFD.
        const text = kind === 'text' ? new TextDecoder('utf-8').decode(bytes) : null;
        if (live) setLoaded({ state: 'ready', blob, bytes, text });
      } catch (cause) {
        if (live) onError(cause);
      }
    })();
    return () => {
      live = false;
    };
  }, [host, document.sha256, document.fileName, kind, onError]);

  const openTab = (): void => {
    setTabFailure(null);
    openInNewTab(host, document.sha256, document.fileName).catch((cause: unknown) => setTabFailure(errorText(cause)));
  };
  const fallback = (
    <Button size="small" onClick={openTab}>
      {t('expertSession.ui.viewer.openInTab')}
    </Button>
  );

  let body: ReactNode;
  if (kind === 'unsupported') {
    body = <Alert type="info" showIcon title={t('expertSession.ui.viewer.unsupported', { fileName: document.fileName })} action={fallback} />;
  } else if (loaded.state === 'loading') {
    body = <p>{t('expertSession.ui.viewer.loading')}</p>;
  } else if (loaded.state === 'failed') {
    body = <Alert type="error" showIcon title={t('expertSession.ui.viewer.failed', { title: document.title, message: loaded.message })} action={fallback} />;
  } else {
    const label = t('expertSession.ui.viewer.contentOf', { title: document.title });
    const loading = t('expertSession.ui.viewer.loading');
    body = (
      <Suspense fallback={<p>{loading}</p>}>
        {kind === 'pdf' && <PdfView bytes={loaded.bytes} title={document.title} onError={onError} />}
        {kind === 'docx' && <DocxView bytes={loaded.bytes} label={label} loading={loading} onError={onError} />}
        {kind === 'image' && <ImageView blob={loaded.blob} label={label} onError={onError} />}
        {kind === 'text' && <TextView text={loaded.text ?? ''} label={label} />}
      </Suspense>
    );
  }

  return (
    <section className="rd-viewer" aria-labelledby="rd-viewer-title" data-testid="document-viewer" data-kind={kind}>
      <div className="rd-viewer-head">
        <h2 id="rd-viewer-title">{document.title}</h2>
        {kind !== 'unsupported' && loaded.state !== 'failed' && fallback}
      </div>
      {body}
      {tabFailure !== null && <Alert type="error" showIcon title={t('expertSession.ui.viewer.failed', { title: document.title, message: tabFailure })} />}
    </section>
  );
}
