// Renders the Review Desk (评审台) icon set from the SVG drawings in this folder and packs it for
// electron-builder.
//
// Needs Node 22+ and librsvg's rsvg-convert (Debian: `apt-get install -y librsvg2-bin`; made with 2.54.7).
// Rerun after editing any SVG, from the repository root:
//     node build/icons/make-icons.mjs
// then look at build/icons/preview.png and commit the outputs with the SVGs. The outputs are committed,
// so packaging never needs rsvg-convert; test/build/icons.test.ts checks them.
//
// Outputs (the electron-builder config uses exactly these names):
//   icon.png (1024 px), png/<n>x<n>.png (Linux), icon.ico (Windows), icon.icns (macOS),
//   file-<ext>.png (512 px), file-<ext>.ico, file-<ext>.icns for the three exchange files,
//   preview.png, a contact sheet for review.
// Every drawing has a simplified twin (<name>-small.svg) that serves 32 px and below, where the large
// drawing's detail turns to mush. The app icon's large drawing keeps the macOS grid's margin (the tile
// is 824 of 1024 px) everywhere but in the Windows .ico, which crops most of it away: Windows shows
// icons that conventionally fill their square, where the margin would make ours look small beside them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { contactSheetSvg } from './contact-sheet.mjs';
import { packIcns, packIco } from './icon-containers.mjs';

const here = import.meta.dirname;
const SMALL_DRAWING_UP_TO = 32;
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// PNG-payload types only; ic11..ic14 are the @2x (Retina) slots of 16, 32, 128 and 256 pt.
const ICNS_TYPES = [
  ['icp4', 16], ['icp5', 32], ['ic11', 32], ['ic12', 64], ['ic07', 128],
  ['ic13', 256], ['ic08', 256], ['ic14', 512], ['ic09', 512], ['ic10', 1024],
];
const FILE_TYPES = ['rdsession', 'rdscores', 'rdarchive'];
const FILE_PNG_SIZE = 512;
const FULL_VIEW = '0 0 1024 1024';
const WINDOWS_APP_VIEW = '64 64 896 896';

const rendered = new Map();

/**
 * The PNG of drawing `name` at `size` px, from its small twin at 32 px and below; `view` (a viewBox of
 * the large drawing) crops it.
 */
function render(name, size, view = FULL_VIEW) {
  const key = `${name}@${size}:${view}`;
  if (!rendered.has(key)) {
    const small = size <= SMALL_DRAWING_UP_TO;
    const svg = readFileSync(join(here, small ? `${name}-small.svg` : `${name}.svg`), 'utf8');
    if (!small && !svg.includes(`viewBox="${FULL_VIEW}"`)) throw new Error(`${name}.svg must have viewBox="${FULL_VIEW}"`);
    const cropped = small ? svg : svg.replace(`viewBox="${FULL_VIEW}"`, `viewBox="${view}"`);
    const args = ['--width', String(size), '--height', String(size), '--format', 'png'];
    rendered.set(key, execFileSync('rsvg-convert', args, { input: cropped, maxBuffer: 64 << 20 }));
  }
  return rendered.get(key);
}

function write(relativePath, bytes) {
  writeFileSync(join(here, relativePath), bytes);
  process.stdout.write(`${relativePath}  ${bytes.length} bytes\n`);
}

function writeContainers(name, outputBase, windowsView = FULL_VIEW) {
  write(`${outputBase}.ico`, packIco(ICO_SIZES.map((size) => ({ size, png: render(name, size, windowsView) }))));
  write(`${outputBase}.icns`, packIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: render(name, size) }))));
}

mkdirSync(join(here, 'png'), { recursive: true });
for (const size of LINUX_SIZES) write(`png/${size}x${size}.png`, render('icon', size));
write('icon.png', render('icon', 1024));
writeContainers('icon', 'icon', WINDOWS_APP_VIEW);
for (const ext of FILE_TYPES) {
  write(`file-${ext}.png`, render(`file-${ext}`, FILE_PNG_SIZE));
  writeContainers(`file-${ext}`, `file-${ext}`);
}

const drawings = ['icon', ...FILE_TYPES.map((ext) => `file-${ext}`)];
const sheet = contactSheetSvg({
  large: [render('icon', 1024), ...FILE_TYPES.map((ext) => render(`file-${ext}`, FILE_PNG_SIZE))],
  magnify: drawings.flatMap((name) => [render(name, 16), render(name, 32)]),
  actual: [
    ...drawings.map((name) => [16, 24, 32, 48, 64].map((size) => render(name, size))),
    [48, 64].map((size) => render('icon', size, WINDOWS_APP_VIEW)),
  ],
});
write('preview.png', execFileSync('rsvg-convert', ['--format', 'png'], { input: sheet, maxBuffer: 64 << 20 }));
