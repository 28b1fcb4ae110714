import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockWriter } from '../../../electron/store/block-writer';
import type { WritableFile } from '../../../electron/store/store-fs';

function recordingFile(): WritableFile & { writes: Buffer[] } {
  const writes: Buffer[] = [];
  return { writes, write: async (chunk) => void writes.push(Buffer.from(chunk)), sync: async () => undefined, close: async () => undefined };
}

describe('blockWriter', () => {
  it('writes the same bytes in the same blocks however the input is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 50 }), { maxLength: 20 }), async (chunks) => {
        const file = recordingFile();
        const blocks = blockWriter(file, 16);
        for (const chunk of chunks) await blocks.write(chunk);
        await blocks.flush();
        const all = Buffer.concat(chunks);
        expect(Buffer.concat(file.writes)).toEqual(all);
        expect(file.writes.map((w) => w.length)).toEqual(
          Array.from({ length: Math.ceil(all.length / 16) }, (_, i) => Math.min(16, all.length - i * 16)),
        );
      }),
    );
  });
});
