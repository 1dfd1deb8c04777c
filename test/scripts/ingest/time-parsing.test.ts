import { describe, expect, it } from "vitest";
import { parseDateLine } from "../../../scripts/ingest/date-line.ts";
import { parseTimestamp } from "../../../scripts/ingest/parse-timestamp.ts";
import {
  formatInstantInZone,
  wallTimeToInstant,
} from "../../../scripts/ingest/zoned-time.ts";

const wall = (text: string) => {
  const [date = "", time = ""] = text.split("T");
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  return {
    year: year ?? 0,
    month: month ?? 0,
    day: day ?? 0,
    hour: hour ?? 0,
    minute: minute ?? 0,
    second: 0,
  };
};

describe("wallTimeToInstant", () => {
  it.each([
    // Turkey: UTC+3 on 4 Oct and 1 Nov 2015 (daylight saving extended that year), UTC+2 on 15 Jan 2015.
    [
      "2015-10-04T09:19",
      "Europe/Istanbul",
      "2015-10-04T09:19:00+03:00",
      "2015-10-04T06:19:00.000Z",
    ],
    [
      "2015-11-01T09:00",
      "Europe/Istanbul",
      "2015-11-01T09:00:00+03:00",
      "2015-11-01T06:00:00.000Z",
    ],
    [
      "2015-01-15T12:00",
      "Europe/Istanbul",
      "2015-01-15T12:00:00+02:00",
      "2015-01-15T10:00:00.000Z",
    ],
    // A gap: 02:30 never happened in New York on 8 Mar 2015; read with the offset before the gap.
    [
      "2015-03-08T02:30",
      "America/New_York",
      "2015-03-08T03:30:00-04:00",
      "2015-03-08T07:30:00.000Z",
    ],
    // An overlap: 01:30 happened twice on 1 Nov 2015; the earlier one wins.
    [
      "2015-11-01T01:30",
      "America/New_York",
      "2015-11-01T01:30:00-04:00",
      "2015-11-01T05:30:00.000Z",
    ],
    [
      "2021-06-01T12:00",
      "Asia/Kolkata",
      "2021-06-01T12:00:00+05:30",
      "2021-06-01T06:30:00.000Z",
    ],
    [
      "2020-03-29T01:30",
      "Europe/London",
      "2020-03-29T02:30:00+01:00",
      "2020-03-29T01:30:00.000Z",
    ],
  ])("%s in %s is %s", (local, zone, iso, utc) => {
    const instant = wallTimeToInstant(wall(local), zone);
    expect(new Date(instant).toISOString()).toBe(utc);
    expect(formatInstantInZone(instant, zone)).toBe(iso);
  });
});

describe("parseTimestamp", () => {
  it.each([
    ["2015-10-04T09:19:00+03:00", undefined, "2015-10-04T09:19:00+03:00"],
    ["2015-10-04T06:19:00Z", undefined, "2015-10-04T06:19:00+00:00"],
    ["2015-10-04T06:19:00.123Z", undefined, "2015-10-04T06:19:00+00:00"],
    ["2015-10-04T06:19:00Z", "Europe/Istanbul", "2015-10-04T09:19:00+03:00"],
    ["2015-10-04T09:19:00", "Europe/Istanbul", "2015-10-04T09:19:00+03:00"],
    ["Sun, 04 Oct 2015 09:19:00 +0300", undefined, "2015-10-04T09:19:00+03:00"],
    ["Sun, 04 Oct 2015 06:19:00 GMT", undefined, "2015-10-04T06:19:00+00:00"],
    ["4 Oct 2015 02:19 EDT", undefined, "2015-10-04T02:19:00-04:00"],
    ["Thu, 01 Jan 98 00:00:00 PST", undefined, "1998-01-01T00:00:00-08:00"],
    // Date.UTC reads years 0–99 as 1900–1999; an explicit offset must not fall into that trap.
    ["0050-03-01T10:00:00+02:00", undefined, "0050-03-01T10:00:00+02:00"],
    // Year-first with slashes, as some CMSs write it: read in the zone, or with its own offset.
    ["2020/1/10 14:16:00", "Asia/Tokyo", "2020-01-10T14:16:00+09:00"],
    ["2020/01/10 14:16 +01:00", undefined, "2020-01-10T14:16:00+01:00"],
    // Month (and day) names in the languages the date lines read.
    [
      "Paz, 04 Ekim 2015 09:19:00 +0300",
      undefined,
      "2015-10-04T09:19:00+03:00",
    ],
    ["4 Şubat 2016 10:00 GMT", undefined, "2016-02-04T10:00:00+00:00"],
    [
      "Sunday, 4 October 2015 09:19 +0300",
      undefined,
      "2015-10-04T09:19:00+03:00",
    ],
    ["4 SEPT 2015 09:19 GMT", undefined, "2015-09-04T09:19:00+00:00"],
  ])("%s (zone %s) is %s", (raw, zone, expected) => {
    expect(parseTimestamp(raw, zone)).toMatchObject({
      ok: true,
      instant: expected,
    });
  });

  it.each([
    [
      "2015-10-04T09:19:00",
      undefined,
      '"2015-10-04T09:19:00" has no UTC offset; pass --zone IANA_ZONE to say how to read it',
    ],
    [
      "2015-02-29T10:00:00Z",
      undefined,
      '"2015-02-29T10:00:00Z" is not a real calendar date and time',
    ],
    [
      "2015-10-04T24:30:00Z",
      undefined,
      '"2015-10-04T24:30:00Z" is not a real calendar date and time',
    ],
    [
      "Sun, 04 Foo 2015 09:19:00 GMT",
      undefined,
      '"Sun, 04 Foo 2015 09:19:00 GMT" has an unknown month name',
    ],
    [
      "Sun, 04 Oct 2015 09:19:00 XYZ",
      undefined,
      '"Sun, 04 Oct 2015 09:19:00 XYZ" has an unknown time zone name "XYZ"',
    ],
    [
      "yesterday",
      undefined,
      '"yesterday" is not an ISO 8601 or RFC 822 date-time',
    ],
    [
      "2020/1/10 14:16:00",
      undefined,
      '"2020/1/10 14:16:00" has no UTC offset; pass --zone IANA_ZONE to say how to read it',
    ],
    [
      "4 Octember 2015 09:19 GMT",
      undefined,
      '"4 Octember 2015 09:19 GMT" has an unknown month name',
    ],
  ])("rejects %s", (raw, zone, reason) => {
    expect(parseTimestamp(raw, zone)).toEqual({ ok: false, reason });
  });
});

