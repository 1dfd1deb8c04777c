import { beforeAll, describe, expect, it } from "vitest";
import {
  fixedOffsetLabel,
  formatZoneLabel,
  offsetLabel,
  zoneCity,
  zonePlace,
} from "../../src/time/zone-label";
import { datePhraseFor, loadDatePhrases } from "../support/date-phrases";

beforeAll(loadDatePhrases);

const shortOffset = (instant: Date, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "shortOffset" })
    .formatToParts(instant)
    .find((part) => part.type === "timeZoneName")?.value;

describe("formatZoneLabel", () => {
  it.each([
    {
      iso: "2015-10-04T09:19:00+03:00",
      zone: "Europe/Istanbul",
      label: "Türkiye Time, GMT+3",
    },
    {
      iso: "2015-11-01T12:00:00Z",
      zone: "Europe/Istanbul",
      label: "Türkiye Time, GMT+3",
    },
    {
      iso: "2015-01-15T12:00:00Z",
      zone: "Europe/Istanbul",
      label: "Türkiye Time, GMT+2",
    },
    {
      iso: "2017-01-15T12:00:00Z",
      zone: "Europe/Istanbul",
      label: "Türkiye Time, GMT+3",
    },
    {
      iso: "2015-10-04T09:19:00+03:00",
      zone: "America/New_York",
      label: "ET, GMT-4",
    },
    {
      iso: "2015-10-04T09:19:00+03:00",
      zone: "America/Argentina/Buenos_Aires",
      label: "Buenos Aires Time, GMT-3",
    },
    { iso: "2015-10-04T09:19:00+03:00", zone: "+05:30", label: "GMT+5:30" },
    { iso: "2015-10-04T09:19:00+03:00", zone: "-03:30", label: "GMT-3:30" },
  ])("$zone at $iso → $label", ({ iso, zone, label }) => {
    expect(
      formatZoneLabel(new Date(iso), zone, "en-US", datePhraseFor("en-US")),
    ).toBe(label);
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
    expect(formatZoneLabel(seed, "UTC", "en-US", datePhraseFor("en-US"))).toBe(
      shortOffset(seed, "UTC", "en-US"),
    );
    expect(
      formatZoneLabel(seed, "UTC", "en-US", datePhraseFor("en-US")),
    ).toMatch(/^GMT(\+0)?$/);
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

describe("zonePlace: the place in the date language, as the platform names it", () => {
  const seed = new Date("2015-10-04T09:19:00+03:00");
  it.each([
    { zone: "Europe/Istanbul", locale: "tr-TR", place: "Türkiye Saati" },
    { zone: "Europe/Istanbul", locale: "en-US", place: "Türkiye Time" },
    // ICU uses the abbreviation where the locale's readers know it.
    { zone: "Europe/Istanbul", locale: "en-GB", place: "EET" },
    { zone: "Europe/Istanbul", locale: "ar", place: "توقيت تركيا" },
    { zone: "Europe/Berlin", locale: "tr-TR", place: "Almanya Saati" },
    // No place for zones that are only an offset, whatever the language.
    { zone: "UTC", locale: "en-US", place: null },
    { zone: "Etc/GMT-3", locale: "tr-TR", place: null },
    { zone: "+05:30", locale: "ar", place: null },
  ])("$zone in $locale → $place", ({ zone, locale, place }) => {
    expect(zonePlace(seed, zone, locale)).toBe(place);
  });

  it("formats the label in the date language's own punctuation", () => {
    expect(
      formatZoneLabel(seed, "Europe/Istanbul", "ar", datePhraseFor("ar")),
    ).toBe(`توقيت تركيا، ${shortOffset(seed, "Europe/Istanbul", "ar")}`);
  });
});
