// The pdfjs data files the build ships (renderer/src/viewer/pdf-assets.ts): the hand-made fixtures read
// right with them and wrong without them (so the fixtures really need them), and the copy list holds what
// pdfjs asks for by name. pdfjs runs here as its legacy build on Node, reading the files from node_modules;
// test/e2e/pdf-assets.e2e.test.ts checks the same files served by the web host to the app's pdfjs.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { PDFJS_ASSET_FOLDERS, pdfjsAssetCopies, pdfjsAssetUrls, type PdfjsAssetFolder } from '../../../renderer/src/viewer/pdf-assets';
import { cmapFontPdf, JPX_RED_RGB, jpxImagePdf } from './pdf-fixtures';

const PDFJS_DIST = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'pdfjs-dist');
/** pdfjs wants folder URLs with a trailing slash; on Node a plain path is read from disk. */
const dirOf = (folder: PdfjsAssetFolder): string => `${join(PDFJS_DIST, folder.source)}/`;
const WITH_FILES = {
  cMapUrl: dirOf(PDFJS_ASSET_FOLDERS.cMap),
  cMapPacked: true,
  standardFontDataUrl: dirOf(PDFJS_ASSET_FOLDERS.standardFont),
  wasmUrl: dirOf(PDFJS_ASSET_FOLDERS.wasm),
};
type Urls = Partial<typeof WITH_FILES>;

async function pageText(bytes: Uint8Array, urls: Urls): Promise<string> {
  const task = getDocument({ data: bytes, useWasm: false, verbosity: 0, ...urls });
  try {
    const pdf = await task.promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    return content.items.map((item) => ('str' in item ? item.str : '')).join('');
  } finally {
    await task.destroy();
  }
}

/** The first pixel of the page's only image as decoded by pdfjs, or null when pdfjs drew no image. */
async function firstImagePixel(bytes: Uint8Array, urls: Urls): Promise<number[] | null> {
  const task = getDocument({ data: bytes, useWasm: false, verbosity: 0, ...urls });
  try {
    const pdf = await task.promise;
    const page = await pdf.getPage(1);
    const list = await page.getOperatorList();
    const at = list.fnArray.indexOf(OPS.paintImageXObject);
    if (at < 0) return null;
    const id: unknown = list.argsArray[at]?.[0];
    if (typeof id !== 'string') return null;
    // Images arrive apart from the operator list: wait for this one.
    const image = await new Promise<unknown>((resolve, reject) => page.objs.get(id, resolve, reject));
    if (typeof image !== 'object' || image === null || !('data' in image) || !(image.data instanceof Uint8ClampedArray)) return null;
    return Array.from(image.data.subarray(0, 3));
  } finally {
    await task.destroy();
  }
}

describe('pdfjs reads the hand-made government-style PDFs only with its data files', () => {
  it('decodes Chinese text in a non-embedded Adobe-GB1 font through the UniGB-UCS2-H CMap', async () => {
    expect(await pageText(cmapFontPdf('公共文化'), WITH_FILES)).toBe('公共文化');
  });

  it('does not, without the CMaps (so the fixture needs them)', async () => {
    const { cMapUrl: _cMapUrl, ...withoutCMaps } = WITH_FILES;
    expect(await pageText(cmapFontPdf('公共文化'), withoutCMaps)).not.toContain('公');
  });

  it('decodes a JPEG 2000 image with WebAssembly off through openjpeg_nowasm_fallback.js', async () => {
    expect(await firstImagePixel(jpxImagePdf(), WITH_FILES)).toEqual([...JPX_RED_RGB]);
  });

  it('does not, without the fallback decoder (so the fixture needs it)', async () => {
    const { wasmUrl: _wasmUrl, ...withoutDecoders } = WITH_FILES;
    expect(await firstImagePixel(jpxImagePdf(), withoutDecoders)).toBeNull();
  });
});

describe('the pdfjs files the renderer build copies', () => {
  const copiesOf = (folder: PdfjsAssetFolder): string[] => pdfjsAssetCopies(folder, readdirSync(join(PDFJS_DIST, folder.source))).map((copy) => copy.to);

  it('ships every packed CMap, so any predefined CJK encoding resolves', () => {
    const bcmaps = readdirSync(join(PDFJS_DIST, 'cmaps')).filter((name) => name.endsWith('.bcmap'));
    const copied = copiesOf(PDFJS_ASSET_FOLDERS.cMap);
    expect(bcmaps.length).toBeGreaterThan(100);
    expect(copied).toEqual(expect.arrayContaining(bcmaps.map((name) => `pdfjs/cmaps/${name}`)));
    expect(copied).toEqual(expect.arrayContaining(['pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'pdfjs/cmaps/GBK-EUC-H.bcmap', 'pdfjs/cmaps/LICENSE']));
  });

  it('ships the standard fonts with their licences', () => {
    expect(copiesOf(PDFJS_ASSET_FOLDERS.standardFont)).toEqual(
      expect.arrayContaining(['pdfjs/standard_fonts/FoxitSerif.pfb', 'pdfjs/standard_fonts/LiberationSans-Regular.ttf', 'pdfjs/standard_fonts/LICENSE_FOXIT']),
    );
  });

  it('ships only the JS image decoders of wasm/ (WebAssembly stays off) and their licences', () => {
    expect(copiesOf(PDFJS_ASSET_FOLDERS.wasm)).toEqual([
      'pdfjs/wasm/LICENSE_JBIG2',
      'pdfjs/wasm/LICENSE_OPENJPEG',
      'pdfjs/wasm/LICENSE_PDFJS_JBIG2',
      'pdfjs/wasm/LICENSE_PDFJS_OPENJPEG',
      'pdfjs/wasm/jbig2_nowasm_fallback.js',
      'pdfjs/wasm/openjpeg_nowasm_fallback.js',
    ]);
  });

  it('fails the build when pdfjs-dist no longer has a file pdfjs will ask for', () => {
    expect(() => pdfjsAssetCopies(PDFJS_ASSET_FOLDERS.cMap, ['GBK-EUC-H.bcmap', 'Adobe-GB1-UCS2.bcmap'])).toThrow(/UniGB-UCS2-H\.bcmap/);
  });

  it('gives pdfjs absolute same-origin folder URLs where the build puts the files', () => {
    expect(pdfjsAssetUrls('http://127.0.0.1:8123/')).toEqual({
      cMapUrl: 'http://127.0.0.1:8123/pdfjs/cmaps/',
      standardFontDataUrl: 'http://127.0.0.1:8123/pdfjs/standard_fonts/',
      wasmUrl: 'http://127.0.0.1:8123/pdfjs/wasm/',
    });
  });
});