describe("parseDateLine", () => {
  it.each([
    [
      "Güncelleme Tarihi: 04 Ekim 2015, 09:19",
      "updated",
      true,
      "2015-10-04T09:19",
      undefined,
    ],
    [
      "Yayın Tarihi: 1 Şubat 2016, 7:05",
      "published",
      true,
      "2016-02-01T07:05",
      undefined,
    ],
    [
      "Yayınlanma Tarihi: 29 ŞUBAT 2016, 23:59",
      "published",
      true,
      "2016-02-29T23:59",
      undefined,
    ],
    [
      "GÜNCELLEME TARİHİ: 12 Agustos 2020 10.30",
      "updated",
      true,
      "2020-08-12T10:30",
      undefined,
    ],
    [
      "Updated: 4 October 2015, 09:19",
      "updated",
      false,
      "2015-10-04T09:19",
      undefined,
    ],
    [
      "Published: October 4, 2015, 09:19",
      "published",
      false,
      "2015-10-04T09:19",
      undefined,
    ],
    [
      "Last updated: 4 Oct 2015 09:19 GMT",
      "updated",
      false,
      "2015-10-04T09:19",
      0,
    ],
    [
      "Published: 4 Sept 2015, 09:19 UTC+3",
      "published",
      false,
      "2015-09-04T09:19",
      180,
    ],
    [
      "Updated: 4 October 2015, 09:19 -05:00",
      "updated",
      false,
      "2015-10-04T09:19",
      -300,
    ],
  ])("%s", (line, kind, turkish, local, offsetMinutes) => {
    expect(parseDateLine(line)).toEqual({
      ok: true,
      kind,
      turkish,
      wall: wall(local),
      ...(offsetMinutes === undefined ? {} : { offsetMinutes }),
    });
  });

  it.each([
    [
      "Yayın Tarihi: 31 Şubat 2015, 10:00",
      '"31 Şubat 2015, 10:00" is not a real calendar date and time',
    ],
    [
      "Updated: 4 Octember 2015, 09:19",
      '"4 Octember 2015, 09:19" has an unknown month name "octember"',
    ],
    [
      "Updated: yesterday",
      '"yesterday" is not a date and time such as "04 Ekim 2015, 09:19" or "4 October 2015, 09:19"',
    ],
    [
      "Updated: 4 October 2015, 25:00",
      '"4 October 2015, 25:00" is not a real calendar date and time',
    ],
  ])("rejects %s", (line, reason) => {
    expect(parseDateLine(line)).toEqual({ ok: false, reason });
  });

  it.each([
    "World Bulletin / News Desk",
    "Note: this is not a date",
    "Iraq ready to share anti-ISIL intel",
  ])("%s is not a date line", (line) => {
    expect(parseDateLine(line)).toBeUndefined();
  });
});
