// pdfmake's Node entry (its package "main"), imported by path so that esbuild bundles it into the app and
// TypeScript sees only this declaration: @types/pdfmake carries `/// <reference lib="dom" />`, which would
// pull the DOM into the Node-side program. render-pdf.ts narrows it to the part it uses.
declare module 'pdfmake/js/index.js' {
  const pdfmake: unknown;
  export default pdfmake;
}
