// Reads back the data fingerprint a report file carries (report-files.ts): a PDF's information dictionary
// entry, or a workbook's keywords property. The file is untrusted input: the PDF is searched as bytes (no PDF
// parser runs on it), the workbook goes through the hardened zip reader and only docProps/core.xml is read.
// A PDF re-saved by another program may hold its information dictionary in a compressed object stream; the
// fingerprint printed in every footer can then be given by hand instead.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { error, type Problem } from '../../shared/problems';
import { PDF_FINGERPRINT_INFO_KEY, WORKBOOK_FINGERPRINT_PREFIX, type ReportKind } from '../../shared/reports/report-files';
import { detailOf } from '../files/file-error';
import { PackageRefusal } from '../package/package-refusal';
import { openZipReader } from '../package/zip-reader';
import { zipLimits } from '../package/zip-limits';
import { zipEntryText } from './zip-entry-text';

export type ReportFingerprintRead = { ok: true; fingerprint: string } | { ok: false; problem: Problem };

const HEX64 = /^[0-9a-f]{64}$/;
/** Far above any report we write; a bigger file is not one of ours and is not read into memory. */
const MAX_PDF_BYTES = 512 * 1024 * 1024;
const MAX_CORE_XML_BYTES = 64 * 1024;

const escapeForRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A PDF string as written by pdfkit: literal `(…)` or hex `<…>`. */
function pdfStringValue(token: string): string {
  if (token.startsWith('(')) return token.slice(1, -1);
  const hex = token.slice(1, -1).replace(/\s+/g, '');
  let text = '';
  for (let i = 0; i + 1 < hex.length; i += 2) text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
  // A UTF-16BE string with its byte order mark; a fingerprint is ASCII, so every other byte is 0.
  return text.startsWith('\u00fe\u00ff') ? text.slice(2).split('\u0000').join('') : text;
}

/** The last value of the information entry (an incremental update appends a newer dictionary). */
export function fingerprintInPdfText(text: string): string | null {
  const key = escapeForRegExp(PDF_FINGERPRINT_INFO_KEY);
  const STRING = String.raw`(\([^()\\]*\)|<[0-9A-Fa-f\s]*>)`;
  const direct = [...text.matchAll(new RegExp(String.raw`/${key}\s*${STRING}`, 'g'))].map((m) => m[1] ?? '');
  const referenced = [...text.matchAll(new RegExp(String.raw`/${key}\s+(\d+)\s+(\d+)\s+R`, 'g'))].flatMap((m) => {
    const object = new RegExp(String.raw`(?:^|[\r\n\s])${m[1]}\s+${m[2]}\s+obj\s*${STRING}`, 'g');
    return [...text.matchAll(object)].map((o) => o[1] ?? '');
  });
  const values = [...direct, ...referenced].map(pdfStringValue).filter((value) => HEX64.test(value));
  return values.at(-1) ?? null;
}

// latin1 maps every byte to one character, so byte offsets and ASCII tokens survive unchanged.
const fingerprintInPdfBytes = (bytes: Uint8Array): string | null => fingerprintInPdfText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));

/** The fingerprint in a workbook's docProps/core.xml keywords. */
function fingerprintInCoreXml(xml: string): string | null {
  const keywords = /<cp:keywords>([^<]*)<\/cp:keywords>/.exec(xml)?.[1] ?? '';
  const value = keywords.startsWith(WORKBOOK_FINGERPRINT_PREFIX) ? keywords.slice(WORKBOOK_FINGERPRINT_PREFIX.length).trim() : '';
  return HEX64.test(value) ? value : null;
}

/** For checking a report just written (our own bytes, read back): the fingerprint it carries, or null. */
export async function fingerprintInReportBytes(kind: ReportKind, bytes: Uint8Array): Promise<string | null> {
  if (kind !== 'workbook') return fingerprintInPdfBytes(bytes);
  const xml = await zipEntryText(bytes, 'docProps/core.xml', MAX_CORE_XML_BYTES);
  return xml === null ? null : fingerprintInCoreXml(xml);
}

async function pdfFingerprint(path: string): Promise<ReportFingerprintRead> {
  const size = (await stat(path)).size;
  if (size > MAX_PDF_BYTES) return { ok: false, problem: error('report.verify.notOurReport', path, { path }) };
  const found = fingerprintInPdfBytes(await readFile(path));
  return found ? { ok: true, fingerprint: found } : { ok: false, problem: error('report.verify.noFingerprint', path, { path }) };
}

async function workbookFingerprint(path: string): Promise<ReportFingerprintRead> {
  const zip = await openZipReader(path, zipLimits({ maxRatio: 10_000 }));
  try {
    const core = zip.entries.find((entry) => entry.path === 'docProps/core.xml');
    if (!core || core.entry.uncompressedSize > MAX_CORE_XML_BYTES) return { ok: false, problem: error('report.verify.noFingerprint', path, { path }) };
    const chunks: Uint8Array[] = [];
    await zip.read(core, async (chunk) => {
      chunks.push(chunk);
    });
    const value = fingerprintInCoreXml(Buffer.concat(chunks).toString('utf8'));
    return value ? { ok: true, fingerprint: value } : { ok: false, problem: error('report.verify.noFingerprint', path, { path }) };
  } finally {
    zip.close();
  }
}

export async function readReportFingerprint(path: string): Promise<ReportFingerprintRead> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.pdf' && extension !== '.xlsx') return { ok: false, problem: error('report.verify.notOurReport', path, { path }) };
  try {
    return extension === '.pdf' ? await pdfFingerprint(path) : await workbookFingerprint(path);
  } catch (cause) {
    if (cause instanceof PackageRefusal) return { ok: false, problem: error('report.verify.notOurReport', path, { path }) };
    return { ok: false, problem: error('report.verify.cannotRead', path, { path, detail: detailOf(cause) }) };
  }
}

/** A fingerprint typed from a printed footer: groups and case do not matter. */
export function parseTypedFingerprint(text: string): string | null {
  const compact = text.replace(/[\s-]+/g, '').toLowerCase();
  return HEX64.test(compact) ? compact : null;
}
