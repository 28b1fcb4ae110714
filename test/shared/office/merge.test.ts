import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeStates, mergedSheets, viewOf } from '../../../shared/office/merge';
import { EMPTY_OFFICE_STATE, officeStateOf, type OfficeState } from '../../../shared/office/office-state';
import type { VerifiedScoresFile } from '../../../shared/office/verified-scores-file';
import { scoredSheet, verifiedFile } from './scores-files';

const RUNS = { numRuns: 1000 };

/** Few experts, sequences and variants, so states overlap and forks (two exports at one sequence) are common. */
const exportArb: fc.Arbitrary<VerifiedScoresFile> = fc
  .record({ expert: fc.constantFrom('E1', 'E2', 'E3'), sequence: fc.integer({ min: 1, max: 4 }), points: fc.integer({ min: 0, max: 2 }) })
  .map(({ expert, sequence, points }) => verifiedFile({ expertId: expert, sequence, points }));
const stateArb: fc.Arbitrary<OfficeState> = fc.array(exportArb, { maxLength: 8 }).map(officeStateOf);

/** The view rule written out independently: highest sequence, then smallest export hash. */
function expectedView(state: OfficeState): VerifiedScoresFile[] {
  const experts = [...new Set(state.held.map((f) => f.payload.expertId))].sort();
  return experts.map((expertId) => {
    const mine = state.held.filter((f) => f.payload.expertId === expertId);
    const top = Math.max(...mine.map((f) => f.payload.sequence));
    const [best] = mine
      .filter((f) => f.payload.sequence === top)
      .map((f) => f.exportHash)
      .sort();
    const file = mine.find((f) => f.exportHash === best);
    if (!file) throw new Error('unreachable');
    return file;
  });
}

describe('mergeStates is a join-semilattice (fast-check)', () => {
  it('is commutative', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
          expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
        }), RUNS);
  });

  it('is associative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
      }),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(fc.property(stateArb, (a) => {
          expect(mergeStates(a, a)).toEqual(a);
        }), RUNS);
  });

  it('is the union of held exports: both sides kept, nothing else, each export once', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const hashes = mergeStates(a, b).held.map((f) => f.exportHash);
        expect(new Set(hashes).size).toBe(hashes.length);
        expect(new Set(hashes)).toEqual(new Set([...a.held, ...b.held].map((f) => f.exportHash)));
      }),
      RUNS,
    );
  });

  it('has the empty state as its identity', () => {
    fc.assert(fc.property(stateArb, (a) => {
          expect(mergeStates(EMPTY_OFFICE_STATE, a)).toEqual(a);
        }), RUNS);
  });

  it('gives a view that follows the rule: highest sequence, ties to the smaller export hash', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => {
          const merged = mergeStates(a, b);
          expect(viewOf(merged)).toEqual(expectedView(merged));
        }), RUNS);
  });

  it('builds the same state from the same exports in any order, repeats included', () => {
    fc.assert(
      fc.property(fc.array(exportArb, { maxLength: 10 }).chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length }))), ([files, shuffled]) => {
        expect(officeStateOf([...shuffled, ...shuffled])).toEqual(officeStateOf(files));
      }),
      RUNS,
    );
  });
});

describe('viewOf and mergedSheets', () => {
  it('takes each expert’s highest sequence', () => {
    const e1 = [verifiedFile({ expertId: 'E1', sequence: 1 }), verifiedFile({ expertId: 'E1', sequence: 3 })];
    const e2 = verifiedFile({ expertId: 'E2', sequence: 2 });
    expect(viewOf(officeStateOf([e2, ...e1]))).toEqual([e1[1], e2]);
  });

  it('breaks a tie at one sequence by the smaller export hash, whichever state it came from', () => {
    const [x, y] = [verifiedFile({ expertId: 'E1', sequence: 2, points: 1 }), verifiedFile({ expertId: 'E1', sequence: 2, points: 2 })];
    const smaller = x.exportHash < y.exportHash ? x : y;
    const merged = mergeStates(officeStateOf([x]), officeStateOf([y]));
    expect(viewOf(merged)).toEqual([smaller]);
    expect(viewOf(mergeStates(officeStateOf([y]), officeStateOf([x])))).toEqual([smaller]);
  });

  it('gives the sheets of the view exports only, sorted by expert then application', () => {
    const old = verifiedFile({ expertId: 'E2', sequence: 1, sheets: [scoredSheet('E2', 'A09', 1)] });
    const e2 = verifiedFile({ expertId: 'E2', sequence: 2, sheets: [scoredSheet('E2', 'A03', 2), scoredSheet('E2', 'A01', 2)] });
    const e1 = verifiedFile({ expertId: 'E1', sequence: 1, sheets: [scoredSheet('E1', 'A02', 3)] });
    expect(mergedSheets(officeStateOf([e2, old, e1])).map((s) => `${s.expertId}/${s.applicationId}`)).toEqual(['E1/A02', 'E2/A01', 'E2/A03']);
  });

  it('is empty for the empty state', () => {
    expect(viewOf(EMPTY_OFFICE_STATE)).toEqual([]);
    expect(mergedSheets(EMPTY_OFFICE_STATE)).toEqual([]);
  });
});
