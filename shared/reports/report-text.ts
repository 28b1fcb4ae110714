// Text both renderers print the same way: dates in Beijing time (the programme's and the offices' clock,
// whatever the generating machine's time zone), scores with two decimals, a leaf value in words.
import { translate, type Locale, type MessageKey } from '../i18n/translate';
import type { LeafValue } from '../scoring/score-sheet';
import type { LeafKind } from '../standard/schema';

const BEIJING = 'Asia/Shanghai';

interface DateParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

function beijingParts(iso: string): DateParts {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: BEIJING,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  // Day and month without leading zeros (2026年1月5日), whatever the formatter pads.
  return { year: part('year'), month: String(Number(part('month'))), day: String(Number(part('day'))), hour: part('hour'), minute: part('minute') };
}

/** 2026年11月27日 / 27 Nov 2026, in Beijing time. */
export function reportDate(locale: Locale, iso: string): string {
  const { year, month, day } = beijingParts(iso);
  // English names the month (Jan); Chinese numbers it (1月).
  return translate(locale, 'report.date', { year, month: locale === 'en-US' ? monthName(Number(month)) : month, day });
}

/** 2026年11月27日 20:41（北京时间）. */
export function reportDateTime(locale: Locale, iso: string): string {
  const { hour, minute } = beijingParts(iso);
  return translate(locale, 'report.dateTime', { date: reportDate(locale, iso), hour, minute });
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? String(month);

/** 84.5 → "84.50"; null → "—". */
export function scoreText(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2);
}

/** A number as given, without padding: 8.5 → "8.5", 3 → "3" (points in a crowded table). */
export function plainNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

const BOOLEAN_WORDS: Partial<Record<LeafKind, readonly [MessageKey, MessageKey]>> = {
  passFail: ['report.value.pass', 'report.value.fail'],
  veto: ['report.value.vetoClear', 'report.value.vetoFailed'],
  prerequisite: ['report.value.met', 'report.value.unmet'],
};

/** A leaf's value in words: 8.5, 较好, 达标, 否决, 2 次; "—" when absent. */
export function leafValueText(locale: Locale, kind: LeafKind, value: LeafValue | null): string {
  if (value === null) return '—';
  const words = BOOLEAN_WORDS[kind];
  if (words && typeof value === 'boolean') return translate(locale, value ? words[0] : words[1]);
  if (kind === 'deduction' && typeof value === 'number') return translate(locale, 'report.value.occurrences', { count: plainNumber(value) });
  if (typeof value === 'number') return plainNumber(value);
  return String(value);
}
