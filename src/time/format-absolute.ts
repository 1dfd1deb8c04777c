import type { DatePhrase } from "./date-phrases";
import { dateTimeFormat } from "./formatter-cache";
import { fixedOffsetMinutes, type TimeZone } from "./time-zone";
import { formatZoneLabel } from "./zone-label";

const DATE_AND_TIME: Intl.DateTimeFormatOptions = {
  dateStyle: "long",
  timeStyle: "short",
};
const FULL_DATE_AND_TIME: Intl.DateTimeFormatOptions = {
  dateStyle: "full",
  timeStyle: "short",
};
const TIME_OF_DAY: Intl.DateTimeFormatOptions = { timeStyle: "short" };
const DATE_ONLY: Intl.DateTimeFormatOptions = { dateStyle: "long" };

/**
 * Formats in any zone, fixed offsets included: an offset zone's wall clock is UTC's wall clock
 * shifted by the offset, so the instant is shifted and formatted in UTC.
 */
function formatInZone(
  instant: Date,
  locale: string,
  timeZone: TimeZone,
  options: Intl.DateTimeFormatOptions,
): string {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed === null)
    return dateTimeFormat(locale, { ...options, timeZone }).format(instant);
  const shifted = new Date(instant.getTime() + fixed * 60_000);
  return dateTimeFormat(locale, { ...options, timeZone: "UTC" }).format(
    shifted,
  );
}

/** Long date and short time: "October 4, 2015 at 2:19 AM", "4 Ekim 2015 09:19". */
export function formatAbsolute(
  instant: Date,
  locale: string,
  timeZone: TimeZone,
): string {
  return formatInZone(instant, locale, timeZone, DATE_AND_TIME);
}

/** Short time of day only: "9:19 AM", "09:19". */
export function formatTimeOfDay(
  instant: Date,
  locale: string,
  timeZone: TimeZone,
): string {
  return formatInZone(instant, locale, timeZone, TIME_OF_DAY);
}

/** Long date only: "October 4, 2015". */
export function formatDate(
  instant: Date,
  locale: string,
  timeZone: TimeZone,
): string {
  return formatInZone(instant, locale, timeZone, DATE_ONLY);
}

/**
 * Everything a reader could need, for tooltips: "Sunday, October 4, 2015 at 9:19 AM (Türkiye
 * Time, GMT+3)", all in the date language.
 */
export function formatFullAbsolute(
  instant: Date,
  locale: string,
  timeZone: TimeZone,
  phrase: DatePhrase,
): string {
  const dateTime = formatInZone(instant, locale, timeZone, FULL_DATE_AND_TIME);
  const zone = formatZoneLabel(instant, timeZone, locale, phrase);
  return `${dateTime} ${phrase("timestamp.zoneNote", { zone })}`;
}
