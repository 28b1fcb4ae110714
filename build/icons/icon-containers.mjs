// The two icon containers electron-builder wants, written by hand: both are a short header, a table of
// entries and the images, and every entry here embeds a whole PNG file (Windows Vista+ and macOS 10.7+
// read PNG payloads), so no pixel encoding is needed.
import { Buffer } from 'node:buffer';

/**
 * Windows .ico: ICONDIR (reserved 0, type 1, count), one 16-byte ICONDIRENTRY per image, then the PNGs.
 * Sizes run 1..256; the width and height bytes hold 0 for 256, as the format says.
 * @param {{ size: number, png: Buffer }[]} images
 * @returns {Buffer}
 */
export function packIco(images) {
  const headerLength = 6 + 16 * images.length;
  const header = Buffer.alloc(headerLength);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = headerLength;
  images.forEach(({ size, png }, index) => {
    if (size < 1 || size > 256) throw new Error(`an .ico image is 1..256 px, not ${size}`);
    const at = 6 + 16 * index;
    header.writeUInt8(size === 256 ? 0 : size, at);
    header.writeUInt8(size === 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3); // reserved
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel (RGBA)
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(({ png }) => png)]);
}

/**
 * macOS .icns: 'icns' and the whole file's length (big-endian), then per image its four-letter type and
 * its length including that 8-byte entry header, then the PNG.
 * @param {{ type: string, png: Buffer }[]} images
 * @returns {Buffer}
 */
export function packIcns(images) {
  const entries = images.map(({ type, png }) => {
    if (!/^[\x20-\x7e]{4}$/.test(type)) throw new Error(`an .icns type is four ASCII characters, not ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}
