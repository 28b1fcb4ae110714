// What a typed number means for a points, bonus or deduction leaf: accepted into the sheet, or refused with
// the reason. The bounds and step are checked by the domain's own validateSheet, so the field refuses
// exactly what a sheet check would reject, in the same words.
import { error, type Problem } from '../../../shared/problems';
import type { ScoredSheet } from '../../../shared/scoring/score-sheet';
import { validateSheet } from '../../../shared/scoring/validate-sheet';
import type { CompiledLeaf, CompiledStandard } from '../../../shared/standard/compile';

export type Entry = { ok: true; value: number | undefined } | { ok: false; problem: Problem };

/** Problems about the value itself; a missing value or a veto reason is someone else's concern. */
const VALUE_FAULTS: ReadonlySet<string> = new Set([
  'sheet.wrongType.number',
  'sheet.outOfRange',
  'sheet.offStep',
  'sheet.notWholeNumber',
]);

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;
/** The ideographic full stop: a Chinese input method types it for "." unless switched to half-width. */
const IDEOGRAPHIC_FULL_STOP = /\u3002/g;

/** Full-width digits (４．５) become ASCII, so an expert typing with a Chinese input method is understood. */
export function normalizeTyped(text: string): string {
  return text.normalize('NFKC').replace(IDEOGRAPHIC_FULL_STOP, '.').trim();
}

export function readEntry(compiled: CompiledStandard, leaf: CompiledLeaf, text: string): Entry {
  const typed = normalizeTyped(text);
  if (typed === '') return { ok: true, value: undefined };
  if (!NUMBER.test(typed)) {
    return { ok: false, problem: error('scoringPanel.notANumber', leaf.id, { id: leaf.id, name: leaf.name, value: typed }) };
  }
  const value = Number(typed);
  // A sheet with only this leaf's value: whether a value is acceptable does not depend on the others, and
  // their missing values are filtered out below.
  const candidate: ScoredSheet = {
    expertId: '-',
    applicationId: '-',
    status: 'scored',
    values: { [leaf.id]: value },
    comments: {},
    opinion: { strengths: '', problems: '', suggestions: '' },
    recommendation: 'undecided',
  };
  const problem = validateSheet(compiled, candidate).find((p) => p.params.id === leaf.id && VALUE_FAULTS.has(p.code));
  return problem ? { ok: false, problem } : { ok: true, value };
}

/** One step up or down from the current value (ArrowUp/ArrowDown), kept within the leaf's bounds. */
export function stepped(leaf: CompiledLeaf, current: number | undefined, direction: 1 | -1): number {
  if (leaf.kind === 'deduction') return Math.max(0, Math.floor(current ?? 0) + direction);
  const currentH = Math.round((current ?? 0) * 100);
  // Snap to the step grid first, so an odd value from elsewhere moves to a valid neighbour.
  const snappedH = direction > 0 ? Math.floor(currentH / leaf.stepH) * leaf.stepH : Math.ceil(currentH / leaf.stepH) * leaf.stepH;
  const nextH = current === undefined ? (direction > 0 ? 0 : leaf.maxH) : snappedH + direction * leaf.stepH;
  return Math.min(Math.max(nextH, 0), leaf.maxH) / 100;
}
