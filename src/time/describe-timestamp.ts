import { languageOf } from "./default-locale";
import {
  formatAbsolute,
  formatDate,
  formatFullAbsolute,
  formatTimeOfDay,
} from "./format-absolute";
import { formatRelative, isWithinRelativeCutoff } from "./format-relative";
import {
  publisherTimeZone,
  wallClocksDiffer,
  type TimeZone,
} from "./time-zone";
import { formatZoneLabel } from "./zone-label";

/** Whose wall clock the reader wants times in. */
export type ZoneMode = "reader" | "publisher";
export type TimestampDisplay = "relative" | "absolute";

/** The language of the page around timestamps (index.html's `lang`). */
export const PAGE_LANGUAGE = "en";

export interface TimestampInput {
  /** ISO 8601 with an offset, e.g. "2015-10-04T09:19:00+03:00". */
  iso: string;
  /** The publisher's IANA zone; without it the offset inside `iso` is the publisher's clock. */
  publisherTimeZone?: string | null;
  readerTimeZone: TimeZone;
  zoneMode: ZoneMode;
  locale: string;
  now: Date;
  display: TimestampDisplay;
  pageLanguage?: string;
}

export interface TimestampDescription {
  /** For `<time dateTime>`: the instant exactly as the data gives it. */
  dateTime: string;
  /** Full date, time and zone, for the tooltip. */
  title: string;
  /** The absolute text: visible in absolute display, screen-reader text in relative display. */
  absoluteText: string;
  /** "3 hours ago" when relative display applies (within the cut-off), otherwise null. */
  relativeText: string | null;
  /** The date locale when its language differs from the page's, for the `lang` attribute. */
  lang: string | undefined;
}

// "9:19 AM in Istanbul, GMT+3". The connecting word is language-specific; languages without an
// entry get a neutral "Istanbul, GMT+3: 09:19" rather than an English word inside their text.
const IN_ZONE: Record<string, (time: string, zone: string) => string> = {
  en: (time, zone) => `${time} in ${zone}`,
  de: (time, zone) => `${time} in ${zone}`,
  fr: (time, zone) => `${time} à ${zone}`,
  es: (time, zone) => `${time} en ${zone}`,
  ar: (time, zone) => `${time} في ${zone}`,
};

function inZone(locale: string, time: string, zone: string): string {
  const phrase = IN_ZONE[languageOf(locale)];
  return phrase ? phrase(time, zone) : `${zone}: ${time}`;
}

/** Everything `<Timestamp>` renders, as plain strings, so it is testable without React. */
export function describeTimestamp(input: TimestampInput): TimestampDescription {
  const { iso, readerTimeZone, zoneMode, locale, now, display } = input;
  const instant = new Date(iso);
  const publisherZone = publisherTimeZone(iso, input.publisherTimeZone);
  const lang =
    languageOf(locale) === (input.pageLanguage ?? PAGE_LANGUAGE)
      ? undefined
      : locale;
  const relativeText =
    display === "relative" && isWithinRelativeCutoff(instant, now)
      ? formatRelative(instant, now, locale)
      : null;

  if (zoneMode === "publisher") {
    return {
      dateTime: iso,
      title: formatFullAbsolute(instant, locale, publisherZone),
      absoluteText: `${formatAbsolute(instant, locale, publisherZone)} (${formatZoneLabel(instant, publisherZone, locale)})`,
      relativeText,
      lang,
    };
  }

  let absoluteText = formatAbsolute(instant, locale, readerTimeZone);
  if (wallClocksDiffer(instant, readerTimeZone, publisherZone)) {
    // Across the date line the publisher's day differs too, and a bare time would mislead.
    const sameDay =
      formatDate(instant, locale, readerTimeZone) ===
      formatDate(instant, locale, publisherZone);
    const publisherTime = sameDay
      ? formatTimeOfDay(instant, locale, publisherZone)
      : formatAbsolute(instant, locale, publisherZone);
    absoluteText += ` (${inZone(locale, publisherTime, formatZoneLabel(instant, publisherZone, locale))})`;
  }
  return {
    dateTime: iso,
    title: formatFullAbsolute(instant, locale, readerTimeZone),
    absoluteText,
    relativeText,
    lang,
  };
}
