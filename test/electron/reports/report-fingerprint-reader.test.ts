// Reading back the data fingerprint a report carries, from hostile as well as good files: every way a PDF may
// write the information entry, the last of several (an incremental update), a workbook's keywords, and
// files that are not reports at all.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { describe, expect, it } from 'vitest';
import {
  fingerprintInPdfText,
  fingerprintInReportBytes,
  parseTypedFingerprint,
  readReportFingerprint,
} from '../../../electron/reports/report-fingerprint-reader';

const A = 'a'.repeat(64);
const B = '0123456789abcdef'.repeat(4);

const utf16Hex = (text: string): string => `<FEFF${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;

function zipOf(entries: Record<string, string>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, text] of Object.entries(entries)) zip.addBuffer(Buffer.from(text), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

const coreXml = (keywords: string): string =>
  `<?xml version="1.0"?><cp:coreProperties xmlns:cp="x"><cp:keywords>${keywords}</cp:keywords></cp:coreProperties>`;

describe('fingerprint in a PDF', () => {
  it('reads a literal, an indirect object, and a UTF-16 hex string', () => {
    expect(fingerprintInPdfText(`<< /ReviewDeskDataFingerprint (${A}) >>`)).toBe(A);
    expect(fingerprintInPdfText(`<< /ReviewDeskDataFingerprint 171 0 R >>\n171 0 obj\n(${A})\nendobj`)).toBe(A);
    expect(fingerprintInPdfText(`<< /ReviewDeskDataFingerprint ${utf16Hex(B)} >>`)).toBe(B);
  });

  it('takes the last one (an incremental update appends a newer dictionary)', () => {
    expect(fingerprintInPdfText(`<< /ReviewDeskDataFingerprint (${A}) >> … << /ReviewDeskDataFingerprint (${B}) >>`)).toBe(B);
  });

  it('finds nothing in text without a well-formed fingerprint', () => {
    expect(fingerprintInPdfText('%PDF-1.3 nothing here')).toBeNull();
    expect(fingerprintInPdfText('<< /ReviewDeskDataFingerprint (not-hex) >>')).toBeNull();
    expect(fingerprintInPdfText(`<< /ReviewDeskDataFingerprint (${A}0) >>`)).toBeNull();
  });
});

describe('reading a report file', () => {
  it('reads a PDF and a workbook, and refuses other files with a reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rd-report-fp-'));
    const pdf = join(dir, 'r.pdf');
    await writeFile(pdf, `%PDF-1.3\n<< /ReviewDeskDataFingerprint (${A}) >>\n%%EOF`);
    expect(await readReportFingerprint(pdf)).toEqual({ ok: true, fingerprint: A });

    const xlsx = join(dir, 'r.xlsx');
    await writeFile(xlsx, await zipOf({ 'docProps/core.xml': coreXml(`review-desk-data-fingerprint:${B}`), 'xl/workbook.xml': '<x/>' }));
    expect(await readReportFingerprint(xlsx)).toEqual({ ok: true, fingerprint: B });

    const otherWorkbook = join(dir, 'other.xlsx');
    await writeFile(otherWorkbook, await zipOf({ 'docProps/core.xml': coreXml('budget 2026') }));
    const none = await readReportFingerprint(otherWorkbook);
    expect(none.ok === false && none.problem.code).toBe('report.verify.noFingerprint');

    const notZip = join(dir, 'fake.xlsx');
    await writeFile(notZip, 'MZ this is an exe');
    const refused = await readReportFingerprint(notZip);
    expect(refused.ok === false && refused.problem.code).toBe('report.verify.notOurReport');

    const text = join(dir, 'notes.txt');
    await writeFile(text, A);
    const wrongKind = await readReportFingerprint(text);
    expect(wrongKind.ok === false && wrongKind.problem.code).toBe('report.verify.notOurReport');

    const missing = await readReportFingerprint(join(dir, 'gone.pdf'));
    expect(missing.ok === false && missing.problem.code).toBe('report.verify.cannotRead');
  });

  it('checks bytes just written: PDF text, workbook keywords, nothing in garbage', async () => {
    expect(await fingerprintInReportBytes('reviewReport', Buffer.from(`<< /ReviewDeskDataFingerprint (${A}) >>`))).toBe(A);
    const workbook = await zipOf({ 'docProps/core.xml': coreXml(`review-desk-data-fingerprint:${B}`) });
    expect(await fingerprintInReportBytes('workbook', workbook)).toBe(B);
    expect(await fingerprintInReportBytes('workbook', Buffer.from('not a zip'))).toBeNull();
  });
});

describe('typed fingerprint', () => {
  it('accepts the grouped form from a footer in any case', () => {
    expect(parseTypedFingerprint(B.toUpperCase().match(/.{4}/g)?.join(' ') ?? '')).toBe(B);
    expect(parseTypedFingerprint('ABCD')).toBeNull();
  });
});
