import { describe, expect, it } from "vitest";
import {
  fixedOffsetLabel,
  formatZoneLabel,
  offsetLabel,
  zoneCity,
} from "../../src/time/zone-label";

const shortOffset = (instant: Date, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;

describe("formatZoneLabel", () => {
  it.each([
    {
      iso: "2015-10-04T09:19:00+03:00",
      zone: "Europe/Istanbul",
      label: "Istanbul, GMT+3",
    },
    {
      iso: "2015-11-01T12:00:00Z",
      zone: "Europe/Istanbul",
      label: "Istanbul, GMT+3",
    },
    {
      iso: "2015-01-15T12:00:00Z",
      zone: "Europe/Istanbul",
      label: "Istanbul, GMT+2",
    },
    {
      iso: "2017-01-15T12:00:00Z",
      zone: "Europe/Istanbul",
      label: "Istanbul, GMT+3",
    },
    {
      iso: "2015-10-04T09:19:00+03:00",
      zone: "America/New_York",
      label: "New York, GMT-4",
    },
    {
      iso: "2015-10-04T09:19:00+03:00",
      zone: "America/Argentina/Buenos_Aires",
      label: "Buenos Aires, GMT-3",
    },
    { iso: "2015-10-04T09:19:00+03:00", zone: "+05:30", label: "GMT+5:30" },
    { iso: "2015-10-04T09:19:00+03:00", zone: "-03:30", label: "GMT-3:30" },
  ])("$zone at $iso → $label", ({ iso, zone, label }) => {
    expect(formatZoneLabel(new Date(iso), zone, "en-US")).toBe(label);
  });
});

describe("fixedOffsetLabel matches Intl's shortOffset for a real zone with that offset", () => {
  const winter = new Date("2016-01-10T12:00:00Z");
  it.each([
    { minutes: 330, zone: "Asia/Kolkata" },
    { minutes: -210, zone: "America/St_Johns" },
    { minutes: 345, zone: "Asia/Kathmandu" },
    // Istanbul was still UTC+2 in winter 2016; Moscow has been UTC+3 since 2014.
    { minutes: 180, zone: "Europe/Moscow" },
    { minutes: 120, zone: "Europe/Istanbul" },
    { minutes: -300, zone: "America/New_York" },
    { minutes: 0, zone: "Atlantic/Reykjavik" },
    { minutes: 840, zone: "Pacific/Kiritimati" },
  ])("$minutes min like $zone", ({ minutes, zone }) => {
    for (const locale of ["en-US", "tr-TR", "fr-FR", "ar", "ja-JP"]) {
      expect(fixedOffsetLabel(minutes, locale)).toBe(
        shortOffset(winter, zone, locale),
      );
    }
  });

  it("falls back to the en-US spelling where no Etc zone carries the hour", () => {
    expect(fixedOffsetLabel(-30, "fr-FR")).toBe("GMT-0:30");
    expect(fixedOffsetLabel(-13 * 60, "en-US")).toBe("GMT-13");
  });
});

describe("offsetLabel and zoneCity", () => {
  it("labels UTC with no city, as Intl spells it", () => {
    const seed = new Date("2015-10-04T09:19:00+03:00");
    expect(formatZoneLabel(seed, "UTC", "en-US")).toBe(
      shortOffset(seed, "UTC", "en-US"),
    );
    expect(formatZoneLabel(seed, "UTC", "en-US")).toMatch(/^GMT(\+0)?$/);
  });

  it("localises the offset like Intl does", () => {
    const seed = new Date("2015-10-04T09:19:00+03:00");
    expect(offsetLabel(seed, "Europe/Paris", "fr-FR")).toBe("UTC+2");
    expect(offsetLabel(seed, "Europe/Paris", "fr-FR")).toBe(
      shortOffset(seed, "Europe/Paris", "fr-FR"),
    );
  });

  it.each([
    ["Europe/Istanbul", "Istanbul"],
    ["America/New_York", "New York"],
    ["UTC", null],
    ["Etc/GMT+3", null],
    ["+05:30", null],
  ] as const)("zoneCity(%s) → %s", (zone, city) => {
    expect(zoneCity(zone)).toBe(city);
  });
});
