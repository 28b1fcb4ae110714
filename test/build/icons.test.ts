// The committed icon set (build/icons, made by build/icons/make-icons.mjs) is what electron-builder packs:
// every PNG is the size its name says, the .ico and .icns hold exactly the planned images as sound PNGs
// inside sound containers, the small sizes are real drawings rather than flat squares, the three file
// types look different, the sources draw without fonts, and the folder stays within its size budget.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { icnsEntries, icoEntries, PNG_SIGNATURE, pngHeader, pngRgba } from './icon-files';

const ICONS = join(import.meta.dirname, '../../build/icons');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES: Record<string, number> = {
  icp4: 16, icp5: 32, ic11: 32, ic12: 64, ic07: 128, ic13: 256, ic08: 256, ic14: 512, ic09: 512, ic10: 1024,
};
const FILE_TYPES = ['rdsession', 'rdscores', 'rdarchive'];
const ICON_BASES = ['icon', ...FILE_TYPES.map((ext) => `file-${ext}`)];
const SIZE_BUDGET = 1.5 * 1024 * 1024;

const read = (name: string): Buffer => readFileSync(join(ICONS, name));

function icoImages(name: string): { size: number; png: Buffer }[] {
  const ico = read(name);
  return icoEntries(ico).map((entry) => ({ size: entry.width, png: ico.subarray(entry.offset, entry.offset + entry.byteLength) }));
}

/** How many different RGBA values, and what share of the pixels is fully opaque. */
function pixelStats(png: Buffer): { colours: number; opaqueShare: number } {
  const rgba = pngRgba(png);
  const colours = new Set<number>();
  let opaque = 0;
  for (let at = 0; at < rgba.length; at += 4) {
    colours.add(Buffer.from(rgba.subarray(at, at + 4)).readUInt32BE(0));
    if (rgba[at + 3] === 255) opaque += 1;
  }
  return { colours: colours.size, opaqueShare: opaque / (rgba.length / 4) };
}

/** Mean colour of the opaque pixels, [r, g, b]. */
function meanOpaqueColour(png: Buffer): number[] {
  const rgba = pngRgba(png);
  const sum = [0, 0, 0];
  let count = 0;
  for (let at = 0; at < rgba.length; at += 4) {
    if (rgba[at + 3] !== 255) continue;
    for (let channel = 0; channel < 3; channel += 1) sum[channel] = (sum[channel] ?? 0) + (rgba[at + channel] ?? 0);
    count += 1;
  }
  return sum.map((total) => total / count);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]));
}

describe('PNG files', () => {
  it('png/ holds exactly the Linux sizes, each as large as its name says', () => {
    expect(readdirSync(join(ICONS, 'png')).sort()).toEqual(LINUX_SIZES.map((size) => `${size}x${size}.png`).sort());
    for (const size of LINUX_SIZES) {
      expect(pngHeader(read(`png/${size}x${size}.png`)), `${size}x${size}.png`).toMatchObject({ width: size, height: size });
    }
  });

  it('icon.png is 1024 px and each file-type PNG 512 px', () => {
    expect(pngHeader(read('icon.png'))).toMatchObject({ width: 1024, height: 1024 });
    for (const ext of FILE_TYPES) expect(pngHeader(read(`file-${ext}.png`)), ext).toMatchObject({ width: 512, height: 512 });
  });
});

describe.each(ICON_BASES)('%s.ico', (base) => {
  const ico = read(`${base}.ico`);

  it('lists exactly the planned sizes, 32-bit', () => {
    const entries = icoEntries(ico);
    expect(entries.map((entry) => [entry.width, entry.height])).toEqual(ICO_SIZES.map((size) => [size, size]));
    expect(entries.every((entry) => entry.bitsPerPixel === 32)).toBe(true);
  });

  it('points every entry past the directory, inside the file, without overlap, at a PNG of its size', () => {
    const entries = icoEntries(ico);
    let previousEnd = 6 + 16 * entries.length;
    for (const entry of [...entries].sort((a, b) => a.offset - b.offset)) {
      expect(entry.offset).toBeGreaterThanOrEqual(previousEnd);
      expect(entry.offset + entry.byteLength).toBeLessThanOrEqual(ico.length);
      const png = ico.subarray(entry.offset, entry.offset + entry.byteLength);
      expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
      expect(pngHeader(png)).toMatchObject({ width: entry.width, height: entry.height });
      previousEnd = entry.offset + entry.byteLength;
    }
    expect(previousEnd).toBe(ico.length);
  });
});

describe.each(ICON_BASES)('%s.icns', (base) => {
  const icns = read(`${base}.icns`);

  it('declares its own length and holds each planned PNG type once, at its size', () => {
    const { declaredLength, entries } = icnsEntries(icns);
    expect(declaredLength).toBe(icns.length);
    expect(entries.map((entry) => entry.type).sort()).toEqual(Object.keys(ICNS_SIZES).sort());
    for (const { type, data } of entries) {
      const size = ICNS_SIZES[type];
      expect(pngHeader(data), type).toMatchObject({ width: size, height: size });
    }
  });
});

describe('what the icons show', () => {
  const smallest = ICON_BASES.flatMap((base) => [
    { name: `${base}.ico 16 px`, png: (): Buffer | undefined => icoImages(`${base}.ico`).find((image) => image.size === 16)?.png },
    { name: `${base}.icns icp4`, png: (): Buffer | undefined => icnsEntries(read(`${base}.icns`)).entries.find((entry) => entry.type === 'icp4')?.data },
  ]);

  it.each(smallest)('$name is a drawing, not a flat or empty square', ({ png }) => {
    const image = png();
    expect(image).toBeDefined();
    const { colours, opaqueShare } = pixelStats(image ?? Buffer.alloc(0));
    expect(colours).toBeGreaterThanOrEqual(8);
    expect(opaqueShare).toBeGreaterThanOrEqual(0.4);
  });

  it('the 1024 px app icon has the detail of a real drawing', () => {
    expect(pixelStats(read('icon.png')).colours).toBeGreaterThanOrEqual(256);
  });

  it('the three file types differ in colour from one another', () => {
    const means = FILE_TYPES.map((ext) => meanOpaqueColour(read(`file-${ext}.png`)));
    for (const [i, a] of means.entries()) {
      for (const b of means.slice(i + 1)) {
        const distance = Math.hypot(...a.map((value, channel) => value - (b[channel] ?? 0)));
        expect(distance).toBeGreaterThan(8);
      }
    }
  });
});

describe('sources and budget', () => {
  const sources = ICON_BASES.flatMap((base) => [`${base}.svg`, `${base}-small.svg`]);

  it.each(sources)('%s draws with shapes only: no text (fonts), no images, no links out', (name) => {
    const svg = read(name).toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (1024 1024|32 32)"/);
    expect(svg).not.toMatch(/<(text|image|use|foreignObject|style)\b|href=/i);
  });

  it('build/icons stays under 1.5 MB', () => {
    const total = filesUnder(ICONS).reduce((sum, path) => sum + statSync(path).size, 0);
    expect(total).toBeLessThan(SIZE_BUDGET);
  });
});
