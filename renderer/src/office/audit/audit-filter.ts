// Narrowing the audit log as a clerk would in Excel: by kind of action, by who (the actor) or whom (the
// expert an entry is about), by words in its description, and by the day it was recorded. Pure, so the
// step's counts and rows come from one place.
import type { AuditLogEntryView } from '../../../../shared/contract/office-audit-spec';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../shared/office/audit-log';

export interface AuditFilter {
  /** The actions shown; all six at first. */
  readonly actions: ReadonlySet<AuditAction>;
  /** '' for everyone, `actor:<recorded actor>` or `expert:<expert id>`. */
  readonly person: string;
  /** Words looked for in the description, any case; '' for none. */
  readonly text: string;
  /** Days as `YYYY-MM-DD` (a date input's value), inclusive; '' for open. */
  readonly from: string;
  readonly to: string;
}

export const NO_FILTER: AuditFilter = { actions: new Set(AUDIT_ACTIONS), person: '', text: '', from: '', to: '' };

export const actorPerson = (actor: string): string => `actor:${actor}`;
export const expertPerson = (expertId: string): string => `expert:${expertId}`;

/** The day an entry was recorded on this computer's calendar, or null when its time does not read as one. */
export function localDay(recordedAt: string): string | null {
  const time = new Date(recordedAt);
  if (Number.isNaN(time.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
}

function matchesPerson(entry: AuditLogEntryView, person: string): boolean {
  if (person === '') return true;
  if (person.startsWith('actor:')) return entry.actor === person.slice('actor:'.length);
  if (person.startsWith('expert:')) return entry.expertId === person.slice('expert:'.length);
  return true;
}

function matchesDays(entry: AuditLogEntryView, from: string, to: string): boolean {
  if (from === '' && to === '') return true;
  // A range asks about dates; an entry whose time cannot be read has none, so it is left out while one is set.
  const day = localDay(entry.recordedAt);
  if (day === null) return false;
  return (from === '' || day >= from) && (to === '' || day <= to);
}

export function filterAuditEntries(entries: readonly AuditLogEntryView[], filter: AuditFilter): AuditLogEntryView[] {
  const words = filter.text.trim().toLocaleLowerCase();
  return entries.filter(
    (entry) =>
      filter.actions.has(entry.action) &&
      matchesPerson(entry, filter.person) &&
      (words === '' || entry.description.toLocaleLowerCase().includes(words)) &&
      matchesDays(entry, filter.from, filter.to),
  );
}

/** Newest first, as the clerk reads a log: by position in the chain, never by the clock (which may be wrong). */
export const newestFirst = (entries: readonly AuditLogEntryView[]): AuditLogEntryView[] => [...entries].sort((a, b) => b.index - a.index);

/** `2026-11-27 10:05:09` on this computer's clock, or the recorded text as it stands when it is not a time. */
export function localTime(recordedAt: string): string {
  const time = new Date(recordedAt);
  if (Number.isNaN(time.getTime())) return recordedAt;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${localDay(recordedAt) ?? ''} ${pad(time.getHours())}:${pad(time.getMinutes())}:${pad(time.getSeconds())}`;
}
