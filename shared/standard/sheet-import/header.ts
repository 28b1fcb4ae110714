// Finding the indicator table's header row by its words (offices put a title row or two above it), and
// deciding which columns are parent levels and which describe the scoring item on each row.
import { columnLetter, type SheetGrid, type SheetRow } from '../sheet-grid';
import type { CellProblems } from './cells';
import { headerMeaning, levelHeader, MAX_LEVELS, type HeaderMeaning, type LeafField, type LevelField } from './columns';
import { labelKey } from './normalise';

export interface ColumnAt {
  column: number;
  /** The header as written, for messages. */
  header: string;
}

export interface LevelColumns {
  id: ColumnAt;
  name: ColumnAt;
  points?: ColumnAt;
}

export interface IndicatorColumns {
  headerRow: number;
  /** Parent indicator levels, outermost first (empty when every row is a top-level item). */
  levels: LevelColumns[];
  leaf: Partial<Record<LeafField, ColumnAt>> & { id: ColumnAt; name: ColumnAt; kind: ColumnAt };
}

interface HeaderCell extends ColumnAt {
  meaning: HeaderMeaning | null;
}

/** Offices add at most a few title lines; looking further would mistake data for a header. */
const HEADER_SEARCH_ROWS = 30;

function headerCells(row: SheetRow): HeaderCell[] {
  return row.cells
    .filter((cell) => cell.mergedFrom === undefined || cell.mergedFrom.row !== row.number)
    .map((cell) => {
      const header = String(cell.value).trim();
      return { column: cell.column, header, meaning: headerMeaning(header) };
    });
}

const looksLikeHeader = (cells: readonly HeaderCell[]): boolean =>
  cells.some((c) => c.meaning?.field === 'kind') && cells.some((c) => c.meaning?.field === 'id');

/** The first row near the top that has a 计分方式 column and an id column. */
export function findHeaderRow(sheet: SheetGrid): SheetRow | undefined {
  return sheet.rows
    .filter((row) => row.number <= HEADER_SEARCH_ROWS)
    .find((row) => looksLikeHeader(headerCells(row)));
}

/** The sheet that holds the indicators: the one called 指标 if it has a header, else the first that does. */
export function findIndicatorSheet(sheets: readonly SheetGrid[]): { sheet: SheetGrid; header: SheetRow } | undefined {
  const ordered = [...sheets].sort((a, b) => Number(labelKey(b.name) === '指标') - Number(labelKey(a.name) === '指标'));
  for (const sheet of ordered) {
    const header = findHeaderRow(sheet);
    if (header) return { sheet, header };
  }
  return undefined;
}

type Slot = `level${number}.${LevelField}` | `leaf.${LeafField}`;
const slotOf = (m: HeaderMeaning): Slot => (m.level === null ? `leaf.${m.field}` : `level${m.level}.${m.field}`);

export function resolveColumns(sheet: SheetGrid, header: SheetRow, out: CellProblems): IndicatorColumns | null {
  const bySlot = new Map<Slot, ColumnAt>();
  const before = out.problems.length;
  for (const cell of headerCells(header)) {
    const site = { sheet: sheet.name, row: header.number, column: cell.column, header: cell.header };
    if (cell.meaning === null) {
      out.warn(site, 'excel.header.unknown');
      continue;
    }
    const slot = slotOf(cell.meaning);
    const first = bySlot.get(slot);
    if (first) out.refuse(site, 'excel.header.duplicate', { first: columnLetter(first.column), second: columnLetter(cell.column) });
    else bySlot.set(slot, { column: cell.column, header: cell.header });
  }

  let depth = 0;
  for (let level = 1; level <= MAX_LEVELS; level += 1) {
    if ((['id', 'name', 'points'] as const).some((f) => bySlot.has(`level${level}.${f}`))) depth = level;
  }
  // Without a generic 编号 column, the deepest level's columns are the scoring items (二级指标 in the usual
  // two-level table); with one, every level is a parent.
  const leafLevel = bySlot.has('leaf.id') ? null : depth;
  const missing = (column: string): void => out.missingColumn(sheet.name, header.number, column);
  if (leafLevel !== null) {
    for (const field of ['id', 'name', 'points'] as const) {
      const column = bySlot.get(`level${leafLevel}.${field}`);
      if (!column) continue;
      const generic = bySlot.get(`leaf.${field}`);
      if (generic) {
        const site = { sheet: sheet.name, row: header.number, column: column.column, header: column.header };
        out.refuse(site, 'excel.header.duplicate', { first: columnLetter(generic.column), second: columnLetter(column.column) });
      } else bySlot.set(`leaf.${field}`, column);
    }
  }

  const levels: LevelColumns[] = [];
  const parentDepth = leafLevel === null ? depth : depth - 1;
  for (let level = 1; level <= parentDepth; level += 1) {
    const id = bySlot.get(`level${level}.id`);
    const name = bySlot.get(`level${level}.name`);
    if (!id) missing(levelHeader(level, 'id'));
    if (!name) missing(levelHeader(level, 'name'));
    if (id && name) levels.push({ id, name, ...optional('points', bySlot.get(`level${level}.points`)) });
  }
  const id = bySlot.get('leaf.id');
  const name = bySlot.get('leaf.name');
  const kind = bySlot.get('leaf.kind');
  if (!name) missing(leafLevel ? levelHeader(leafLevel, 'name') : '评分项');
  if (!id || !name || !kind || out.problems.slice(before).some((p) => p.severity === 'error')) return null;

  const leaf: IndicatorColumns['leaf'] = { id, name, kind };
  for (const [slot, column] of bySlot) {
    if (slot.startsWith('leaf.')) leaf[slot.slice(5) as LeafField] = column;
  }
  return { headerRow: header.number, levels, leaf };
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>);
