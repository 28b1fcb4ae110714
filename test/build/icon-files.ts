// Readers for the committed icon files, written from the formats' specifications and independent of
// build/icons/make-icons.mjs, so a packing mistake there shows up here instead of being shared.
import { inflateSync } from 'node:zlib';

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlace: number;
}

interface PngChunk {
  type: string;
  data: Buffer;
}

function pngChunks(png: Buffer): PngChunk[] {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG: signature missing');
  const chunks: PngChunk[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`PNG chunk at ${at} runs past the end`);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at = end;
  }
  if (chunks[0]?.type !== 'IHDR') throw new Error('PNG does not begin with IHDR');
  if (chunks.at(-1)?.type !== 'IEND') throw new Error('PNG does not end with IEND');
  return chunks;
}

/** The IHDR fields, which must be the first chunk after the signature. */
export function pngHeader(png: Buffer): PngHeader {
  const ihdr = pngChunks(png)[0]?.data;
  if (!ihdr || ihdr.length !== 13) throw new Error('IHDR is not 13 bytes');
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr.readUInt8(8),
    colourType: ihdr.readUInt8(9),
    interlace: ihdr.readUInt8(12),
  };
}

/** The pixels of an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes), 4 bytes each. */
export function pngRgba(png: Buffer): Uint8Array {
  const { width, height, bitDepth, colourType, interlace } = pngHeader(png);
  if (bitDepth !== 8 || colourType !== 6 || interlace !== 0) throw new Error('expected an 8-bit RGBA PNG, not interlaced');
  const idat = pngChunks(png).filter((chunk) => chunk.type === 'IDAT').map((chunk) => chunk.data);
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  if (raw.length !== (stride + 1) * height) throw new Error('IDAT holds the wrong number of bytes for the size');
  const out = new Uint8Array(stride * height);
  const at = (index: number): number => out[index] ?? 0;
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x += 1) {
      const left = x >= 4 ? at(y * stride + x - 4) : 0;
      const up = y > 0 ? at((y - 1) * stride + x) : 0;
      const upLeft = x >= 4 && y > 0 ? at((y - 1) * stride + x - 4) : 0;
      out[y * stride + x] = ((raw[y * (stride + 1) + 1 + x] ?? 0) + predict(filter, left, up, upLeft)) & 0xff;
    }
  }
  return out;
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 0:
      return 0;
    case 1:
      return left;
    case 2:
      return up;
    case 3:
      return (left + up) >> 1;
    case 4: {
      const p = left + up - upLeft;
      const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
      return pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
    }
    default:
      throw new Error(`unknown PNG filter type ${filter}`);
  }
}

export interface IcoEntry {
  /** 1..256 (the byte 0 stands for 256). */
  width: number;
  height: number;
  bitsPerPixel: number;
  byteLength: number;
  offset: number;
}

/** ICONDIR (reserved 0, type 1 = icon, count) and its 16-byte ICONDIRENTRY records. */
export function icoEntries(ico: Buffer): IcoEntry[] {
  if (ico.readUInt16LE(0) !== 0 || ico.readUInt16LE(2) !== 1) throw new Error('not an .ico: ICONDIR reserved/type wrong');
  const count = ico.readUInt16LE(4);
  return Array.from({ length: count }, (_, index) => {
    const at = 6 + 16 * index;
    return {
      width: ico.readUInt8(at) || 256,
      height: ico.readUInt8(at + 1) || 256,
      bitsPerPixel: ico.readUInt16LE(at + 6),
      byteLength: ico.readUInt32LE(at + 8),
      offset: ico.readUInt32LE(at + 12),
    };
  });
}

export interface IcnsEntry {
  type: string;
  data: Buffer;
}

export interface Icns {
  declaredLength: number;
  entries: IcnsEntry[];
}

/** 'icns' + big-endian total length, then entries of type + big-endian length (header included) + data. */
export function icnsEntries(icns: Buffer): Icns {
  if (icns.toString('latin1', 0, 4) !== 'icns') throw new Error("not an .icns: no 'icns' magic");
  const declaredLength = icns.readUInt32BE(4);
  const entries: IcnsEntry[] = [];
  let at = 8;
  while (at < Math.min(declaredLength, icns.length)) {
    const length = icns.readUInt32BE(at + 4);
    if (length < 8 || at + length > icns.length) throw new Error(`.icns entry at ${at} has a bad length ${length}`);
    entries.push({ type: icns.toString('latin1', at, at + 4), data: icns.subarray(at + 8, at + length) });
    at += length;
  }
  if (at !== declaredLength) throw new Error(`.icns entries end at ${at}, not at the declared ${declaredLength}`);
  return { declaredLength, entries };
}
