import { relativeTimeFormat } from "./formatter-cache";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// Calendar-average lengths: relative phrases are approximate by nature ("3 months ago").
const MONTH = 30.436875 * DAY;
const YEAR = 365.2425 * DAY;

/**
 * Past this age a list shows the absolute date instead of "n days ago": beyond a week, readers
 * of news want to know which day, and "3 weeks ago" makes them count backwards.
 */
export const RELATIVE_TIME_CUTOFF_MS = 7 * DAY;

/** Whether a timestamp is recent enough (either side of `now`) to show as relative time. */
export function isWithinRelativeCutoff(instant: Date, now: Date): boolean {
  return Math.abs(now.getTime() - instant.getTime()) < RELATIVE_TIME_CUTOFF_MS;
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", YEAR],
  ["month", MONTH],
  ["week", 7 * DAY],
  ["day", DAY],
  ["hour", HOUR],
  ["minute", MINUTE],
];

/**
 * "3 hours ago", "dün", "11 yıl önce". Counts whole elapsed units (3h59m is "3 hours ago"), so the
 * phrase never claims more time has passed than has. Under a minute, either way, reads "now": it
 * absorbs small clock differences between reader and server.
 */
export function formatRelative(
  instant: Date,
  now: Date,
  locale: string,
): string {
  const format = relativeTimeFormat(locale, { numeric: "auto" });
  const elapsed = instant.getTime() - now.getTime();
  for (const [unit, length] of UNITS) {
    const count = Math.trunc(elapsed / length);
    if (count !== 0) return format.format(count, unit);
  }
  return format.format(0, "second");
}
