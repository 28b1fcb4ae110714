// How much a package may hold before the reader refuses it. Sized for real packages: a few hundred
// scanned PDFs, photos and an occasional video; far beyond that is an accident or an attack.
export interface ZipLimits {
  /** Entries in the central directory, folders included. */
  maxEntries: number;
  /** Sum of the uncompressed sizes of all files. */
  maxTotalBytes: number;
  /** Uncompressed size of one file. */
  maxEntryBytes: number;
  /** Uncompressed ÷ compressed size; checked only for files larger than `ratioCheckAbove`. */
  maxRatio: number;
  /** Small files may compress extremely well (a blank form); only large ones can be a bomb. */
  ratioCheckAbove: number;
  /** manifest.json is read into memory; a real one is a few kilobytes. */
  maxManifestBytes: number;
}

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

export const DEFAULT_ZIP_LIMITS: Readonly<ZipLimits> = {
  maxEntries: 2000,
  maxTotalBytes: 2 * GiB,
  maxEntryBytes: 1 * GiB,
  maxRatio: 200,
  ratioCheckAbove: 1 * MiB,
  maxManifestBytes: 1 * MiB,
};

export function zipLimits(overrides: Partial<ZipLimits> = {}): ZipLimits {
  return { ...DEFAULT_ZIP_LIMITS, ...overrides };
}

/** Sizes as people read them in either language: 1.5 MB, 2 GB (binary multiples, as Windows shows them). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${units[unit] ?? 'B'}`;
}
