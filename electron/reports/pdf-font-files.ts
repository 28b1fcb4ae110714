// Where the report font (Noto Sans SC from @embedpdf/fonts-sc) lies on disk. pdfkit reads fonts by path, so
// they cannot be bundled like code. From the TypeScript sources (tsx, vitest) they are read where npm put
// them; a build has no node_modules, so scripts/build-app.mjs copies the two files used into out/fonts/
// (electron/main/app-paths.ts lists the layout), and a bundle in out/main/ finds them one folder up, inside
// app.asar in an installed app.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FontFiles {
  normal: string;
  bold: string;
  italics: string;
  bolditalics: string;
}

/** The files a build copies into out/fonts/ (scripts/build-app.mjs lists the same two names). */
export const PDF_FONT_FILE_NAMES = { regular: 'NotoSansHans-Regular.otf', bold: 'NotoSansHans-Bold.otf' } as const;

/** The folder holding the font files for the code that is running: npm's copy, or the build's. */
export function pdfFontsDir(moduleUrl: string = import.meta.url): string {
  // Under tsx or vitest this module is its .ts source; bundled by esbuild it is out/main/<entry>.js.
  if (!moduleUrl.endsWith('.ts')) return fileURLToPath(new URL('../fonts/', moduleUrl));
  const require = createRequire(moduleUrl);
  // The package's exports map hides its font files from require.resolve; they sit beside its dist/.
  return join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
}

export function pdfFontFiles(fontsDir: string = pdfFontsDir()): FontFiles {
  const regular = join(fontsDir, PDF_FONT_FILE_NAMES.regular);
  const bold = join(fontsDir, PDF_FONT_FILE_NAMES.bold);
  // The font has no italics; pdfmake needs a file for every variant a style could ask for.
  return { normal: regular, bold, italics: regular, bolditalics: bold };
}
