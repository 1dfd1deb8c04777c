import type { DatePhrase } from "./date-phrases";
import { dateTimeFormat } from "./formatter-cache";
import { fixedOffsetMinutes, type TimeZone } from "./time-zone";

/** The city part of an IANA id ("America/New_York" → "New York"), or null for "UTC", "Etc/…". */
export function zoneCity(timeZone: TimeZone): string | null {
  if (!timeZone.includes("/") || timeZone.startsWith("Etc/")) return null;
  const city = timeZone.slice(timeZone.lastIndexOf("/") + 1);
  return city.replaceAll("_", " ");
}

// formatToParts is the slowest call in a timestamp, and a timestamp asks for the same zone name
// twice (its note and its title): recent answers are kept, a bounded number of them.
const recentNames = new Map<string, string>();
const RECENT_NAMES = 512;

function timeZoneNamePart(
  instant: Date,
  timeZone: string,
  locale: string,
  timeZoneName: "shortOffset" | "shortGeneric",
): string {
  const key = `${instant.getTime()} ${timeZone} ${locale} ${timeZoneName}`;
  let name = recentNames.get(key);
  if (name === undefined) {
    name =
      dateTimeFormat(locale, { timeZone, timeZoneName })
        .formatToParts(instant)
        .find((part) => part.type === "timeZoneName")?.value ?? "";
    if (recentNames.size >= RECENT_NAMES) recentNames.clear();
    recentNames.set(key, name);
  }
  return name;
}

function shortOffsetLabel(
  instant: Date,
  timeZone: string,
  locale: string,
): string {
  return timeZoneNamePart(instant, timeZone, locale, "shortOffset");
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

const gmtPrefixes = new Map<string, string>();

/** How a locale writes "GMT" before an offset ("GMT", "UTC", "غرينتش"); the same for every zone. */
function gmtPrefix(locale: string): string {
  let prefix = gmtPrefixes.get(locale);
  if (prefix === undefined) {
    prefix = shortOffsetLabel(new Date(0), "Etc/GMT-1", locale).replace(
      /[+\u2212-].*$/,
      "",
    );
    gmtPrefixes.set(locale, prefix);
  }
  return prefix;
}

/**
 * The place whose clock a zone is, in the date language, as the browser's CLDR data names it:
 * "Türkiye Time", "Türkiye Saati", "توقيت تركيا", "New York Saati", "ET" (where the locale's readers
 * know the abbreviation). Intl has no city names of its own (Chromium's trimmed data even lacks
 * the localised exemplar cities), so this generic name is the most local the platform offers;
 * when it only repeats the offset, the IANA city stands in ("Istanbul"), and zones that are
 * only an offset ("UTC", "+05:30", "Etc/GMT-3") have no place.
 */
export function zonePlace(
  instant: Date,
  timeZone: TimeZone,
  locale: string,
): string | null {
  if (fixedOffsetMinutes(timeZone) !== null) return null;
  const generic = timeZoneNamePart(instant, timeZone, locale, "shortGeneric");
  // "GMT+3", "UTC+3", "غرينتش+3": Intl had no name, only the offset in the locale's GMT format.
  if (generic && !generic.startsWith(gmtPrefix(locale))) return generic;
  return zoneCity(timeZone);
}

/**
 * "Türkiye Time, GMT+3": the place a reader recognises plus the offset at that instant, which
 * carries the historical rules (Istanbul was GMT+2 in January 2015, GMT+3 all year since 2016).
 */
export function formatZoneLabel(
  instant: Date,
  timeZone: TimeZone,
  locale: string,
  phrase: DatePhrase,
): string {
  const place = zonePlace(instant, timeZone, locale);
  const offset = offsetLabel(instant, timeZone, locale);
  return phrase("timestamp.zone", {
    hasPlace: place ? "yes" : "no",
    place: place ?? "",
    offset,
  });
}
