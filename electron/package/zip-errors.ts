// yauzl and zlib report a broken archive as an Error with an English message. These rules turn the ones
// that mean something specific (a lying size, a split archive, strong encryption) into that refusal, an
// operating-system error into an I/O problem, and anything else into "damaged" with the detail kept.
// The patterns follow yauzl 3.4's messages; the hostile-zip corpus in the tests pins each of them.
import type { MessageKey } from '../../shared/i18n/translate';
import { PackageRefusal, refusal } from './package-refusal';

interface Rule {
  pattern: RegExp;
  code: MessageKey;
}

const RULES: readonly Rule[] = [
  { pattern: /multi-disk zip files are not supported/, code: 'package.zip.multiDisk' },
  { pattern: /strong encryption is not supported/, code: 'package.zip.encrypted' },
  { pattern: /size mismatch for stored file|too many bytes in the stream|not enough bytes in the stream/, code: 'package.zip.sizeMismatch' },
];

const messageOf = (cause: unknown): string => (cause instanceof Error ? cause.message : String(cause));

/** An error from the operating system (EIO on a failing USB stick, EACCES…), not from the archive's bytes. */
export function isSystemError(cause: unknown): boolean {
  return cause instanceof Error && typeof (cause as NodeJS.ErrnoException).syscall === 'string';
}

/**
 * The refusal for an error raised while reading the archive. `name` is the entry being read, or a stand-in
 * such as `#3` (the third record) when yauzl fails on a record before handing it over.
 */
export function refusalForZipError(cause: unknown, name: string, declaredSize: number | null = null): PackageRefusal {
  if (cause instanceof PackageRefusal) return cause;
  const detail = messageOf(cause);
  if (isSystemError(cause)) return refusal('package.io', name, { detail });
  const rule = RULES.find(({ pattern }) => pattern.test(detail));
  if (rule?.code === 'package.zip.sizeMismatch') {
    // For a stored file yauzl says "compressed/uncompressed size mismatch for stored file: C != U".
    const declared = declaredSize ?? Number(detail.match(/!= (\d+)/)?.[1] ?? Number.NaN);
    return refusal(rule.code, name, { name, declared: Number.isFinite(declared) ? declared : '?' });
  }
  if (rule) return refusal(rule.code, name, { name });
  return refusal('package.zip.corrupt', name, { detail });
}
