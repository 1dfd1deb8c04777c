import { dateTimeFormat } from "./formatter-cache";
import { fixedOffsetMinutes, type TimeZone } from "./time-zone";

/** The city part of an IANA id ("America/New_York" → "New York"), or null for "UTC", "Etc/…". */
export function zoneCity(timeZone: TimeZone): string | null {
  if (!timeZone.includes("/") || timeZone.startsWith("Etc/")) return null;
  const city = timeZone.slice(timeZone.lastIndexOf("/") + 1);
  return city.replaceAll("_", " ");
}

function shortOffsetLabel(
  instant: Date,
  timeZone: string,
  locale: string,
): string {
  return (
    dateTimeFormat(locale, { timeZone, timeZoneName: "shortOffset" })
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName")?.value ?? ""
  );
}

/**
 * "GMT+5:30" for a fixed offset, localised like Intl's own `shortOffset` ("UTC+5:30" in French).
 * Intl cannot format an offset zone on Node 20, but it can format the whole-hour "Etc/GMT∓h"
 * zones, so the hour comes from there and only the minutes are appended by hand.
 */
export function fixedOffsetLabel(
  offsetMinutes: number,
  locale: string,
): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  const suffix = minutes === 0 ? "" : `:${String(minutes).padStart(2, "0")}`;
  // Etc ids have inverted signs (POSIX) and span GMT-14 … GMT+12; "-00:30" has no hour to carry
  // its sign. Outside that, fall back to the en-US spelling.
  const inEtcRange =
    offsetMinutes >= 0 ? hours <= 14 : hours <= 12 && hours > 0;
  if (!inEtcRange) return `GMT${sign}${hours}${suffix}`;
  const etcZone =
    hours === 0 ? "Etc/GMT" : `Etc/GMT${sign === "+" ? "-" : "+"}${hours}`;
  return `${shortOffsetLabel(new Date(0), etcZone, locale)}${suffix}`;
}

/** The offset a zone's clock showed at an instant, as Intl labels it: "GMT+3", "GMT-4". */
export function offsetLabel(
  instant: Date,
  timeZone: TimeZone,
  locale: string,
): string {
  const fixed = fixedOffsetMinutes(timeZone);
  return fixed === null
    ? shortOffsetLabel(instant, timeZone, locale)
    : fixedOffsetLabel(fixed, locale);
}

/**
 * "Istanbul, GMT+3": the city a reader recognises plus the offset at that instant, which carries
 * the historical rules (Istanbul was GMT+2 in January 2015, GMT+3 all year since 2016).
 */
export function formatZoneLabel(
  instant: Date,
  timeZone: TimeZone,
  locale: string,
): string {
  const city = zoneCity(timeZone);
  const offset = offsetLabel(instant, timeZone, locale);
  return city ? `${city}, ${offset}` : offset;
}
