// The pdfjs data files the viewer needs at run time, listed once for both sides: the build
// (renderer/vite.config.ts copies them next to the bundle) and the engine (pdf-engine.ts gives pdfjs their
// URLs), so the copied folders and the URLs cannot drift apart. The pdfjs worker fetches or imports them
// from our own origin, which the hosts' CSP (`default-src 'self'`, `script-src 'self'`) already allows.
// Pure: no DOM and no Node, because the Vite config (on Node) imports it too.

export interface PdfjsAssetFolder {
  /** Folder inside the pdfjs-dist package. */
  source: string;
  /** Folder inside the build, which is also its URL path under the page's base; ends in `/` as pdfjs requires. */
  target: string;
  /** Files that must be there: a pdfjs update that moves them fails the build instead of blanking text. */
  required: readonly string[];
  /** The files of the source folder that ship (their licences go along with them). */
  keep(name: string): boolean;
}

const isLicence = (name: string): boolean => name.startsWith('LICENSE');

export const PDFJS_ASSET_FOLDERS = {
  // Predefined CMaps (UniGB-UCS2-H, GBK-EUC-H…): a CJK font that is not embedded (common in the government
  // PDFs WPS and older tools make) is decoded through them; without them its Chinese text comes out wrong.
  cMap: {
    source: 'cmaps',
    target: 'pdfjs/cmaps/',
    required: ['UniGB-UCS2-H.bcmap', 'GBK-EUC-H.bcmap', 'Adobe-GB1-UCS2.bcmap'],
    keep: (name) => name.endsWith('.bcmap') || isLicence(name),
  },
  // The standard 14 fonts (Helvetica, Times…) for PDFs that name them without embedding them.
  standardFont: {
    source: 'standard_fonts',
    target: 'pdfjs/standard_fonts/',
    required: ['FoxitSerif.pfb', 'LiberationSans-Regular.ttf'],
    keep: (name) => name.endsWith('.pfb') || name.endsWith('.ttf') || isLicence(name),
  },
  // WebAssembly stays off (the CSP has no 'wasm-unsafe-eval'), so pdfjs imports the JS builds of its image
  // decoders instead: JPX (JPEG 2000), and JBIG2 with CCITT fax, the usual encodings of scanned pages.
  // The .wasm files themselves, ICC colour (qcms) and the scripting engine (quickjs) are left out.
  wasm: {
    source: 'wasm',
    target: 'pdfjs/wasm/',
    required: ['openjpeg_nowasm_fallback.js', 'jbig2_nowasm_fallback.js'],
    keep: (name) => name.endsWith('_nowasm_fallback.js') || /^LICENSE_(PDFJS_)?(OPENJPEG|JBIG2)$/.test(name),
  },
} as const satisfies Record<string, PdfjsAssetFolder>;

export interface AssetCopy {
  /** Path inside the pdfjs-dist package. */
  from: string;
  /** Path inside the build. */
  to: string;
}

/** What to copy from one folder, given the names found in it; throws when a required file is missing. */
export function pdfjsAssetCopies(folder: PdfjsAssetFolder, names: readonly string[]): AssetCopy[] {
  const missing = folder.required.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new Error(`pdfjs-dist/${folder.source} lacks ${missing.join(', ')}`);
  return names
    .filter((name) => folder.keep(name))
    .sort()
    .map((name) => ({ from: `${folder.source}/${name}`, to: `${folder.target}${name}` }));
}

export interface PdfjsAssetUrls {
  cMapUrl: string;
  standardFontDataUrl: string;
  wasmUrl: string;
}

/**
 * getDocument's URL options for a page whose document base is `base`. Absolute, because the worker resolves a
 * relative URL against its own script (under assets/), not against the page.
 */
export function pdfjsAssetUrls(base: string): PdfjsAssetUrls {
  const at = (folder: PdfjsAssetFolder): string => new URL(folder.target, base).href;
  return { cMapUrl: at(PDFJS_ASSET_FOLDERS.cMap), standardFontDataUrl: at(PDFJS_ASSET_FOLDERS.standardFont), wasmUrl: at(PDFJS_ASSET_FOLDERS.wasm) };
}
