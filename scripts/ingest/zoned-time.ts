/**
 * Time-zone arithmetic with Intl only (no date library): the tz database that ships with Node's ICU
 * knows every historical offset, e.g. Turkey's extended daylight saving in autumn 2015.
 */

/** A calendar date and clock time as a publisher wrote it, with no offset. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

// Creating a DateTimeFormat costs far more than using one, and the ingest asks for the same few zones
// hundreds of thousands of times.
function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      era: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const validZones = new Map<string, boolean>();

export function isTimeZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    try {
      formatterFor(zone);
      // "+03:00" and "UTC+3" are accepted by Intl but are offsets, not publisher zones.
      valid =
        /^[A-Za-z]+(?:[/_+-][A-Za-z0-9_+-]+)*$/.test(zone) &&
        zone.includes("/");
      valid ||= zone === "UTC";
    } catch {
      valid = false;
    }
    validZones.set(zone, valid);
  }
  return valid;
}

/** The instant a wall time names when read as UTC. */
export function wallTimeToUtcMs(wall: WallTime): number {
  const ms = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    wall.second,
  );
  // Date.UTC maps years 0–99 to 1900–1999.
  return wall.year < 100 ? new Date(ms).setUTCFullYear(wall.year) : ms;
}

const BUCKET_MS = 6 * 3_600_000;
/** Per zone: the exact offset at each bucket boundary (bucket index × BUCKET_MS) asked about so far. */
const boundaryOffsets = new Map<string, Map<number, number>>();

function offsetAtBoundary(bucket: number, timeZone: string): number {
  let offsets = boundaryOffsets.get(timeZone);
  if (!offsets) {
    offsets = new Map();
    boundaryOffsets.set(timeZone, offsets);
  }
  let offset = offsets.get(bucket);
  if (offset === undefined) {
    offset = exactOffsetMinutesAt(bucket * BUCKET_MS, timeZone);
    // Bounded: a run touches few zones, but dates can spread over centuries.
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(bucket, offset);
  }
  return offset;
}

/**
 * The zone's offset from UTC at an instant, in whole minutes (east positive). Intl is slow (µs a
 * call), so offsets are looked up per six-hour bucket [start, end): when the offsets at its start
 * and at its end (the next bucket's start) agree, no transition happens inside it (offsets change at
 * most once in six hours) and that offset holds throughout; a bucket whose ends disagree holds a
 * transition and is always computed exactly. Each boundary is computed once and shared by the two
 * buckets it separates.
 */
export function offsetMinutesAt(instantMs: number, timeZone: string): number {
  const bucket = Math.floor(instantMs / BUCKET_MS);
  const start = offsetAtBoundary(bucket, timeZone);
  const end = offsetAtBoundary(bucket + 1, timeZone);
  return start === end ? start : exactOffsetMinutesAt(instantMs, timeZone);
}

// What the formatter above prints, e.g. "10/4/2015 AD, 08:19:00" or "1/1/51 BC, 00:53:28".
const FORMATTED = /^(\d+)\/(\d+)\/(\d+) (AD|BC|A|B), (\d+):(\d+):(\d+)$/;

/** The zone's wall clock at an instant, read from `format` (a third of `formatToParts`' cost). */
function wallTimeAt(instantMs: number, timeZone: string): WallTime {
  const date = new Date(instantMs);
  const match = FORMATTED.exec(formatterFor(timeZone).format(date));
  if (match) {
    const [, month, day, year, era, hour, minute, second] = match;
    return {
      year: era === "BC" || era === "B" ? 1 - Number(year) : Number(year),
      month: Number(month),
      day: Number(day),
      hour: Number(hour),
      minute: Number(minute),
      second: Number(second),
    };
  }
  // Another ICU could print differently; formatToParts says the same in a stable shape.
  const parts = formatterFor(timeZone).formatToParts(date);
  const field = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  const era = parts.find((part) => part.type === "era")?.value;
  return {
    year: era === "BC" || era === "B" ? 1 - field("year") : field("year"),
    month: field("month"),
    day: field("day"),
    hour: field("hour"),
    minute: field("minute"),
    second: field("second"),
  };
}

function exactOffsetMinutesAt(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const local = wallTimeToUtcMs(wallTimeAt(wholeSecond, timeZone));
  // Local mean times before standard zones have second-level offsets; ISO offsets have minutes.
  return Math.round((local - wholeSecond) / 60_000);
}

export function isCalendarDate(
  year: number,
  month: number,
  day: number,
): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate();
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : daysInMonth);
}

export function isValidWallTime(wall: WallTime): boolean {
  return (
    isCalendarDate(wall.year, wall.month, wall.day) &&
    wall.hour >= 0 &&
    wall.hour <= 23 &&
    wall.minute >= 0 &&
    wall.minute <= 59 &&
    wall.second >= 0 &&
    wall.second <= 59
  );
}

/**
 * The instant at which a zone's clocks showed a wall time. Deterministic at transitions, the same
 * rule as Temporal's "compatible" disambiguation: in an overlap (clocks turned back) the earlier
 * instant wins; in a gap (clocks turned forward) the time is read with the offset in force before
 * the gap, which lands just after it (02:30 on a spring-forward night in New York → 03:30 EDT).
 */
export function wallTimeToInstant(wall: WallTime, timeZone: string): number {
  const asUtc = wallTimeToUtcMs(wall);
  const day = 86_400_000;
  const before = offsetMinutesAt(asUtc - day, timeZone);
  const after = offsetMinutesAt(asUtc + day, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset * 60_000)
    .filter(
      (instant) =>
        offsetMinutesAt(instant, timeZone) * 60_000 === asUtc - instant,
    )
    .sort((a, b) => a - b);
  return candidates[0] ?? asUtc - before * 60_000;
}

function pad(value: number, width = 2): string {
  return String(Math.abs(value)).padStart(width, "0");
}

/** ISO 8601 with seconds and an explicit offset, e.g. 2015-10-04T09:19:00+03:00. */
export function formatInstant(
  instantMs: number,
  offsetMinutes: number,
): string {
  const local = new Date(
    Math.floor(instantMs / 1000) * 1000 + offsetMinutes * 60_000,
  );
  const year = local.getUTCFullYear();
  const sign = offsetMinutes < 0 ? "-" : "+";
  return (
    `${year < 0 ? "-" : ""}${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`
  );
}

/** An instant written in a zone's own offset at that instant. */
export function formatInstantInZone(
  instantMs: number,
  timeZone: string,
): string {
  return formatInstant(instantMs, offsetMinutesAt(instantMs, timeZone));
}
