// pdfjs set up for the counties' PDFs under the page's strict CSP. Imported only by the lazily loaded PDF
// view, so pdfjs stays out of the workspace's first bundle. Only the display API is used: no viewer
// component, no scripting sandbox (pdf.sandbox is never loaded, so the file's JavaScript never runs) and no
// annotation layer (the file's links and actions are not followed).
import { getDocument, GlobalWorkerOptions, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { pdfjsAssetUrls } from './pdf-assets';

// The worker is a file Vite emits next to the bundle: same origin, so `default-src 'self'` allows it and no
// blob: worker is needed.
GlobalWorkerOptions.workerSrc = workerUrl;

export function loadPdf(bytes: Uint8Array): PDFDocumentLoadingTask {
  return getDocument({
    data: bytes,
    // pdfjs 6 no longer has `isEvalSupported` (it never evaluates strings); XFA forms are still opt-in and
    // stay off: they would turn the file's form into HTML in our page.
    enableXfa: false,
    // pdfjs's data files, copied into the build under pdfjs/ (pdf-assets.ts) and fetched by the worker from
    // our origin: CMaps for Chinese fonts the PDF does not embed (UniGB-UCS2-H, GBK-EUC-H…, Adobe-GB1),
    // the standard 14 fonts, and the JS image decoders. Packed (.bcmap) CMaps are the only ones pdfjs ships.
    ...pdfjsAssetUrls(document.baseURI),
    cMapPacked: true,
    // WebAssembly (JPX/JBIG2 decoders, ICC colour, PostScript functions) would need 'wasm-unsafe-eval' in
    // script-src. Off, pdfjs uses its JS paths: PostScript functions in JS, device colour instead of ICC, and
    // for JPX (JPEG 2000), JBIG2 and CCITT fax images it imports the *_nowasm_fallback.js decoders from
    // `wasmUrl`, same-origin module scripts that `script-src 'self'` allows in the worker.
    useWasm: false,
    // Fonts embedded in the PDF go to the browser as FontFace objects built from bytes (no URL, so font-src
    // is not involved) and pass the browser's font sanitiser like any web font; drawing glyphs as paths
    // instead (`true`) also turns off system-font fallback, which blanks the non-embedded Chinese fonts
    // (SimSun and the like) that government PDFs commonly use.
    disableFontFace: false,
  });
}
