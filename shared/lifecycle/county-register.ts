// The county register (县级创建台账) as the office keeps it in a file: every county in the programme with its
// state and the full history of recorded transitions. Reading it replays each history through applyTransition,
// so an edited file cannot claim a state, or a history, that the rules would not have given.
import { z } from 'zod';
import { error, type Problem } from '../problems';
import { issueProblem, type IssueMessageKeys } from '../util/schema-issue-problem';
import type { CalendarDate } from './calendar-date';
import { countyEntrySchema, newCountyEntry, type CountyEntry } from './county-entry';
import { DEFAULT_LIFECYCLE_SETTINGS } from './next-due';
import { applyTransition } from './transitions';

export const COUNTY_REGISTER_FORMAT = 'review-desk/county-register';
export const COUNTY_REGISTER_VERSION = 1;

const months = z.number().int().min(1).max(120);

export const lifecycleSettingsSchema = z.strictObject({
  creationPeriodMonths: months,
  midtermAfterMonths: months,
  recheckIntervalMonths: months,
});

export const countyRegisterSchema = z.strictObject({
  format: z.literal(COUNTY_REGISTER_FORMAT),
  formatVersion: z.literal(COUNTY_REGISTER_VERSION),
  settings: lifecycleSettingsSchema.default({ ...DEFAULT_LIFECYCLE_SETTINGS }),
  counties: z.array(countyEntrySchema),
});
export type CountyRegister = z.infer<typeof countyRegisterSchema>;

export function emptyCountyRegister(): CountyRegister {
  return { format: COUNTY_REGISTER_FORMAT, formatVersion: COUNTY_REGISTER_VERSION, settings: { ...DEFAULT_LIFECYCLE_SETTINGS }, counties: [] };
}

export type CountyRegisterResult = { ok: true; register: CountyRegister } | { ok: false; problems: Problem[] };

const ISSUE_KEYS: IssueMessageKeys = {
  missing: 'lifecycle.register.missing',
  expected: {
    string: 'lifecycle.register.expectedText',
    number: 'lifecycle.register.expectedNumber',
    int: 'lifecycle.register.expectedNumber',
    boolean: 'lifecycle.register.expectedYesNo',
    array: 'lifecycle.register.expectedList',
    object: 'lifecycle.register.expectedObject',
  },
  empty: 'lifecycle.register.empty',
  tooFewItems: 'lifecycle.register.other',
  notAbove: 'lifecycle.register.below',
  below: 'lifecycle.register.below',
  above: 'lifecycle.register.above',
  badFormat: 'lifecycle.register.badFormat',
  notOneOf: 'lifecycle.register.notOneOf',
  unknownKeys: 'lifecycle.register.unknownKeys',
  noVariant: 'lifecycle.register.unknownEvent',
  other: 'lifecycle.register.other',
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Replays one county's history from `applied`; problems where it is refused or disagrees with what is stored. */
function replayProblems(entry: CountyEntry, where: string, today: CalendarDate): Problem[] {
  let replayed = newCountyEntry(entry);
  for (const [index, record] of entry.history.entries()) {
    const at = `${where}.history[${index}]`;
    const result = applyTransition(replayed, record.event, { today });
    if (!result.ok) return [error(result.code, at, result.params)];
    if (result.entry.state !== record.state) return [error('lifecycle.register.stateMismatch', at, { county: entry.name, stored: record.state, derived: result.entry.state })];
    replayed = result.entry;
  }
  if (replayed.state !== entry.state) return [error('lifecycle.register.stateMismatch', where, { county: entry.name, stored: entry.state, derived: replayed.state })];
  return [];
}

export interface ReadRegisterOptions {
  /** Events dated after today are refused as they would be when recorded; omit to skip that check. */
  today?: CalendarDate;
}

export function parseCountyRegister(input: unknown, options: ReadRegisterOptions = {}): CountyRegisterResult {
  // Tell "not a register" and "a newer register" apart from a damaged one before reading any field.
  if (!isRecord(input) || input.format !== COUNTY_REGISTER_FORMAT) return { ok: false, problems: [error('lifecycle.register.wrongFormat', 'format')] };
  if (input.formatVersion !== COUNTY_REGISTER_VERSION) {
    return { ok: false, problems: [error('lifecycle.register.unsupportedVersion', 'formatVersion', { version: String(input.formatVersion) })] };
  }
  const parsed = countyRegisterSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => issueProblem(issue, issue.path, issue.path.map(String).join('.'), ISSUE_KEYS, input)) };
  }
  const register = parsed.data;
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const [index, entry] of register.counties.entries()) {
    const where = `counties[${index}]`;
    if (seen.has(entry.code)) problems.push(error('lifecycle.register.duplicateCode', where, { code: entry.code }));
    seen.add(entry.code);
    problems.push(...replayProblems(entry, where, options.today ?? '9999-12-31'));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, register };
}

/** The register as a county entry was replaced (e.g. after applyTransition); refuses an unknown code. */
export function withCountyEntry(register: CountyRegister, entry: CountyEntry): CountyRegister | undefined {
  const index = register.counties.findIndex((county) => county.code === entry.code);
  if (index < 0) return undefined;
  return { ...register, counties: register.counties.with(index, entry) };
}
