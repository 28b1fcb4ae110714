// Numbers and times as the workspace shows them; the same in both languages, so no locale file entry, except
// a month and day said in words (monthDayTime), which each language writes its own way.

/** 1536 → "1.5 KB", 3_500_000 → "3.3 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** HH:MM:SS in local time: the saved state names the second, so an expert sees each save land. */
export function clockTime(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()].map((part) => String(part).padStart(2, '0')).join(':');
}

/** YYYY-MM-DD HH:MM in local time: when a session was opened or a file exported, to the minute. */
export function dateTime(at: Date): string {
  const pad = (part: number): string => String(part).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * Month, day and time to the minute in local time, as each language writes a date: 「11月28日 02:30」 in
 * Chinese (a clerk reads 11/28 as a fraction or the wrong way round), "Nov 28, 02:30" in English.
 */
export function monthDayTime(at: Date, locale: string): string {
  const pad = (part: number): string => String(part).padStart(2, '0');
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  if (locale.startsWith('zh')) return `${at.getMonth() + 1}月${at.getDate()}日 ${time}`;
  return `${at.toLocaleDateString('en-US', { month: 'short', day: 'numeric' })}, ${time}`;
}
