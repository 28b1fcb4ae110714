// Reads the pixels of the PNGs rsvg-convert writes (8-bit RGBA, not interlaced), only so the contact
// sheet can show the 16 and 32 px icons pixel by pixel: an SVG <image> scaled up is smoothed by librsvg.
import { Buffer } from 'node:buffer';
import { inflateSync } from 'node:zlib';

/**
 * @param {Buffer} png
 * @returns {{ width: number, height: number, rgba: Uint8Array }}
 */
export function readRgba(png) {
  let at = 8;
  let width = 0;
  let height = 0;
  const idat = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const [depth, colour, , , interlace] = data.subarray(8, 13);
      if (depth !== 8 || colour !== 6 || interlace !== 0) throw new Error('expected 8-bit RGBA, not interlaced');
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  return { width, height, rgba: unfilter(inflateSync(Buffer.concat(idat)), width, height) };
}

/** Undoes the per-row PNG filters (None, Sub, Up, Average, Paeth) for 4 bytes per pixel. */
function unfilter(raw, width, height) {
  const stride = width * 4;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    const row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x += 1) {
      const left = x >= 4 ? out[y * stride + x - 4] : 0;
      const up = y > 0 ? out[(y - 1) * stride + x] : 0;
      const upLeft = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4] : 0;
      const predictor = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
      out[y * stride + x] = (row[x] + predictor) & 0xff;
    }
  }
  return out;
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
