// What does and does not depend on the order files are imported in. Accepted-only state means a refused
// file is never held, so which side of a fork gets held depends on which arrives first. What is proved here:
//
// Always order-independent, for any files in any order:
//   1. the outcome of a file refused on identity (wrongSession, wrongStandard, unknownKey, wrongExpert):
//      it depends only on the file and the roster;
//   2. per expert: when that expert's files form one consistent history (no two different exports at one
//      sequence, and each file whose predecessor sequence is also present names that predecessor), the
//      view is that expert's highest-sequence file — whatever the order, whatever other experts' files say;
//   3. so, when no expert has a fork, the whole view and `mergedSheets` (and so runPanel's results);
//   4. the office never silently falls behind: every authentic file newer than the expert's view was
//      reported as a fork, in every order;
//   5. importing on two desks and merging the states gives the same view as importing everything on one
//      (consistent histories), and merging states is order-independent outright (merge.test.ts).
// Not order-independent: which files are held (1,2,3 holds three; 3,2,1 holds one and reports two replays),
// the outcome counts, the audit log, and — for an expert with a fork — that expert's view and even whether
// the fork is reported at all (a stale fork behind a newer export reads as a replay). The examples at the
// end pin these down, so a change that alters them has to change this comment too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBatch, classifyImport } from '../../../shared/office/classify-import';
import type { ImportOutcome } from '../../../shared/office/import-outcome';
import { mergeStates, mergedSheets, viewOf } from '../../../shared/office/merge';
import { EMPTY_OFFICE_STATE } from '../../../shared/office/office-state';
import type { VerifiedScoresFile } from '../../../shared/office/verified-scores-file';
import { ROSTER, SESSION_ID, at, chainOf, keyOf, verifiedFile } from './scores-files';

const RUNS = { numRuns: 1000 };
const EXPERTS = ['E1', 'E2', 'E3'] as const;
const IDENTITY_OUTCOMES: readonly ImportOutcome[] = ['wrongSession', 'wrongStandard', 'unknownKey', 'wrongExpert'];

/** Files every order must refuse on identity alone. */
const FOREIGN: readonly VerifiedScoresFile[] = [
  verifiedFile({ expertId: 'E1', sequence: 9, sessionId: `${SESSION_ID}-old` }),
  verifiedFile({ expertId: 'E2', sequence: 9, standardFingerprint: keyOf('old standard') }),
  verifiedFile({ expertId: 'E3', sequence: 9, signer: 'stranger' }),
  verifiedFile({ expertId: 'E1', sequence: 9, signer: 'E2' }),
];
const isForeign = (file: VerifiedScoresFile): boolean => FOREIGN.some((f) => f.exportHash === file.exportHash);

/**
 * One expert's exports as a tree: each export continues an earlier one (or starts afresh), the way a laptop
 * restored from a backup, or a second laptop, forks an expert's history. `variant` makes siblings differ;
 * equal siblings are the same export, i.e. a duplicate.
 */
