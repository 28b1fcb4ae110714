// A small, valid one-page PDF (A4, Helvetica) for the demo's evidence document, so the expert's viewer has a
// real PDF to draw in the demo and its end-to-end test. Written by hand because it is a fixed, tiny file: the
// byte offsets of the cross-reference table are computed, the text is ASCII only (Helvetica has no CJK).
import { utf8ToBytes } from '@noble/hashes/utils.js';

/** Escapes a PDF literal string. */
const pdfString = (text: string): string => text.replace(/[\\()]/g, (c) => `\\${c}`);

export function demoPdf(lines: readonly string[]): Uint8Array {
  const text = lines.map((line, i) => `BT /F1 ${i === 0 ? 20 : 12} Tf 72 ${770 - i * 28} Td (${pdfString(line)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return utf8ToBytes(body);
}
