// The contact sheet (preview.png) as an SVG for rsvg-convert: the large renders, the 16 and 32 px
// renders magnified pixel by pixel, and every small size at its real size on a light and a dark strip,
// which is how a reviewer judges an icon set without opening four operating systems. No text, so it
// needs no fonts.
import { readRgba } from './png-pixels.mjs';

const MIN_WIDTH = 1160;
const GAP = 10;
const GROUP_GAP = 30;
const MAGNIFIED = 128;

/**
 * @param {{ large: Buffer[], magnify: Buffer[], actual: Buffer[][] }} parts large renders (first is the
 *   app icon), PNGs to magnify, and per icon its small sizes in ascending order
 * @returns {string}
 */
export function contactSheetSvg({ large, magnify, actual }) {
  const [app, ...files] = large;
  const stripHeight = 16 + Math.max(...actual.flat().map(pngSize));
  const actualTop = 392 + MAGNIFIED + 32;
  const height = actualTop + 2 * stripHeight + 24;
  const actualWidth = actual.reduce((sum, pngs) => sum + pngs.reduce((row, png) => row + pngSize(png) + GAP, GROUP_GAP), 0);
  const width = Math.max(MIN_WIDTH, 24 + actualWidth);
  const parts = [
    `<rect width="${width}" height="${height}" fill="#ECEEEF"/>`,
    image(app, 24, 24, 320),
    ...files.map((png, index) => image(png, 392 + index * 256, 74, 220)),
    ...magnify.map((png, index) => magnified(png, 24 + index * (MAGNIFIED + 11), 392)),
    `<rect y="${actualTop + stripHeight}" width="${width}" height="${stripHeight + 24}" fill="#25282B"/>`,
    ...[actualTop, actualTop + stripHeight].flatMap((top) => actualSizes(actual, top + 8)),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}">\n${parts.join('\n')}\n</svg>\n`;
}

function actualSizes(actual, top) {
  let x = 24;
  return actual.flatMap((pngs) => {
    const placed = pngs.map((png) => {
      const size = pngSize(png);
      const tag = image(png, x, top, size);
      x += size + GAP;
      return tag;
    });
    x += GROUP_GAP;
    return placed;
  });
}

function pngSize(png) {
  return png.readUInt32BE(16);
}

function image(png, x, y, size) {
  return `<image x="${x}" y="${y}" width="${size}" height="${size}" xlink:href="data:image/png;base64,${png.toString('base64')}"/>`;
}

/** One square per pixel, so the magnified view shows the real pixels rather than a smoothed guess. */
function magnified(png, left, top) {
  const { width, height, rgba } = readRgba(png);
  const scale = MAGNIFIED / width;
  const squares = [`<rect x="${left}" y="${top}" width="${MAGNIFIED}" height="${MAGNIFIED}" fill="#FFFFFF"/>`];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const alpha = rgba[at + 3];
      if (alpha === 0) continue;
      const colour = `#${[rgba[at], rgba[at + 1], rgba[at + 2]].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
      const opacity = alpha === 255 ? '' : ` fill-opacity="${(alpha / 255).toFixed(3)}"`;
      squares.push(`<rect x="${left + x * scale}" y="${top + y * scale}" width="${scale}" height="${scale}" fill="${colour}"${opacity}/>`);
    }
  }
  return `<g shape-rendering="crispEdges">${squares.join('')}</g>`;
}