const historyArb = (expertId: string, honest: boolean): fc.Arbitrary<VerifiedScoresFile[]> =>
  fc
    .array(fc.record({ parent: fc.nat(), variant: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 5 })
    .map((steps) => {
      const nodes: VerifiedScoresFile[] = [];
      for (const [i, step] of steps.entries()) {
        // Honest: always continue the latest export. Forking: continue any earlier one, or start again.
        const parentIndex = honest ? i - 1 : (step.parent % (i + 1)) - 1;
        const parent = parentIndex >= 0 ? nodes[parentIndex] : undefined;
        const sequence = parent ? parent.payload.sequence + 1 : 1;
        nodes.push(verifiedFile({ expertId, sequence, previousHash: parent?.exportHash ?? null, points: sequence * 10 + (honest ? 0 : step.variant) }));
      }
      return nodes;
    });

interface Scenario {
  /** The files brought to the office, with repeats, in two independent orders. */
  orderA: VerifiedScoresFile[];
  orderB: VerifiedScoresFile[];
}

const scenarioArb = (honest: (expert: string) => boolean): fc.Arbitrary<Scenario> =>
  fc
    .tuple(historyArb('E1', honest('E1')), historyArb('E2', honest('E2')), historyArb('E3', honest('E3')), fc.subarray([...FOREIGN]))
    .chain(([h1, h2, h3, foreign]) => {
      const pool = [...h1, ...h2, ...h3];
      return fc
        .array(fc.nat({ max: pool.length - 1 }), { minLength: 1, maxLength: 12 })
        .map((picks) => [...picks.map((i) => at(pool, i)), ...foreign]);
    })
    .chain((files) =>
      fc.record({
        orderA: fc.shuffledSubarray(files, { minLength: files.length }),
        orderB: fc.shuffledSubarray(files, { minLength: files.length }),
      }),
    );

/** An expert's files (identity-refused ones left out). */
const filesOf = (files: readonly VerifiedScoresFile[], expertId: string): VerifiedScoresFile[] =>
  files.filter((f) => !isForeign(f) && f.payload.expertId === expertId);

/** No two different exports at one sequence; every file whose predecessor sequence is present names it. */
function isConsistentHistory(files: readonly VerifiedScoresFile[]): boolean {
  const bySequence = new Map<number, string>();
  for (const f of files) {
    const seen = bySequence.get(f.payload.sequence);
    if (seen !== undefined && seen !== f.exportHash) return false;
    bySequence.set(f.payload.sequence, f.exportHash);
  }
  return files.every((f) => {
    const previous = bySequence.get(f.payload.sequence - 1);
    return previous === undefined || previous === f.payload.previousHash;
  });
}

/** The highest-sequence file of a consistent history (unique by definition). */
function newest(files: readonly VerifiedScoresFile[]): VerifiedScoresFile | undefined {
  return [...files].sort((a, b) => b.payload.sequence - a.payload.sequence)[0];
}

const viewFor = (view: readonly VerifiedScoresFile[], expertId: string): VerifiedScoresFile | undefined =>
  view.find((f) => f.payload.expertId === expertId);

describe('import order: honest experts (no forks)', () => {
  const honestScenario = scenarioArb(() => true);

  it('gives the same view and the same merged sheets in any order: each expert’s newest file', () => {
    fc.assert(
      fc.property(honestScenario, ({ orderA, orderB }) => {
        const a = classifyBatch(EMPTY_OFFICE_STATE, orderA, ROSTER).state;
        const b = classifyBatch(EMPTY_OFFICE_STATE, orderB, ROSTER).state;
        expect(viewOf(a)).toEqual(viewOf(b));
        expect(mergedSheets(a)).toEqual(mergedSheets(b));
        const expected = EXPERTS.map((e) => newest(filesOf(orderA, e))).filter((f) => f !== undefined);
        expect(viewOf(a)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('gives the same view when two desks each import part of the files and merge their states', () => {
    fc.assert(
      fc.property(
        honestScenario.chain((s) => fc.record({ files: fc.constant(s.orderA), onDeskA: fc.array(fc.boolean(), { minLength: s.orderA.length, maxLength: s.orderA.length }) })),
        ({ files, onDeskA }) => {
          const deskA = classifyBatch(EMPTY_OFFICE_STATE, files.filter((_, i) => onDeskA[i]), ROSTER).state;
          const deskB = classifyBatch(EMPTY_OFFICE_STATE, files.filter((_, i) => !onDeskA[i]), ROSTER).state;
          const oneDesk = classifyBatch(EMPTY_OFFICE_STATE, files, ROSTER).state;
          expect(viewOf(mergeStates(deskA, deskB))).toEqual(viewOf(oneDesk));
          expect(mergedSheets(mergeStates(deskB, deskA))).toEqual(mergedSheets(oneDesk));
        },
      ),
      RUNS,
    );
  });
});

describe('import order: experts with forks', () => {
  // E1 and E2 may fork; E3 is always honest, so its view must not care what the others do.
  const forkingScenario = scenarioArb((e) => e === 'E3');

  it('keeps every honest expert’s view order-independent, whatever the forking experts’ files', () => {
    fc.assert(
      fc.property(forkingScenario, ({ orderA, orderB }) => {
        const viewA = viewOf(classifyBatch(EMPTY_OFFICE_STATE, orderA, ROSTER).state);
        const viewB = viewOf(classifyBatch(EMPTY_OFFICE_STATE, orderB, ROSTER).state);
        for (const expertId of EXPERTS) {
          const files = filesOf(orderA, expertId);
          if (!isConsistentHistory(files)) continue;
          expect(viewFor(viewA, expertId)).toEqual(newest(files));
          expect(viewFor(viewB, expertId)).toEqual(newest(files));
        }
      }),
      RUNS,
    );
  });

  it('reports every file newer than the view as a fork, refuses identity failures alike, and never changes state on a refusal', () => {
    fc.assert(
      fc.property(forkingScenario, ({ orderA }) => {
        let state = EMPTY_OFFICE_STATE;
        const outcomes: ImportOutcome[] = [];
        for (const file of orderA) {
          const result = classifyImport(state, file, ROSTER);
          if (result.outcome !== 'accepted') expect(result.nextState).toBe(state);
          outcomes.push(result.outcome);
          state = result.nextState;
        }
        const view = viewOf(state);
        for (const [i, file] of orderA.entries()) {
          const outcome = at(outcomes, i);
          if (isForeign(file)) {
            expect(IDENTITY_OUTCOMES).toContain(outcome);
            expect(outcome).toBe(classifyImport(EMPTY_OFFICE_STATE, file, ROSTER).outcome);
            continue;
          }
          const shown = viewFor(view, file.payload.expertId);
          expect(shown, 'an expert with files has a view').toBeDefined();
          if (shown && file.payload.sequence > shown.payload.sequence) expect(outcome).toBe('fork');
        }
        // The view only ever shows files that were brought in.
        for (const shown of view) expect(orderA).toContain(shown);
      }),
      RUNS,
    );
  });
});

describe('import order: what depends on it (examples)', () => {
  const [one, two, three] = [at(chainOf('E1', 3), 0), at(chainOf('E1', 3), 1), at(chainOf('E1', 3), 2)];

  it('the held set and the counts depend on order, the view does not (no fork)', () => {
    const forward = classifyBatch(EMPTY_OFFICE_STATE, [one, two, three], ROSTER);
    const backward = classifyBatch(EMPTY_OFFICE_STATE, [three, two, one], ROSTER);
    expect(forward.state.held).toHaveLength(3);
    expect(backward.state.held).toEqual([three]);
    expect(forward.report.counts).toMatchObject({ accepted: 3, replay: 0 });
    expect(backward.report.counts).toMatchObject({ accepted: 1, replay: 2 });
    expect(viewOf(forward.state)).toEqual(viewOf(backward.state));
  });

  it('with a fork at the top, whichever side arrives first becomes the view; the other is reported', () => {
    const left = verifiedFile({ expertId: 'E1', sequence: 2, previousHash: one.exportHash, points: 1 });
    const right = verifiedFile({ expertId: 'E1', sequence: 2, previousHash: one.exportHash, points: 2 });
    const lr = classifyBatch(EMPTY_OFFICE_STATE, [one, left, right], ROSTER);
    const rl = classifyBatch(EMPTY_OFFICE_STATE, [one, right, left], ROSTER);
    expect(viewOf(lr.state)).toEqual([left]);
    expect(viewOf(rl.state)).toEqual([right]);
    expect(lr.report.counts.fork).toBe(1);
    expect(rl.report.counts.fork).toBe(1);
    // Merging the two desks' states is order-independent again: the smaller export hash.
    const smaller = left.exportHash < right.exportHash ? left : right;
    expect(viewOf(mergeStates(lr.state, rl.state))).toEqual([smaller]);
  });

  it('a newer file on a branch the office did not hold is a fork in one order and the view in the other', () => {
    const otherOne = verifiedFile({ expertId: 'E1', sequence: 1, points: 50 });
    const twoOnOther = verifiedFile({ expertId: 'E1', sequence: 2, previousHash: otherOne.exportHash });
    const first = classifyBatch(EMPTY_OFFICE_STATE, [one, twoOnOther], ROSTER);
    const second = classifyBatch(EMPTY_OFFICE_STATE, [twoOnOther, one], ROSTER);
    expect(first.results.map((r) => r.outcome)).toEqual(['accepted', 'fork']);
    expect(viewOf(first.state)).toEqual([one]);
    expect(second.results.map((r) => r.outcome)).toEqual(['accepted', 'replay']);
    expect(viewOf(second.state)).toEqual([twoOnOther]);
  });

  it('a stale fork behind a newer held export reads as a replay, not a conflict', () => {
    const rivalOne = verifiedFile({ expertId: 'E1', sequence: 1, points: 60 });
    const batch = classifyBatch(EMPTY_OFFICE_STATE, [three, rivalOne, one], ROSTER);
    expect(batch.results.map((r) => r.outcome)).toEqual(['accepted', 'replay', 'replay']);
  });
});
