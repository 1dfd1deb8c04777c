import { monthNumber } from "./date-line.ts";
import {
  formatInstant,
  formatInstantInZone,
  isValidWallTime,
  wallTimeToInstant,
  wallTimeToUtcMs,
  type WallTime,
} from "./zoned-time.ts";

export type TimestampResult =
  | { ok: true; instant: string; epochMs: number }
  | { ok: false; reason: string };

/**
 * Turns a wall time plus what the source said about its offset into the contract's instant.
 * A publisher zone, when known, decides the offset written out, so the offset and `timeZone` agree.
 */
export function resolveWallTime(
  wall: WallTime,
  offsetMinutes: number | undefined,
  timeZone: string | undefined,
  raw: string,
): TimestampResult {
  if (!isValidWallTime(wall)) {
    return {
      ok: false,
      reason: `"${raw}" is not a real calendar date and time`,
    };
  }
  let epochMs: number;
  if (offsetMinutes !== undefined) {
    epochMs = wallTimeToUtcMs(wall) - offsetMinutes * 60_000;
  } else if (timeZone) {
    epochMs = wallTimeToInstant(wall, timeZone);
  } else {
    return {
      ok: false,
      reason: `"${raw}" has no UTC offset; pass --zone IANA_ZONE to say how to read it`,
    };
  }
  const instant = timeZone
    ? formatInstantInZone(epochMs, timeZone)
    : formatInstant(epochMs, offsetMinutes ?? 0);
  return { ok: true, instant, epochMs };
}

const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

// "2020/1/10 14:16:00": year first is unambiguous (no one writes year/day/month); read in the zone
// unless an offset follows.
const SLASH_PATTERN =
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;

// RFC 822 §5.1 names plus the military "Z"; other military letters were specified with the wrong sign
// and are rejected rather than guessed.
const NAMED_ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

// Day and month names in any language the date lines read (English, Turkish), full or abbreviated.
const RFC822_PATTERN =
  /^(?:\p{L}{2,12}\.?,?\s*)?(\d{1,2})\s+(\p{L}{3,9})\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?$/u;

/** Parses an RFC 3339 / ISO 8601 or RFC 822 date-time, the two forms feeds use. */
export function parseTimestamp(
  raw: string,
  timeZone: string | undefined,
): TimestampResult {
  const text = raw.trim();
  const iso = ISO_PATTERN.exec(text) ?? SLASH_PATTERN.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zulu, sign, oh, om] = iso;
    const offset = zulu
      ? 0
      : sign
        ? (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om))
        : undefined;
    const wall = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s ?? 0),
    };
    return resolveWallTime(wall, offset, timeZone, text);
  }
  const rfc = RFC822_PATTERN.exec(text);
  if (rfc) {
    const [, d, monthName, y, h, mi, s, zone] = rfc;
    const month = monthNumber(monthName ?? "") ?? 0;
    if (month === 0)
      return { ok: false, reason: `"${text}" has an unknown month name` };
    const shortYear = Number(y);
    // RFC 822 allowed two-digit years; RFC 2822 reads 00–49 as 20xx and 50–99 as 19xx.
    const year =
      (y ?? "").length === 2
        ? shortYear + (shortYear < 50 ? 2000 : 1900)
        : shortYear;
    let offset: number | undefined;
    if (zone && /^[+-]\d{4}$/.test(zone)) {
      offset =
        (zone.startsWith("-") ? -1 : 1) *
        (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
    } else if (zone) {
      offset = NAMED_ZONES[zone.toUpperCase()];
      if (offset === undefined) {
        return {
          ok: false,
          reason: `"${text}" has an unknown time zone name "${zone}"`,
        };
      }
    }
    const wall = {
      year,
      month,
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s ?? 0),
    };
    return resolveWallTime(wall, offset, timeZone, text);
  }
  return {
    ok: false,
    reason: `"${text}" is not an ISO 8601 or RFC 822 date-time`,
  };
}
