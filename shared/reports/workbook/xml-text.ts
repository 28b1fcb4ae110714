// Text inside the workbook's XML: escaped, and without the characters XML 1.0 cannot carry (control characters
// other than tab, line feed and carriage return; unpaired surrogates; U+FFFE and U+FFFF), any of which would
// make Excel refuse the whole file. They cannot be typed into the app's text fields, but a file from elsewhere
// might hold them; dropping them is the only way to keep the rest of the text. The C1 controls (U+0080–U+009F)
// go too: XML allows them but they mean nothing in a report, and Excel shows them as boxes.
const NOT_XML = /[^\P{Cc}\t\n\r]|\p{Cs}|[\uFFFE\uFFFF]/gu;
const SPECIAL = /[&<>"\r]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' };

/** Text for element content or a double-quoted attribute. A carriage return is written as &#13; because
 * an XML parser turns a literal one into a line feed. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(SPECIAL, (c) => ENTITY[c] ?? '');
}
