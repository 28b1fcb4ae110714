import { describe, expect, it } from 'vitest';
import { COUNTY_STATES, FINAL_STATES, type CountyState } from '../../../shared/lifecycle/county-states';
import { EVENT_KINDS, EVENT_OUTCOMES, transitionEventSchema, type EventKind } from '../../../shared/lifecycle/transition-events';
import { applyTransition } from '../../../shared/lifecycle/transitions';
import { entryIn, eventOf, LEGAL, moveKey, PATH_TO, TODAY } from './lifecycle-fixtures';

/** Inside the rectification period of the fixture (deadline 2025-09-01) and after every fixture path. */
const IN_TIME = '2025-06-01';
/** After that deadline: the only date a lapse may carry. */
const AFTER_DEADLINE = '2025-10-01';

describe('the lists the table is generated from', () => {
  it('EVENT_KINDS are exactly the kinds of the event schema, and EVENT_OUTCOMES covers each of them', () => {
    const schemaKinds = transitionEventSchema.options.map((option) => option.shape.kind.value);
    expect([...EVENT_KINDS]).toEqual(schemaKinds);
    expect(new Set(EVENT_OUTCOMES.map((o) => o.kind))).toEqual(new Set(EVENT_KINDS));
  });

  it('every hand-written legal move names a known state, event and outcome', () => {
    const known = new Set(COUNTY_STATES.flatMap((state) => EVENT_OUTCOMES.map((o) => moveKey(state, o.kind, o.outcome))));
    for (const [move, target] of Object.entries(LEGAL)) {
      expect(known.has(move), move).toBe(true);
      expect(COUNTY_STATES).toContain(target);
    }
  });

  it('the final states are exactly those no legal move leaves', () => {
    const leaving = new Set(Object.keys(LEGAL).map((move) => move.split(' ')[0]));
    expect(new Set(COUNTY_STATES.filter((state) => !leaving.has(state)))).toEqual(new Set(FINAL_STATES));
  });

  it('each fixture path really ends in its state', () => {
    for (const state of COUNTY_STATES) expect(entryIn(state).state).toBe(state);
  });
});

describe('every state × every event and result', () => {
  for (const state of COUNTY_STATES) {
    for (const { kind, outcome } of EVENT_OUTCOMES) {
      const move = moveKey(state, kind, outcome);
      const expected: CountyState | undefined = LEGAL[move];
      it(`${move} → ${expected ?? 'refused'}`, () => {
        const entry = entryIn(state);
        const before = structuredClone(entry);
        const event = eventOf(kind, outcome, kind === 'rectificationLapsed' ? AFTER_DEADLINE : IN_TIME);
        const result = applyTransition(entry, event, { today: TODAY });
        expect(entry, 'the entry given is never changed').toEqual(before);
        if (expected === undefined) {
          expect(result).toEqual({ ok: false, code: `lifecycle.refused.illegal.${state}`, params: { state, event: kind } });
        } else {
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.entry.state).toBe(expected);
          expect(result.entry.history).toEqual([...before.history, { event, state: expected }]);
        }
      });
    }
  }
});

describe('a mid-term 不合格', () => {
  it('reaches midtermChecked with the grade kept and a warning; pass and excellent warn nothing', () => {
    const failed = applyTransition(entryIn('inCreation'), eventOf('midtermRecorded', 'fail', IN_TIME), { today: TODAY });
    expect(failed).toMatchObject({ ok: true, warnings: ['lifecycle.warning.midtermFailed'], entry: { state: 'midtermChecked' } });
    expect(failed.ok && failed.entry.history.at(-1)?.event).toMatchObject({ grade: 'fail' });
    const passed = applyTransition(entryIn('inCreation'), eventOf('midtermRecorded', 'pass', IN_TIME), { today: TODAY });
    expect(passed).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('document numbers and review sessions', () => {
  /** Written from issue #8: decisions carry a 文号; the three non-decisions may not. */
  const DOCUMENT_OPTIONAL: readonly EventKind[] = ['creationStarted', 'retentionDeclined', 'rectificationLapsed'];
  /** Decisions from a panel name the review session. */
  const SESSION_REQUIRED: readonly EventKind[] = ['qualificationDecided', 'midtermRecorded', 'acceptanceDecided', 'reinspectionDecided', 'recheckDecided'];
  const stateFor = (kind: EventKind): CountyState => COUNTY_STATES.find((state) => EVENT_OUTCOMES.some((o) => o.kind === kind && LEGAL[moveKey(state, kind, o.outcome)]))!;

  for (const { kind, outcome } of EVENT_OUTCOMES) {
    const date = kind === 'rectificationLapsed' ? AFTER_DEADLINE : IN_TIME;
    it(`${kind}${outcome ? `:${outcome}` : ''} without a 文号 is ${DOCUMENT_OPTIONAL.includes(kind) ? 'accepted' : 'refused'}`, () => {
      const result = applyTransition(entryIn(stateFor(kind)), eventOf(kind, outcome, date, { documentNumber: undefined }), { today: TODAY });
      if (DOCUMENT_OPTIONAL.includes(kind)) expect(result.ok).toBe(true);
      else expect(result).toEqual({ ok: false, code: 'lifecycle.refused.documentNumberMissing', params: { event: kind } });
    });
    it(`${kind}${outcome ? `:${outcome}` : ''} without a review session is ${SESSION_REQUIRED.includes(kind) ? 'refused' : 'accepted'}`, () => {
      const result = applyTransition(entryIn(stateFor(kind)), eventOf(kind, outcome, date, { sessionId: undefined }), { today: TODAY });
      if (SESSION_REQUIRED.includes(kind)) expect(result).toEqual({ ok: false, code: 'lifecycle.refused.sessionMissing', params: { event: kind } });
      else expect(result.ok).toBe(true);
    });
  }

  it('a blank 文号 is refused as malformed, not taken for a number', () => {
    const result = applyTransition(entryIn('applied'), eventOf('qualificationDecided', 'qualified', IN_TIME, { documentNumber: '   ' }), { today: TODAY });
    expect(result).toMatchObject({ ok: false, code: 'lifecycle.refused.invalidEvent' });
  });
});

describe('dates', () => {
  const start = (date: string, today = TODAY) => applyTransition(entryIn('qualified'), eventOf('creationStarted', undefined, date), { today });

  it('refuses a date before the previous transition (the fixture was qualified on 2023-03-01)', () => {
    expect(start('2023-02-28')).toEqual({ ok: false, code: 'lifecycle.refused.dateBeforePrevious', params: { date: '2023-02-28', previousDate: '2023-03-01' } });
  });

  it('accepts the same day as the previous transition', () => {
    expect(start('2023-03-01').ok).toBe(true);
  });

  it('refuses a date after today, accepts today', () => {
    expect(start('2023-06-02', '2023-06-01')).toEqual({ ok: false, code: 'lifecycle.refused.dateInFuture', params: { date: '2023-06-02', today: '2023-06-01' } });
    expect(start('2023-06-01', '2023-06-01').ok).toBe(true);
  });

  it('refuses a day that is not on the calendar', () => {
    expect(start('2023-02-29')).toMatchObject({ ok: false, code: 'lifecycle.refused.invalidEvent' });
    expect(start('2024-02-29').ok).toBe(true);
  });
});

describe('the fixture paths', () => {
  it('cover every state', () => {
    expect(Object.keys(PATH_TO).sort()).toEqual([...COUNTY_STATES].sort());
  });
});
