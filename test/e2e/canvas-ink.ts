// How much a canvas has drawn: its dark pixels (a page whose text pdfjs has drawn has many, a blank page none).
import type { Locator } from 'playwright-core';

export function darkPixelsOf(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const drawn = element as HTMLCanvasElement;
    const pixels = drawn.getContext('2d')?.getImageData(0, 0, drawn.width, drawn.height).data ?? new Uint8ClampedArray();
    let dark = 0;
    for (let i = 0; i < pixels.length; i += 4) if ((pixels[i] ?? 255) < 128) dark += 1;
    return dark;
  });
}
