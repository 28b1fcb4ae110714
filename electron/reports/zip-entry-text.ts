// One small text entry of a zip held in memory (a workbook we just wrote and read back), with yauzl. Only for
// our own bytes: files from outside go through the hardened reader (electron/package/zip-reader.ts).
import yauzl, { type Entry, type ZipFile } from 'yauzl';

const fromBuffer = (bytes: Uint8Array): Promise<ZipFile> =>
  new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true }, (cause, zip) => (cause ? reject(cause) : resolve(zip)));
  });

function readEntry(zip: ZipFile, entry: Entry): Promise<string> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (cause, stream) => {
      if (cause) return reject(cause);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
  });
}

/** The entry's text, or null when the archive has no such entry, it is larger than `maxBytes`, or the bytes are no zip. */
export async function zipEntryText(bytes: Uint8Array, name: string, maxBytes: number): Promise<string | null> {
  let zip: ZipFile;
  try {
    zip = await fromBuffer(bytes);
  } catch {
    return null;
  }
  try {
    return await new Promise<string | null>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        if (entry.uncompressedSize > maxBytes) return resolve(null);
        readEntry(zip, entry).then(resolve, reject);
      });
      zip.on('end', () => resolve(null));
      zip.on('error', reject);
      zip.readEntry();
    });
  } catch {
    return null;
  } finally {
    zip.close();
  }
}
