import type { DatePhrase } from "./date-phrases";
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
import { formatZoneLabel, offsetLabel, zonePlace } from "./zone-label";

/** Whose wall clock the reader wants times in. */
export type ZoneMode = "reader" | "publisher";
export type TimestampDisplay = "relative" | "absolute";

export interface TimestampInput {
  /** ISO 8601 with an offset, e.g. "2015-10-04T09:19:00+03:00". */
  iso: string;
  /** The publisher's IANA zone; without it the offset inside `iso` is the publisher's clock. */
  publisherTimeZone?: string | null;
  readerTimeZone: TimeZone;
  zoneMode: ZoneMode;
  /** The date locale; `phrase` must be in its language, so the whole line is. */
  locale: string;
  phrase: DatePhrase;
  now: Date;
  display: TimestampDisplay;
}

export interface TimestampDescription {
  /** For `<time dateTime>`: the instant exactly as the data gives it. */
  dateTime: string;
  /** Full date, time and zone, for the tooltip. */
  title: string;
  /** The date and time: "October 4, 2015 at 2:19 AM". */
  text: string;
  /** The zone or the other clock, with its brackets: "(9:19 AM Türkiye Time, GMT+3)"; or null. */
  note: string | null;
  /** `text` and `note` together: visible in absolute display, screen-reader text in relative. */
  absoluteText: string;
  /** "3 hours ago" when relative display applies (within the cut-off), otherwise null. */
  relativeText: string | null;
}

/** Everything `<Timestamp>` renders, as plain strings, so it is testable without React. */
export function describeTimestamp(input: TimestampInput): TimestampDescription {
  const { iso, readerTimeZone, zoneMode, locale, phrase, now, display } = input;
  const instant = new Date(iso);
  const publisherZone = publisherTimeZone(iso, input.publisherTimeZone);
  const relativeText =
    display === "relative" && isWithinRelativeCutoff(instant, now)
      ? formatRelative(instant, now, locale)
      : null;
  const describe = (
    text: string,
    note: string | null,
    titleZone: TimeZone,
  ) => ({
    dateTime: iso,
    title: formatFullAbsolute(instant, locale, titleZone, phrase),
    text,
    note,
    absoluteText: note ? `${text} ${note}` : text,
    relativeText,
  });

  if (zoneMode === "publisher") {
    const zone = formatZoneLabel(instant, publisherZone, locale, phrase);
    return describe(
      formatAbsolute(instant, locale, publisherZone),
      phrase("timestamp.zoneNote", { zone }),
      publisherZone,
    );
  }

  const text = formatAbsolute(instant, locale, readerTimeZone);
  if (!wallClocksDiffer(instant, readerTimeZone, publisherZone)) {
    return describe(text, null, readerTimeZone);
  }
  // Across the date line the publisher's day differs too, and a bare time would mislead.
  const sameDay =
    formatDate(instant, locale, readerTimeZone) ===
    formatDate(instant, locale, publisherZone);
  const place = zonePlace(instant, publisherZone, locale);
  const note = phrase("timestamp.otherClock", {
    time: sameDay
      ? formatTimeOfDay(instant, locale, publisherZone)
      : formatAbsolute(instant, locale, publisherZone),
    hasPlace: place ? "yes" : "no",
    place: place ?? "",
    offset: offsetLabel(instant, publisherZone, locale),
  });
  return describe(text, note, readerTimeZone);
}
