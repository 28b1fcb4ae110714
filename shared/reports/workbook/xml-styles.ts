// styles.xml for the XML writer: one cell format (`cellXfs` entry) per look the sheets used, numbered in the
// order first seen; fonts, fills and borders are shared between formats like Excel does. The number formats
// are Excel's built-in ones, so no `numFmts` are needed.
import type { Look, NumberFormat } from './cell-styles';

const BUILT_IN_FORMAT: Record<NumberFormat, number> = { '@': 49, '0.00': 2, '0': 1 };
const FONT_NAME = 'Calibri';

function fontXml(look: Look): string {
  const color = look.color ? `<color rgb="${look.color}"/>` : '';
  return `<font>${look.bold ? '<b/>' : ''}${look.strike ? '<strike/>' : ''}<sz val="${look.size ?? 11}"/>${color}<name val="${FONT_NAME}"/><family val="2"/></font>`;
}

const fillXml = (argb: string): string => `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;

const side = (name: string, style: string, argb: string): string => `<${name} style="${style}"><color rgb="${argb}"/></${name}>`;
const BORDER_XML: Record<NonNullable<Look['border']>, string> = {
  box: `<border>${['left', 'right', 'top', 'bottom'].map((name) => side(name, 'thin', 'FF999999')).join('')}<diagonal/></border>`,
  cutLine: `<border><left/><right/><top/>${side('bottom', 'medium', 'FFC00000')}<diagonal/></border>`,
};
const NO_BORDER = '<border><left/><right/><top/><bottom/><diagonal/></border>';

function alignmentXml(look: Look): string {
  if (!look.horizontal && !look.vertical && !look.wrap) return '';
  const vertical = look.vertical === 'middle' ? 'center' : look.vertical;
  return `<alignment${look.horizontal ? ` horizontal="${look.horizontal}"` : ''}${vertical ? ` vertical="${vertical}"` : ''}${look.wrap ? ' wrapText="1"' : ''}/>`;
}

/** Numbers the looks as cell formats and writes them out. */
export class StyleTable {
  private readonly formats = new Map<Look, number>();
  private readonly fonts = [fontXml({ numFmt: '@' })];
  private readonly fills = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
  private readonly borders = [NO_BORDER];
  private readonly xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  /** The `s` attribute of cells with this look. */
  indexOf(look: Look): number {
    const known = this.formats.get(look);
    if (known !== undefined) return known;
    const fontId = this.idOf(this.fonts, fontXml(look));
    const fillId = look.fill ? this.idOf(this.fills, fillXml(look.fill)) : 0;
    const borderId = look.border ? this.idOf(this.borders, BORDER_XML[look.border]) : 0;
    const alignment = alignmentXml(look);
    const applied = [
      'applyNumberFormat="1"',
      ...(fontId ? ['applyFont="1"'] : []),
      ...(fillId ? ['applyFill="1"'] : []),
      ...(borderId ? ['applyBorder="1"'] : []),
      ...(alignment ? ['applyAlignment="1"'] : []),
    ].join(' ');
    const ids = `numFmtId="${BUILT_IN_FORMAT[look.numFmt]}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    const index = this.idOf(this.xfs, `<xf ${ids} ${applied}${alignment ? `>${alignment}</xf>` : '/>'}`);
    this.formats.set(look, index);
    return index;
  }

  private idOf(list: string[], xml: string): number {
    const found = list.indexOf(xml);
    if (found >= 0) return found;
    list.push(xml);
    return list.length - 1;
  }

  xml(): string {
    const group = (name: string, items: readonly string[]): string => `<${name} count="${items.length}">${items.join('')}</${name}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      group('fonts', this.fonts) +
      group('fills', this.fills) +
      group('borders', this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      group('cellXfs', this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0"/>' +
      '</styleSheet>'
    );
  }
}
