// The names the programme's report files get: in the caller's language, dated (Beijing today), so the overview
// written each month sits beside last month's instead of replacing it. A county's name is the office's own text
// and becomes part of a file name, so characters no file system takes (Windows' <>:"/\|?* and control
// characters) are replaced rather than trusted: a separator in a name must never put the file elsewhere.
import { translate, type Locale } from '../../shared/i18n/translate';
import type { CountyEntry } from '../../shared/lifecycle/county-entry';

/** `text` with every character some file system refuses in a name replaced by “_”. */
export function safeFileNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  return text.replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_');
}

export const overviewFileName = (locale: Locale, today: string): string => translate(locale, 'programme.reports.overviewFile', { date: today });

export const timelineFileName = (locale: Locale, county: Pick<CountyEntry, 'name' | 'code'>, today: string): string =>
  translate(locale, 'programme.reports.timelineFile', { name: safeFileNamePart(county.name), code: county.code, date: today });
