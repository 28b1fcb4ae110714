// Module shapes TypeScript cannot see on its own. The renderer's tsconfig has no `vite/client` types (they
// would bring in every Vite import form); only the two forms the viewer uses are declared.

/** Vite's `?url` import: the emitted file's same-origin URL, so the pdfjs worker is a script-src 'self' file. */
declare module '*?url' {
  const url: string;
  export default url;
}

/**
 * mammoth's prebuilt browser bundle (UMD, no Node built-ins). Its package types describe the Node entry and
 * mention Buffer, which the renderer has no types for; the viewer needs only raw text extraction.
 */
declare module 'mammoth/mammoth.browser.js' {
  interface RawTextResult {
    value: string;
    messages: readonly { type: string; message: string }[];
  }
  const mammoth: { extractRawText(input: { arrayBuffer: ArrayBuffer }): Promise<RawTextResult> };
  export default mammoth;
}
