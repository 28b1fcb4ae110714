import { describe, expect, it } from 'vitest';
import { emptyCountyRegister, parseCountyRegister, withCountyEntry, type CountyRegister } from '../../../shared/lifecycle/county-register';
import { COUNTY_STATES } from '../../../shared/lifecycle/county-states';
import { applyTransition } from '../../../shared/lifecycle/transitions';
import { COUNTY, eventOf, PATH_TO, play, TODAY } from './lifecycle-fixtures';

/** One county in each state, each with its own code. */
function registerOfEveryState(): CountyRegister {
  const counties = COUNTY_STATES.map((state, index) => play(PATH_TO[state], { ...COUNTY, code: String(330101 + index), name: `${state}县` }));
  return { ...emptyCountyRegister(), counties };
}

/** The register as the file holds it, read back as untyped JSON the way a file on disk would be. */
const asFile = (register: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(register)) as Record<string, unknown>;

describe('parseCountyRegister', () => {
  it('reads back what was written (one county in every state)', () => {
    const register = registerOfEveryState();
    expect(parseCountyRegister(asFile(register), { today: TODAY })).toEqual({ ok: true, register });
  });

  it('fills in the default settings when a file has none', () => {
    const { settings: _settings, ...withoutSettings } = emptyCountyRegister();
    expect(parseCountyRegister(asFile(withoutSettings))).toEqual({ ok: true, register: emptyCountyRegister() });
  });

  it('refuses a county whose stored state its history does not give', () => {
    const file = asFile(registerOfEveryState()) as { counties: { state: string }[] };
    file.counties[3]!.state = 'named'; // inCreation in truth
    expect(parseCountyRegister(file)).toEqual({
      ok: false,
      problems: [{ code: 'lifecycle.register.stateMismatch', severity: 'error', where: 'counties[3]', params: { county: 'inCreation县', stored: 'named', derived: 'inCreation' } }],
    });
  });

  it('refuses a history record claiming another state than its event led to', () => {
    const file = asFile(registerOfEveryState()) as { counties: { history: { state: string }[] }[] };
    file.counties[5]!.history[3]!.state = 'named'; // acceptanceFailed county: its acceptance failed
    const result = parseCountyRegister(file);
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.register.stateMismatch', where: 'counties[5].history[3]' }] });
  });

  it('refuses a history that skips a step (an inserted acceptance straight after the start)', () => {
    const file = asFile(registerOfEveryState()) as { counties: { history: unknown[]; state: string }[] };
    const inCreation = file.counties[3]!;
    inCreation.history.push({ event: asFile(eventOf('acceptanceDecided', 'pass', '2024-01-01')), state: 'named' });
    inCreation.state = 'named';
    expect(parseCountyRegister(file)).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.refused.illegal.inCreation', where: 'counties[3].history[2]' }] });
  });

  it('refuses events dated after today when today is given', () => {
    const file = asFile(registerOfEveryState());
    expect(parseCountyRegister(file, { today: '2025-01-09' })).toMatchObject({ ok: false, problems: expect.arrayContaining([expect.objectContaining({ code: 'lifecycle.refused.dateInFuture' })]) });
  });

  it('refuses unknown fields, at the top, in a county and in an event', () => {
    const top = { ...asFile(emptyCountyRegister()), extra: 1 };
    expect(parseCountyRegister(top)).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.register.unknownKeys', params: { keys: 'extra' } }] });

    const file = asFile(registerOfEveryState()) as { counties: Record<string, unknown>[] };
    file.counties[0]!.mayor = '张三';
    expect(parseCountyRegister(file)).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.register.unknownKeys', where: 'counties.0' }] });

    const withEventField = asFile(registerOfEveryState()) as { counties: { history: { event: Record<string, unknown> }[] }[] };
    withEventField.counties[2]!.history[0]!.event.marks = 95;
    expect(parseCountyRegister(withEventField)).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.register.unknownKeys' }] });
  });

  it('refuses a file of another format, and a newer version of this one', () => {
    expect(parseCountyRegister({ ...asFile(emptyCountyRegister()), format: 'review-desk/session' })).toEqual({
      ok: false,
      problems: [{ code: 'lifecycle.register.wrongFormat', severity: 'error', where: 'format', params: {} }],
    });
    expect(parseCountyRegister([])).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.register.wrongFormat' }] });
    expect(parseCountyRegister({ ...asFile(emptyCountyRegister()), formatVersion: 2 })).toMatchObject({
      ok: false,
      problems: [{ code: 'lifecycle.register.unsupportedVersion', params: { version: '2' } }],
    });
  });

  it('refuses a bad division code, batch 4 and a county listed twice', () => {
    const file = asFile(registerOfEveryState()) as { counties: Record<string, unknown>[] };
    file.counties[0]!.code = '33010';
    file.counties[1]!.batch = 4;
    expect(parseCountyRegister(file)).toMatchObject({
      ok: false,
      problems: [
        { code: 'lifecycle.register.badFormat', where: 'counties.0.code' },
        { code: 'lifecycle.register.above', where: 'counties.1.batch', params: { maximum: 3 } },
      ],
    });
    const twice = asFile(registerOfEveryState()) as { counties: Record<string, unknown>[] };
    twice.counties[1]!.code = twice.counties[0]!.code;
    expect(parseCountyRegister(twice)).toMatchObject({ ok: false, problems: [{ code: 'lifecycle.register.duplicateCode', where: 'counties[1]' }] });
  });
});

describe('withCountyEntry', () => {
  it('replaces one county after a transition without touching the register it was given', () => {
    const register = registerOfEveryState();
    const before = structuredClone(register);
    const applied = register.counties[0]!;
    const result = applyTransition(applied, eventOf('qualificationDecided', 'qualified', '2025-06-01'), { today: TODAY });
    if (!result.ok) throw new Error(result.code);
    const next = withCountyEntry(register, result.entry);
    expect(register).toEqual(before);
    expect(next?.counties[0]?.state).toBe('qualified');
    expect(parseCountyRegister(asFile(next)).ok).toBe(true);
    expect(withCountyEntry(register, { ...result.entry, code: '999999' })).toBeUndefined();
  });
});
