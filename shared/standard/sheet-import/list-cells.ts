// Cells that hold a small list: tiers (优秀:30；达标:20), grades (优秀≥90；合格≥80), stages (资格评审、验收),
// indicator ids (6.2、6.1、3) and evidence (one per line). ASCII and Chinese separators are equivalent.
import type { GradeBand, Stage } from '../schema';
import { displayValue, POINT_UNITS, type CellProblems, type CellSite } from './cells';
import type { SheetCell } from '../sheet-grid';
import { halfWidth, parseDecimalText, splitList, squeeze } from './normalise';
import { ALL_STAGES_WORDS, describeChoices, lookupWord, STAGE_WORDS } from './words';

/** Between entries of a tier or grade list. Not 、, which appears inside names (“时间、地点”). */
const ENTRY_SEPARATORS = /[;；,，\n]+/;
/** Between entries of a list of single words (stages, ids). */
const WORD_SEPARATORS = /[;；,，、/／\s]+/;
const EVIDENCE_SEPARATORS = /[;；\n]+/;

export interface NamedAmount {
  name: string;
  amount: number;
}

/** `名称:分数` entries; the last colon (or ≥) splits, so a name may itself contain one. */
function namedAmounts(out: CellProblems, site: CellSite, cell: SheetCell, marks: RegExp, code: 'excel.cell.badTier' | 'excel.cell.badGrade'): NamedAmount[] | undefined {
  const entries = splitList(displayValue(cell.value), ENTRY_SEPARATORS);
  const result: NamedAmount[] = [];
  let refused = false;
  for (const entry of entries) {
    const matches = [...entry.matchAll(marks)];
    const last = matches.at(-1);
    const name = last?.index === undefined ? '' : entry.slice(0, last.index).trim();
    const amount = last?.index === undefined ? null : parseDecimalText(entry.slice(last.index + last[0].length), POINT_UNITS);
    if (name === '' || amount === null || amount < 0) {
      out.refuse(site, code, { value: entry });
      refused = true;
    } else result.push({ name, amount });
  }
  return refused ? undefined : result;
}

export function readTiers(out: CellProblems, site: CellSite, cell: SheetCell): NamedAmount[] | undefined {
  const tiers = namedAmounts(out, site, cell, /[:：]/g, 'excel.cell.badTier');
  if (tiers && tiers.length < 2) return out.refuse(site, 'excel.cell.tooFewTiers', { value: displayValue(cell.value) });
  return tiers;
}

export function readGrades(out: CellProblems, site: CellSite, cell: SheetCell): GradeBand[] | undefined {
  return namedAmounts(out, site, cell, /[:：]|≥|>=|＞＝/g, 'excel.cell.badGrade')?.map(({ name, amount }) => ({ name, min: amount }));
}

/** Stages in the order typed; `全部` means all four, which the caller may turn into "not limited". */
export function readStages(out: CellProblems, site: CellSite, cell: SheetCell): Stage[] | 'all' | undefined {
  const text = displayValue(cell.value);
  if (ALL_STAGES_WORDS.has(squeeze(text))) return 'all';
  const stages: Stage[] = [];
  let refused = false;
  for (const word of splitList(text, WORD_SEPARATORS)) {
    const stage = lookupWord(STAGE_WORDS, word);
    if (stage === undefined) {
      out.refuse(site, 'excel.cell.unknownStage', { value: word, choices: describeChoices(STAGE_WORDS) });
      refused = true;
    } else if (!stages.includes(stage)) stages.push(stage);
  }
  return refused ? undefined : stages;
}

export function readIdList(out: CellProblems, site: CellSite, cell: SheetCell): string[] | undefined {
  const ids: string[] = [];
  let refused = false;
  const text = typeof cell.value === 'number' ? String(cell.value) : halfWidth(displayValue(cell.value));
  for (const word of splitList(text, WORD_SEPARATORS)) {
    const id = out.id(site, word);
    if (id === undefined) refused = true;
    else ids.push(id);
  }
  return refused ? undefined : ids;
}

export const readEvidence = (cell: SheetCell | undefined): string[] =>
  cell === undefined ? [] : splitList(displayValue(cell.value), EVIDENCE_SEPARATORS);
