// Hand-made one-page PDFs that pdfjs can only read with its data files (renderer/src/viewer/pdf-assets.ts):
// Chinese text in a CJK font that is not embedded and is decoded through a predefined CMap, as in the
// government PDFs WPS and older tools make; and a JPEG 2000 image, which pdfjs decodes without WebAssembly
// only through openjpeg_nowasm_fallback.js. Built in code so each test shows exactly what the file holds.

type PdfObject = string | { dict: string; data: Uint8Array };

const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Objects 1 (catalog), 2 (pages) and 3 (the page) are written here; `objects` are numbered from 4 on. */
function onePagePdf(pageResources: string, objects: readonly PdfObject[]): Uint8Array {
  const all: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources ${pageResources} /Contents 4 0 R >>`,
    ...objects,
  ];
  const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  const push = (bytes: Uint8Array): void => {
    parts.push(bytes);
    length += bytes.length;
  };
  all.forEach((object, index) => {
    offsets.push(length);
    if (typeof object === 'string') {
      push(latin1(`${index + 1} 0 obj\n${object}\nendobj\n`));
      return;
    }
    push(latin1(`${index + 1} 0 obj\n<< ${object.dict} /Length ${object.data.length} >>\nstream\n`));
    push(object.data);
    push(latin1('\nendstream\nendobj\n'));
  });
  const xref = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(latin1(`xref\n0 ${all.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** UCS-2 big-endian hex, what a UniGB-UCS2-H string holds (BMP characters only). */
const ucs2Hex = (text: string): string => Array.from(text, (char) => (char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');

/**
 * `text` in a Type0 font with the predefined `/Encoding /UniGB-UCS2-H` over a CIDFontType0 of Adobe-GB1-2
 * with no FontFile and no ToUnicode: pdfjs gets the CIDs from UniGB-UCS2-H.bcmap and the Unicode text back
 * from Adobe-GB1-UCS2.bcmap.
 */
export function cmapFontPdf(text: string): Uint8Array {
  return onePagePdf('<< /Font << /F1 5 0 R >> >>', [
    { dict: '', data: latin1(`BT /F1 24 Tf 20 100 Td <${ucs2Hex(text)}> Tj ET`) },
    '<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >>',
  ]);
}

/** The colour of every pixel of JPX_RED. */
export const JPX_RED_RGB = [220, 30, 30] as const;

/**
 * An 8×8 JPEG 2000 codestream, every pixel JPX_RED_RGB, lossless. Made with OpenJPEG 2.5.0 (Debian's
 * libopenjp2-tools): a P6 PPM of those pixels, then `opj_compress -i red.ppm -o red.j2k -n 1`.
 */
const JPX_RED = Uint8Array.from(
  (
    'ff4fff51002f00000000000800000008000000000000000000000008000000080000000000000000000307010107010107' +
    '0101ff52000c000000010100040400' +
    '01ff5c00044040ff640025000143726561746564206279204f70656e4a5045472076657273696f6e20322e352e30ff90' +
    '000a0000000000300001ff93c7d41a115054affc908800000018484b80df807014005ca28729f00000000184847fffd9'
  ).match(/../g) ?? [],
  (byte) => parseInt(byte, 16),
);

/** JPX_RED drawn over the middle of the page (100×100 points at 100,50). */
export function jpxImagePdf(): Uint8Array {
  return onePagePdf('<< /XObject << /Im1 5 0 R >> >>', [
    { dict: '', data: latin1('q 100 0 0 100 100 50 cm /Im1 Do Q') },
    { dict: '/Type /XObject /Subtype /Image /Width 8 /Height 8 /Filter /JPXDecode', data: JPX_RED },
  ]);
}
