import { dateTimeFormat } from "./formatter-cache";

/**
 * Where a time is shown: an IANA zone id ("Europe/Istanbul") or a fixed UTC offset ("+05:30").
 * Fixed offsets exist because a source may give only the offset inside its ISO timestamp, and
 * Node 20's Intl rejects offset zones, so every formatter in this module handles them itself.
 */
export type TimeZone = string;

const FIXED_OFFSET = /^([+-])(\d{2}):?(\d{2})$/;
const ISO_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;
const SHORT_OFFSET = /^GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?$/;

/** Minutes east of UTC for a fixed-offset zone ("+05:30" → 330), or null for an IANA id. */
export function fixedOffsetMinutes(timeZone: TimeZone): number | null {
  const match = FIXED_OFFSET.exec(timeZone);
  if (!match) return null;
  const [, sign, hours, minutes] = match;
  const magnitude = Number(hours) * 60 + Number(minutes);
  return sign === "-" ? -magnitude : magnitude;
}

/**
 * The publisher's zone for a timestamp: its IANA zone when the source names one, otherwise the
 * offset written in the ISO string itself, which is the publisher's wall clock at that instant.
 */
export function publisherTimeZone(
  iso: string,
  ianaTimeZone?: string | null,
): TimeZone {
  if (ianaTimeZone) return ianaTimeZone;
  const offset = ISO_OFFSET.exec(iso)?.[1];
  if (!offset || offset.toUpperCase() === "Z") return "UTC";
  const minutes = fixedOffsetMinutes(offset);
  return minutes === null ? "UTC" : formatFixedOffset(minutes);
}

/** Canonical "+05:30" form of an offset in minutes. */
export function formatFixedOffset(minutes: number): TimeZone {
  const sign = minutes < 0 ? "-" : "+";
  const magnitude = Math.abs(minutes);
  const hours = String(Math.floor(magnitude / 60)).padStart(2, "0");
  return `${sign}${hours}:${String(magnitude % 60).padStart(2, "0")}`;
}

/**
 * Minutes east of UTC that this zone's wall clock showed at this instant. For IANA zones this
 * comes from Intl's tz data, so historical rule changes (Turkey 2015-2016) come out right.
 */
export function offsetMinutesAt(instant: Date, timeZone: TimeZone): number {
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return fixed;
  // en-US always spells offsets "GMT", "GMT+3" or "GMT-3:30", whatever the reader's locale.
  const label = dateTimeFormat("en-US", {
    timeZone,
    timeZoneName: "shortOffset",
  })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = label ? SHORT_OFFSET.exec(label) : null;
  if (!match) throw new RangeError(`Cannot read the UTC offset of ${timeZone}`);
  const [, sign, hours, minutes] = match;
  const magnitude = Number(hours ?? 0) * 60 + Number(minutes ?? 0);
  return sign === "-" ? -magnitude : magnitude;
}

/** Whether Intl accepts this IANA id, or it is a fixed offset this module formats itself. */
export function isValidTimeZone(timeZone: string): boolean {
  if (fixedOffsetMinutes(timeZone) !== null) return true;
  try {
    dateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Whether a reader in one zone and a publisher in another read different clocks at this instant. */
export function wallClocksDiffer(
  instant: Date,
  readerZone: TimeZone,
  publisherZone: TimeZone,
): boolean {
  return (
    offsetMinutesAt(instant, readerZone) !==
    offsetMinutesAt(instant, publisherZone)
  );
}
