// One plain line per audit entry for people reading the log (the office's audit view and its exported
// workbook): built from the action and whatever its details say. Details are JSON of any shape — written
// by this version, an older one or a newer one — so every field is read defensively and a line is always
// produced: what is missing is left out of the sentence, never guessed and never a crash.
import { translate, type Locale } from '../i18n/translate';
import { groupedFingerprint } from '../util/fingerprint';
import { IMPORT_OUTCOMES } from './import-outcome';
import type { AuditAction, AuditEntry, JsonValue } from './audit-log';

export interface AuditDescription {
  readonly description: string;
  /** The expert the entry concerns, when its details name one. */
  readonly expertId?: string;
}

/** Roster expert id → name, to say who an entry is about. */
export type ExpertNames = ReadonlyMap<string, string>;

type Details = { readonly [key: string]: JsonValue };

const asObject = (value: JsonValue): Details => (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {});

function text(details: Details, key: string): string | undefined {
  const value = details[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A whole non-negative number, or the length of a list (a newer version may list what an older one counted). */
function count(details: Details, key: string): number | undefined {
  const value = details[key];
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (Array.isArray(value)) return value.length;
  return undefined;
}

/** Longest detail text quoted into a line: paths and notes stay readable, a pasted essay does not flood the view. */
const QUOTE_CHARS = 160;
const quoted = (value: string): string => ([...value].length > QUOTE_CHARS ? `${[...value].slice(0, QUOTE_CHARS - 1).join('')}…` : value);

function expertPhrase(locale: Locale, details: Details, names: ExpertNames): string | undefined {
  const expertId = text(details, 'expertId');
  if (expertId === undefined) return undefined;
  const name = names.get(expertId);
  return name === undefined
    ? translate(locale, 'officeAudit.describe.expertUnknown', { expert: quoted(expertId) })
    : translate(locale, 'officeAudit.describe.expert', { expert: quoted(expertId), name: quoted(name) });
}

/** 「专家 E1（张明华）第 2 次导出，11 份评分表」, with whichever parts the details carry. */
function exportPhrase(locale: Locale, details: Details, names: ExpertNames): string {
  const parts: string[] = [];
  const expert = expertPhrase(locale, details, names);
  if (expert !== undefined) parts.push(expert);
  const sequence = count(details, 'sequence');
  if (sequence !== undefined && sequence > 0) parts.push(translate(locale, 'officeAudit.describe.sequence', { sequence }));
  // English puts a comma before the export number; with no expert named, nothing comes before it.
  const joined = parts.join('').replace(/^,\s*/, '');
  const sheets = count(details, 'sheets');
  const withSheets = sheets === undefined ? joined : [joined, translate(locale, 'officeAudit.describe.sheets', { count: sheets })].filter((p) => p !== '').join(translate(locale, 'officeAudit.describe.comma'));
  return withSheets === '' ? translate(locale, 'officeAudit.describe.noExpert') : withSheets;
}

const KNOWN_OUTCOMES: ReadonlySet<string> = new Set(IMPORT_OUTCOMES);

function refusedReason(locale: Locale, details: Details): string {
  const outcome = text(details, 'outcome');
  if (outcome !== undefined && KNOWN_OUTCOMES.has(outcome) && outcome !== 'accepted') {
    return translate(locale, `officeAudit.outcome.${outcome as Exclude<(typeof IMPORT_OUTCOMES)[number], 'accepted'>}`);
  }
  return outcome === undefined ? translate(locale, 'officeAudit.outcome.unknown') : translate(locale, 'officeAudit.outcome.other', { outcome: quoted(outcome) });
}

type Describer = (locale: Locale, details: Details, names: ExpertNames) => string;

const DESCRIBERS: Readonly<Record<AuditAction, Describer>> = {
  scoresImported: (locale, details, names) => translate(locale, 'officeAudit.describe.scoresImported', { what: exportPhrase(locale, details, names) }),
  scoresRefused: (locale, details, names) =>
    translate(locale, 'officeAudit.describe.scoresRefused', { reason: refusedReason(locale, details), what: exportPhrase(locale, details, names) }),
  sessionFileWritten: (locale, details) => {
    const path = text(details, 'path');
    return path === undefined
      ? translate(locale, 'officeAudit.describe.sessionFileWritten')
      : translate(locale, 'officeAudit.describe.sessionFileWrittenTo', { path: quoted(path) });
  },
  suggestionListSigned: (locale, details) => {
    const version = count(details, 'version');
    const base =
      version === undefined || version === 0
        ? translate(locale, 'officeAudit.describe.listSigned')
        : translate(locale, 'officeAudit.describe.listSignedVersion', { version });
    const adjustments = count(details, 'adjustments');
    return adjustments === undefined || adjustments === 0 ? base : base + translate(locale, 'officeAudit.describe.listAdjustments', { count: adjustments });
  },
  reportsWritten: (locale, details) => {
    const files = count(details, 'files');
    const folder = text(details, 'folder');
    if (files !== undefined && folder !== undefined) return translate(locale, 'officeAudit.describe.reportsWrittenTo', { count: files, folder: quoted(folder) });
    if (files !== undefined) return translate(locale, 'officeAudit.describe.reportsWrittenCount', { count: files });
    if (folder !== undefined) return translate(locale, 'officeAudit.describe.reportsWrittenFolder', { folder: quoted(folder) });
    return translate(locale, 'officeAudit.describe.reportsWritten');
  },
  auditLogExported: (locale, details) => {
    const entries = count(details, 'entries');
    const path = text(details, 'path');
    const base = entries === undefined ? translate(locale, 'officeAudit.describe.logExported') : translate(locale, 'officeAudit.describe.logExportedCount', { count: entries });
    return path === undefined ? base : base + translate(locale, 'officeAudit.describe.toPath', { path: quoted(path) });
  },
  outcomesRecorded: (locale, details) => {
    const counties = count(details, 'counties');
    const number = text(details, 'documentNumber');
    const base = counties === undefined ? translate(locale, 'officeAudit.describe.outcomesRecorded') : translate(locale, 'officeAudit.describe.outcomesRecordedCount', { count: counties });
    return number === undefined ? base : base + translate(locale, 'officeAudit.describe.documentNumber', { number: quoted(number) });
  },
};

/** The line for one entry; an action this version does not know still gets one (its name and details). */
export function describeAuditEntry(locale: Locale, entry: Pick<AuditEntry, 'action' | 'details'>, names: ExpertNames): AuditDescription {
  const details = asObject(entry.details);
  const expertId = text(details, 'expertId');
  const describe: Describer | undefined = Object.hasOwn(DESCRIBERS, entry.action) ? DESCRIBERS[entry.action] : undefined;
  const description =
    describe === undefined
      ? translate(locale, 'officeAudit.describe.unknownAction', { action: quoted(String(entry.action)), details: quoted(JSON.stringify(entry.details) ?? '') })
      : describe(locale, details, names);
  return expertId === undefined ? { description } : { description, expertId };
}

/** The action's short name, as the view's filter and the workbook's 操作 column show it. */
export function auditActionLabel(locale: Locale, action: AuditAction): string {
  return translate(locale, `officeAudit.action.${action}`);
}

const HEX_KEY = /^[0-9a-f]{64}$/;

/**
 * Who, as people know them: this office's key as its owner's name, another key as its first groups (read out
 * to compare), and anything else (a name an older version recorded) as it stands.
 */
export function auditActorLabel(locale: Locale, actor: string, office: { readonly name: string; readonly fingerprint: string }): string {
  if (actor === office.fingerprint) return translate(locale, 'officeAudit.actor.office', { name: office.name });
  if (HEX_KEY.test(actor)) return translate(locale, 'officeAudit.actor.key', { fingerprint: `${groupedFingerprint(actor, 4)} …` });
  return quoted(actor);
}
