// The XML writer: the review workbook straight into the parts of an .xlsx package, for the desktop app,
// which streams them into a zip (electron/reports/review-workbook-stream.ts). Each sheet is written as it
// is described — head, rows, tail — so a sheet of hundreds of thousands of rows never exists in memory as
// anything but the XML on its way to the zip. Pure: the package writer is whatever the caller provides.
import { appXml, contentTypesXml, coreXml, rootRelsXml, sheetPath, workbookRelsXml, workbookXml, type PackagedSheet } from './xml-package';
import type { CellSpec } from './safe-cell';
import type { FilterRange, SheetSetup, SheetSink, WorkbookProperties, WorkbookSink } from './sheet-sink';
import { SharedStrings } from './xml-shared-strings';
import { StyleTable } from './xml-styles';
import { CellXmlWriter, worksheetHead, worksheetTail } from './xml-worksheet';

/** One part of the package, written front to back. */
export interface PartWriter {
  write(text: string): void;
  end(): void;
}

/** Opens the package's parts one at a time: a part is ended before the next is opened. */
export interface PackageWriter {
  part(path: string): PartWriter;
}

export interface XmlWorkbookSink extends WorkbookSink {
  /** After the last sheet: writes styles, shared strings, workbook, relationships, content types and properties. */
  finish(): void;
}

/** Rows handed to the part writer together: fewer, larger writes. */
const ROWS_PER_WRITE = 256;

class XmlSheet implements SheetSink {
  private next = 1;
  private filterRange: FilterRange | null = null;
  private pending: string[] = [];

  constructor(
    private readonly setup: SheetSetup,
    private readonly part: PartWriter,
    private readonly cells: CellXmlWriter,
    private readonly onEnd: (filter: FilterRange | null) => void,
    selected: boolean,
  ) {
    part.write(worksheetHead(setup, selected));
  }

  get nextRow(): number {
    return this.next;
  }

  row(cells: ReadonlyArray<CellSpec | null>, height?: number): number {
    const number = this.next;
    this.pending.push(this.cells.row(number, cells, height));
    if (this.pending.length >= ROWS_PER_WRITE) this.flush();
    this.next += 1;
    return number;
  }

  skip(rows = 1): void {
    this.next += rows;
  }

  filter(range: FilterRange): void {
    this.filterRange = range;
  }

  end(): void {
    this.flush();
    this.part.write(worksheetTail(this.setup, this.filterRange));
    this.part.end();
    this.onEnd(this.filterRange);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.part.write(this.pending.join(''));
    this.pending = [];
  }
}

export function xmlWorkbookSink(out: PackageWriter): XmlWorkbookSink {
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const cellWriter = new CellXmlWriter(styles, strings);
  const sheets: PackagedSheet[] = [];
  let properties: WorkbookProperties | null = null;
  let open = false;
  const whole = (path: string, xml: string): void => {
    const part = out.part(path);
    part.write(xml);
    part.end();
  };
  return {
    properties: (value) => {
      properties = value;
    },
    addSheet: (setup) => {
      if (open) throw new Error('the previous sheet is not ended');
      open = true;
      const index = sheets.length;
      const path = sheetPath(index);
      const packaged: PackagedSheet = { name: setup.name, path, filter: null, printTitleRow: setup.printTitleRow };
      sheets.push(packaged);
      return new XmlSheet(setup, out.part(path), cellWriter, (filter) => {
        packaged.filter = filter;
        open = false;
      }, index === 0);
    },
    finish: () => {
      if (open) throw new Error('the last sheet is not ended');
      if (properties === null) throw new Error('workbook properties not set');
      whole('xl/styles.xml', styles.xml());
      whole('xl/sharedStrings.xml', strings.xml());
      whole('xl/workbook.xml', workbookXml(sheets));
      whole('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets));
      whole('[Content_Types].xml', contentTypesXml(sheets));
      whole('_rels/.rels', rootRelsXml());
      whole('docProps/core.xml', coreXml(properties));
      whole('docProps/app.xml', appXml(properties.creator));
    },
  };
}
