// The shared-string table (xl/sharedStrings.xml) of the XML writer: every distinct text once, cells refer to
// it by index. Held in memory until the end, which is cheap: the detail sheet's hundreds of thousands of
// text cells repeat a few thousand distinct texts (ids, names, words, values) plus the comments.
import { xmlText } from './xml-text';

/** Leading or trailing spaces survive only with xml:space="preserve". */
const EDGE_SPACE = /^\s|\s$/;

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private references = 0;

  indexOf(text: string): number {
    this.references += 1;
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.texts.length;
      this.texts.push(text);
      this.index.set(text, found);
    }
    return found;
  }

  get count(): number {
    return this.texts.length;
  }

  xml(): string {
    const items = this.texts.map((text) => `<si><t${EDGE_SPACE.test(text) ? ' xml:space="preserve"' : ''}>${xmlText(text)}</t></si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.references}" uniqueCount="${this.texts.length}">` +
      items.join('') +
      '</sst>'
    );
  }
}
