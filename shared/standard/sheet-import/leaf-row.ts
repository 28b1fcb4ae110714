// One scoring item (leaf) from its row: the kind decides which cells must be filled and which must stay
// empty. A filled cell the kind does not use is refused rather than dropped, because it usually means the
// wrong kind was chosen.
import type { Leaf, LeafKind } from '../schema';
import type { SheetCell, SheetRow } from '../sheet-grid';
import { cellAt } from '../sheet-grid';
import { displayValue, masterSite, POINT_UNITS, textOf, type CellProblems, type CellSite } from './cells';
import { LEAF_COLUMNS, type LeafField } from './columns';
import type { IndicatorColumns } from './header';
import { readEvidence, readStages, readTiers } from './list-cells';
import { parseDecimalText } from './normalise';
import { describeChoices, KIND_WORDS, lookupWord } from './words';
import { DOCUMENT_ROLES, type DocumentRole } from '../../model/document-role';

/** The value cells each kind uses; id, name, kind, guidance and evidence are common to all. */
const USES: Record<LeafKind, readonly LeafField[]> = {
  points: ['points', 'step'],
  bonus: ['points', 'step'],
  tiers: ['tiers', 'points'],
  passFail: ['points'],
  veto: ['stages'],
  prerequisite: ['stages', 'documentRole'],
  deduction: ['points', 'perOccurrence'],
};
const VALUE_FIELDS: readonly LeafField[] = ['points', 'step', 'tiers', 'perOccurrence', 'stages', 'documentRole'];
/** A merged cell in these columns would give every row the same id or the same points: refused. */
const NEVER_MERGED: readonly LeafField[] = ['id', 'name', 'points', 'perOccurrence'];

const leafHeader = (field: LeafField): string => LEAF_COLUMNS.find((spec) => spec.field === field)?.header ?? field;

export function readLeafRow(sheet: string, row: SheetRow, columns: IndicatorColumns, out: CellProblems): Leaf | undefined {
  const before = out.problems.length;
  const site = (field: LeafField): CellSite => {
    const column = columns.leaf[field];
    return { sheet, row: row.number, column: column?.column ?? 1, header: column?.header ?? field };
  };
  const cell = (field: LeafField): SheetCell | undefined => {
    const column = columns.leaf[field];
    return column === undefined ? undefined : cellAt(row, column.column);
  };
  /** For findings about the value itself, which a merged cell shares with the rows it covers. */
  const valueSite = (field: LeafField): CellSite => masterSite(site(field), cell(field));
  /** Reports a blank cell the kind needs, or the whole column missing. */
  const need = (field: LeafField): undefined => {
    if (columns.leaf[field] === undefined) out.missingColumn(sheet, columns.headerRow, leafHeader(field));
    else out.required(site(field));
    return undefined;
  };
  const required = <T>(field: LeafField, value: T | undefined): T | undefined => {
    if (value === undefined && cell(field) === undefined) need(field);
    return value;
  };

  for (const field of NEVER_MERGED) {
    const merged = cell(field)?.mergedFrom;
    if (merged && merged.row !== row.number) out.refuse(site(field), 'excel.cell.mergedAcrossItems', { first: merged.row });
  }
  const id = required('id', mapDefined(cell('id'), (c) => out.id(valueSite('id'), c.value)));
  const name = required('name', textOf(cell('name')));
  const kindCell = cell('kind');
  const kind = kindCell === undefined ? required('kind', undefined) : lookupWord(KIND_WORDS, displayValue(kindCell.value));
  if (kindCell !== undefined && kind === undefined) {
    out.refuse(valueSite('kind'), 'excel.cell.unknownKind', { value: displayValue(kindCell.value), choices: describeChoices(KIND_WORDS) });
  }
  if (kind === undefined) return undefined;

  for (const field of VALUE_FIELDS) {
    const filled = cell(field);
    if (filled === undefined || USES[kind].includes(field)) continue;
    // Offices write 0 in the points column of veto and prerequisite items; that is not a contradiction.
    if (field === 'points' && parseDecimalText(displayValue(filled.value), POINT_UNITS) === 0) continue;
    out.refuse(site(field), 'excel.cell.notForKind', { value: displayValue(filled.value), kind: KIND_WORDS.label[kind] });
  }

  const common = { guidance: textOf(cell('guidance')) ?? '', evidence: readEvidence(cell('evidence')) };
  const positive = (field: LeafField): number | undefined => required(field, out.number(valueSite(field), cell(field), 'positive'));
  const leaf = buildLeaf(
    kind,
    positive,
    () => readTiersCell(cell, need, valueSite, out),
    () => readLeafStages(cell('stages'), valueSite('stages'), out),
    documentRoleOf(textOf(cell('documentRole'))),
  );
  const refused = out.problems.slice(before).some((p) => p.severity === 'error');
  if (refused || id === undefined || name === undefined || leaf === undefined) return undefined;
  return { id, name, ...common, ...leaf } as Leaf;
}

