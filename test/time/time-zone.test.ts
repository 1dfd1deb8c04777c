import { describe, expect, it } from "vitest";
import {
  fixedOffsetMinutes,
  formatFixedOffset,
  isValidTimeZone,
  offsetMinutesAt,
  publisherTimeZone,
  wallClocksDiffer,
} from "../../src/time/time-zone";

describe("offsetMinutesAt: Turkey's historical offsets come from Intl's tz data", () => {
  it.each([
    // Summer time 2015, as on the seed article.
    { iso: "2015-10-04T09:19:00+03:00", offset: 180 },
    // Summer time was extended to 8 November in 2015 because of the election.
    { iso: "2015-11-01T12:00:00Z", offset: 180 },
    { iso: "2015-11-09T12:00:00Z", offset: 120 },
    // Winter time before the change.
    { iso: "2015-01-15T12:00:00Z", offset: 120 },
    // Permanent UTC+3 since 7 September 2016, winter included.
    { iso: "2017-01-15T12:00:00Z", offset: 180 },
    { iso: "2026-01-15T12:00:00Z", offset: 180 },
  ])("Europe/Istanbul at $iso is UTC+$offset min", ({ iso, offset }) => {
    expect(offsetMinutesAt(new Date(iso), "Europe/Istanbul")).toBe(offset);
  });

  it.each([
    { zone: "America/New_York", iso: "2015-10-04T06:19:00Z", offset: -240 },
    { zone: "America/New_York", iso: "2015-12-04T06:19:00Z", offset: -300 },
    { zone: "Asia/Kolkata", iso: "2015-10-04T06:19:00Z", offset: 330 },
    { zone: "America/St_Johns", iso: "2016-01-10T06:19:00Z", offset: -210 },
    { zone: "UTC", iso: "2015-10-04T06:19:00Z", offset: 0 },
    { zone: "+05:30", iso: "2015-10-04T06:19:00Z", offset: 330 },
    { zone: "-03:30", iso: "2015-10-04T06:19:00Z", offset: -210 },
  ])("$zone at $iso → $offset", ({ zone, iso, offset }) => {
    expect(offsetMinutesAt(new Date(iso), zone)).toBe(offset);
  });
});

describe("fixed offsets", () => {
  it.each([
    ["+05:30", 330],
    ["-03:30", -210],
    ["+0000", 0],
    ["Europe/Istanbul", null],
    ["UTC", null],
  ] as const)("fixedOffsetMinutes(%s) → %s", (zone, minutes) => {
    expect(fixedOffsetMinutes(zone)).toBe(minutes);
  });

  it.each([
    [330, "+05:30"],
    [-210, "-03:30"],
    [0, "+00:00"],
  ] as const)("formatFixedOffset(%i) → %s", (minutes, zone) => {
    expect(formatFixedOffset(minutes)).toBe(zone);
  });
});

describe("publisherTimeZone", () => {
  it.each([
    {
      iso: "2015-10-04T09:19:00+03:00",
      iana: "Europe/Istanbul",
      zone: "Europe/Istanbul",
    },
    { iso: "2015-10-04T09:19:00+05:30", iana: undefined, zone: "+05:30" },
    { iso: "2015-10-04T09:19:00-0330", iana: null, zone: "-03:30" },
    { iso: "2015-10-04T06:19:00Z", iana: undefined, zone: "UTC" },
  ])("$iso with $iana → $zone", ({ iso, iana, zone }) => {
    expect(publisherTimeZone(iso, iana)).toBe(zone);
  });
});

describe("wallClocksDiffer", () => {
  const seed = new Date("2015-10-04T09:19:00+03:00");
  it.each([
    { reader: "America/New_York", publisher: "Europe/Istanbul", differ: true },
    { reader: "Europe/Istanbul", publisher: "Europe/Istanbul", differ: false },
    // Different ids, same clock at that instant.
    { reader: "Europe/Moscow", publisher: "Europe/Istanbul", differ: false },
    { reader: "Europe/Istanbul", publisher: "+03:00", differ: false },
    { reader: "Asia/Kolkata", publisher: "+05:30", differ: false },
    { reader: "Europe/Berlin", publisher: "Europe/Istanbul", differ: true },
  ])("$reader vs $publisher → $differ", ({ reader, publisher, differ }) => {
    expect(wallClocksDiffer(seed, reader, publisher)).toBe(differ);
  });

  it("depends on the instant: Berlin and Istanbul matched in winter 2015 only", () => {
    const winter2015 = new Date("2015-01-15T12:00:00Z");
    const winter2017 = new Date("2017-01-15T12:00:00Z");
    expect(
      wallClocksDiffer(winter2015, "Europe/Helsinki", "Europe/Istanbul"),
    ).toBe(false);
    expect(
      wallClocksDiffer(winter2017, "Europe/Helsinki", "Europe/Istanbul"),
    ).toBe(true);
  });
});

describe("isValidTimeZone", () => {
  it.each([
    ["Europe/Istanbul", true],
    ["UTC", true],
    ["+05:30", true],
    ["Mars/Olympus_Mons", false],
    ["", false],
  ] as const)("%s → %s", (zone, valid) => {
    expect(isValidTimeZone(zone)).toBe(valid);
  });
});
