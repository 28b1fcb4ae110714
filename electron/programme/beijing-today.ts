// "Today" for the programme's dates: the Beijing calendar day, whatever zone this computer is set to, because
// decision documents and report deadlines are dated in Beijing. China keeps no daylight saving, so UTC+8 is
// exact all year and needs no time-zone database.
const EIGHT_HOURS_MS = 8 * 60 * 60 * 1000;

/** `YYYY-MM-DD` in Beijing at `now`. */
export function beijingDateOf(now: Date): string {
  return new Date(now.getTime() + EIGHT_HOURS_MS).toISOString().slice(0, 10);
}