/** The role code, from the code itself or the Chinese name office staff write (创新规划设计方案 …). Anything
 * else is passed on as written, and the schema refuses it naming the codes it accepts. */
function documentRoleOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return ROLE_BY_NAME.get(text.replace(/\s+/g, '')) ?? text;
}

const ROLE_BY_NAME = new Map<string, DocumentRole>([
  ...DOCUMENT_ROLES.map((role): [string, DocumentRole] => [role, role]),
  ['申报书', 'applicationForm'],
  ['创新规划设计方案', 'innovationPlan'],
  ['创新规划', 'innovationPlan'],
  ['佐证材料', 'evidence'],
  ['自评报告', 'selfAssessment'],
]);

/** A leaf without its common fields, per kind (Omit over the union, kind by kind). */
type KindFields = Leaf extends infer L ? (L extends Leaf ? Omit<L, 'id' | 'name' | 'guidance' | 'evidence'> : never) : never;

function buildLeaf(
  kind: LeafKind,
  positive: (field: LeafField) => number | undefined,
  tiers: () => Array<{ name: string; points: number }> | undefined,
  stages: () => ReturnType<typeof readLeafStages>,
  documentRole: string | undefined,
): KindFields | undefined {
  switch (kind) {
    case 'points':
    case 'bonus': {
      const max = positive('points');
      const step = positive('step');
      return max === undefined || step === undefined ? undefined : { kind, max, step };
    }
    case 'passFail': {
      const points = positive('points');
      return points === undefined ? undefined : { kind, points };
    }
    case 'deduction': {
      const maxTotal = positive('points');
      const perOccurrence = positive('perOccurrence');
      return maxTotal === undefined || perOccurrence === undefined ? undefined : { kind, perOccurrence, maxTotal };
    }
    case 'tiers': {
      const levels = tiers();
      return levels === undefined ? undefined : { kind, levels };
    }
    case 'veto':
    case 'prerequisite': {
      const limited = stages();
      if (limited === null) return undefined;
      const role = kind === 'prerequisite' && documentRole !== undefined ? { documentRole } : {};
      return { kind, ...(limited === undefined ? {} : { stages: limited }), ...role } as KindFields;
    }
  }
}

function readTiersCell(
  cell: (field: LeafField) => SheetCell | undefined,
  need: (field: LeafField) => undefined,
  valueSite: (field: LeafField) => CellSite,
  out: CellProblems,
): Array<{ name: string; points: number }> | undefined {
  const tiersCell = cell('tiers');
  if (tiersCell === undefined) return need('tiers');
  const tiers = readTiers(out, valueSite('tiers'), tiersCell)?.map(({ name, amount }) => ({ name, points: amount }));
  // The points column is optional for tiers; when filled it must agree with the best tier, or the sums
  // the clerk sees in the sheet are not the sums we compute.
  const stated = out.number(valueSite('points'), cell('points'), 'nonnegative');
  if (tiers && stated !== undefined) {
    const best = Math.max(...tiers.map((t) => t.points));
    if (Math.round(best * 100) !== Math.round(stated * 100)) {
      return out.refuse(valueSite('points'), 'excel.cell.tierMaxMismatch', { value: stated, best });
    }
  }
  return tiers;
}

/** undefined: every stage; null: refused. */
function readLeafStages(cell: SheetCell | undefined, site: CellSite, out: CellProblems) {
  if (cell === undefined) return undefined;
  const stages = readStages(out, site, cell);
  if (stages === undefined) return null;
  return stages === 'all' ? undefined : stages;
}

const mapDefined = <T, U>(value: T | undefined, f: (v: T) => U | undefined): U | undefined =>
  value === undefined ? undefined : f(value);
