// The small parts of the .xlsx package around the sheets, for the XML writer: content types, relationships,
// workbook.xml (sheets, the autofilter and print-title defined names), and the document properties — the
// keywords carry the data fingerprint, read back by electron/reports/report-fingerprint-reader.ts.
import { columnLetter, sheetReference } from './formulas';
import type { FilterRange, WorkbookProperties } from './sheet-sink';
import { xmlText } from './xml-text';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CONTENT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export interface PackagedSheet {
  name: string;
  /** Part name inside the zip, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  filter: FilterRange | null;
  printTitleRow: number;
}

export const sheetPath = (index: number): string => `xl/worksheets/sheet${index + 1}.xml`;

export function contentTypesXml(sheets: readonly PackagedSheet[]): string {
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CONTENT}.sheet.main+xml"/>` +
    sheets.map((sheet) => `<Override PartName="/${sheet.path}" ContentType="${CONTENT}.worksheet+xml"/>`).join('') +
    `<Override PartName="/xl/styles.xml" ContentType="${CONTENT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CONTENT}.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

/** Sheet i is rId(i+1); the styles and shared strings come after them. */
export function workbookRelsXml(sheets: readonly PackagedSheet[]): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets.map((sheet, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${sheet.path.slice('xl/'.length)}"/>`).join('') +
    `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheets.length + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
    '</Relationships>'
  );
}

export function workbookXml(sheets: readonly PackagedSheet[]): string {
  const names = sheets.flatMap((sheet, i) => {
    const ref = sheetReference(sheet.name);
    const filter = sheet.filter && `${ref}!$A$${sheet.filter.firstRow}:$${columnLetter(sheet.filter.columns)}$${sheet.filter.lastRow}`;
    return [
      // Excel keeps an autofilter's range in this hidden name as well as in the sheet.
      ...(filter ? [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(filter)}</definedName>`] : []),
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${ref}!$${sheet.printTitleRow}:$${sheet.printTitleRow}`)}</definedName>`,
    ];
  });
  return (
    XML_HEAD +
    `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}">` +
    '<workbookPr/>' +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.map((sheet, i) => `<sheet name="${xmlText(sheet.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : '') +
    '<calcPr calcId="171027"/>' +
    '</workbook>'
  );
}

/** W3C date-time without milliseconds, as Office writes it. */
const w3cdtf = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

export function coreXml(properties: WorkbookProperties): string {
  const when = w3cdtf(properties.created);
  return (
    XML_HEAD +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(properties.title)}</dc:title>` +
    `<dc:subject>${xmlText(properties.subject)}</dc:subject>` +
    `<dc:creator>${xmlText(properties.creator)}</dc:creator>` +
    `<cp:keywords>${xmlText(properties.keywords)}</cp:keywords>` +
    `<cp:lastModifiedBy>${xmlText(properties.creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appXml(application: string): string {
  return (
    XML_HEAD +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${xmlText(application)}</Application>` +
    '</Properties>'
  );
}
