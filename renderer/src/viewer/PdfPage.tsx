// One PDF page: a placeholder of the page's size until it scrolls near the viewport, then a canvas rendered
// at the fit-width scale (times the device pixel ratio, for sharp text). Pages far out of view are not
// drawn, so a 200-page plan costs only the pages the expert looks at.
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';

export interface PdfPageProps {
  pdf: PDFDocumentProxy;
  pageNumber: number;
  /** CSS pixels per PDF point, from the pane's width. */
  scale: number;
  /** The size to reserve before the page itself is known (the first page's, at `scale`). */
  estimate: { width: number; height: number };
  label: string;
  onError: (cause: unknown) => void;
}

export function PdfPage({ pdf, pageNumber, scale, estimate, label, onError }: PdfPageProps) {
  const holder = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [visible, setVisible] = useState(false);
  const [size, setSize] = useState(estimate);

  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    // Rendered once it comes within a screen of the pane's view; not un-rendered when it leaves.
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setVisible(true), { rootMargin: '100% 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let live = true;
    let task: RenderTask | null = null;
    void (async () => {
      try {
        const page = await pdf.getPage(pageNumber);
        const target = canvas.current;
        if (!live || !target) return;
        const viewport = page.getViewport({ scale });
        const ratio = window.devicePixelRatio || 1;
        target.width = Math.floor(viewport.width * ratio);
        target.height = Math.floor(viewport.height * ratio);
        setSize({ width: viewport.width, height: viewport.height });
        task = page.render({ canvas: target, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] });
        await task.promise;
      } catch (cause) {
        // A cancelled render (scale changed, or the view closed) is not a failure.
        if (live) onError(cause);
      }
    })();
    return () => {
      live = false;
      task?.cancel();
    };
  }, [visible, pdf, pageNumber, scale, onError]);

  return (
    <div ref={holder} className="rd-pdf-page" data-page={pageNumber} style={{ width: size.width, height: size.height }}>
      <canvas ref={canvas} role="img" aria-label={label} style={{ width: size.width, height: size.height }} />
    </div>
  );
}
