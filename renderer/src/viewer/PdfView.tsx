// A PDF in the left pane: pages stacked at the pane's width, drawn as they come into view; previous/next
// buttons, and PageUp/PageDown while the viewer has focus, move a page at a time. Loaded lazily (with pdfjs)
// the first time a PDF is opened.
import { Button } from 'antd';
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useApp } from '../app/app-context';
import { loadPdf } from './pdf-engine';
import { PdfPage } from './PdfPage';

export interface PdfViewProps {
  bytes: ArrayBuffer;
  title: string;
  onError: (cause: unknown) => void;
}

/** Room left for the pane's scrollbar so fit-width does not cause a horizontal one. */
const SCROLLBAR_ALLOWANCE_PX = 24;

export default function PdfView({ bytes, title, onError }: PdfViewProps) {
  const { t } = useApp();
  const pane = useRef<HTMLDivElement>(null);
  const [pdf, setPdf] = useState<PDFDocumentProxy | null>(null);
  const [base, setBase] = useState<{ width: number; height: number } | null>(null);
  const [paneWidth, setPaneWidth] = useState(0);
  const [current, setCurrent] = useState(1);

  useEffect(() => {
    // pdfjs takes the buffer over (transfers it to the worker): hand it a copy so a re-render still has one.
    const task = loadPdf(new Uint8Array(bytes.slice(0)));
    let live = true;
    void (async () => {
      try {
        const loaded = await task.promise;
        const first = await loaded.getPage(1);
        const viewport = first.getViewport({ scale: 1 });
        if (!live) return;
        setBase({ width: viewport.width, height: viewport.height });
        setPdf(loaded);
      } catch (cause) {
        if (live) onError(cause);
      }
    })();
    return () => {
      live = false;
      void task.destroy();
    };
  }, [bytes, onError]);

  useEffect(() => {
    const element = pane.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setPaneWidth(element.clientWidth));
    observer.observe(element);
    setPaneWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const count = pdf?.numPages ?? 0;
  const goTo = useCallback(
    (page: number) => {
      const wanted = Math.min(Math.max(page, 1), count);
      pane.current?.querySelector(`[data-page="${wanted}"]`)?.scrollIntoView({ block: 'start' });
      setCurrent(wanted);
    },
    [count],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    event.preventDefault();
    goTo(current + (event.key === 'PageDown' ? 1 : -1));
  };

  // The page whose top is nearest above the pane's top is the one being read (the pane is the pages'
  // offsetParent: it is positioned in app.css).
  const onScroll = (): void => {
    const element = pane.current;
    if (!element) return;
    const top = element.scrollTop + 1;
    let reading = 1;
    for (const page of element.querySelectorAll<HTMLElement>('[data-page]')) {
      if (page.offsetTop <= top) reading = Number(page.dataset.page);
    }
    setCurrent(reading);
  };

  const scale = base && paneWidth > 0 ? Math.max(paneWidth - SCROLLBAR_ALLOWANCE_PX, 100) / base.width : 0;
  const estimate = base ? { width: base.width * scale, height: base.height * scale } : { width: 0, height: 0 };

  return (
    <div className="rd-pdf">
      <div className="rd-pdf-bar">
        <Button size="small" onClick={() => goTo(current - 1)} disabled={current <= 1}>
          {t('expertSession.ui.viewer.previousPage')}
        </Button>
        <span data-testid="pdf-page-of">{count > 0 ? t('expertSession.ui.viewer.pageOf', { page: current, count }) : t('expertSession.ui.viewer.loading')}</span>
        <Button size="small" onClick={() => goTo(current + 1)} disabled={current >= count}>
          {t('expertSession.ui.viewer.nextPage')}
        </Button>
      </div>
      <div
        ref={pane}
        className="rd-pdf-pages"
        tabIndex={0}
        role="document"
        aria-label={t('expertSession.ui.viewer.pdfPane', { title })}
        onKeyDown={onKeyDown}
        onScroll={onScroll}
      >
        {pdf !== null &&
          scale > 0 &&
          Array.from({ length: count }, (_, index) => (
            <PdfPage
              key={index + 1}
              pdf={pdf}
              pageNumber={index + 1}
              scale={scale}
              estimate={estimate}
              label={t('expertSession.ui.viewer.page', { page: index + 1 })}
              onError={onError}
            />
          ))}
      </div>
    </div>
  );
}
