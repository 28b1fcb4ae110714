// @vitest-environment happy-dom
// @vitest-environment-options { "url": "http://127.0.0.1:8123/" }
// The viewer's pdfjs options: the data files at the URLs the build copies them to (pdf-assets.test.ts proves
// the files are needed and copied; the e2e test that the host serves them to the app's pdfjs), WebAssembly
// and XFA off. pdfjs itself is replaced here: only the options given to getDocument are looked at.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const pdfjs = vi.hoisted(() => ({ getDocument: vi.fn(), GlobalWorkerOptions: { workerSrc: '' } }));
vi.mock('pdfjs-dist', () => pdfjs);

const { loadPdf } = await import('../../../renderer/src/viewer/pdf-engine');

describe('loadPdf', () => {
  beforeEach(() => pdfjs.getDocument.mockReset());

  it('points pdfjs at the CMaps, standard fonts and no-wasm decoders under the page’s own origin', () => {
    const bytes = new Uint8Array([37, 80, 68, 70]);
    loadPdf(bytes);
    expect(pdfjs.getDocument).toHaveBeenCalledTimes(1);
    expect(pdfjs.getDocument.mock.calls[0]?.[0]).toEqual({
      data: bytes,
      cMapUrl: 'http://127.0.0.1:8123/pdfjs/cmaps/',
      cMapPacked: true,
      standardFontDataUrl: 'http://127.0.0.1:8123/pdfjs/standard_fonts/',
      wasmUrl: 'http://127.0.0.1:8123/pdfjs/wasm/',
      useWasm: false,
      enableXfa: false,
      disableFontFace: false,
    });
  });

  it('runs the worker from a same-origin file, not a blob', () => {
    expect(pdfjs.GlobalWorkerOptions.workerSrc).toMatch(/pdf\.worker\.min\.mjs$/);
  });
});
