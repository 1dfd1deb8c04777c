import { beforeAll, describe, expect, it } from "vitest";
import {
  describeTimestamp as describeWithPhrases,
  type TimestampInput,
} from "../../src/time/describe-timestamp";
import { datePhraseFor, loadDatePhrases } from "../support/date-phrases";

beforeAll(loadDatePhrases);

/** As `<Timestamp>` calls it: the phrases are always those of the date locale. */
const describeTimestamp = (input: Omit<TimestampInput, "phrase">) =>
  describeWithPhrases({ ...input, phrase: datePhraseFor(input.locale) });

const SEED = "2015-10-04T09:19:00+03:00";
const NOW = new Date("2026-11-27T12:00:00Z");
const plain = (text: string | null) =>
  text?.replace(/[\u202f\u00a0]/g, " ") ?? null;

const base: Omit<TimestampInput, "phrase"> = {
  iso: SEED,
  publisherTimeZone: "Europe/Istanbul",
  readerTimeZone: "America/New_York",
  zoneMode: "reader",
  locale: "en-US",
  now: NOW,
  display: "absolute",
};

describe("describeTimestamp in the reader's zone", () => {
  it.each([
    {
      name: "New York reader: both clocks",
      input: {},
      text: "October 4, 2015 at 2:19 AM (9:19 AM Türkiye Time, GMT+3)",
      title: "Sunday, October 4, 2015 at 2:19 AM (ET, GMT-4)",
    },
    {
      name: "Istanbul reader in Turkish: one clock",
      input: { readerTimeZone: "Europe/Istanbul", locale: "tr-TR" },
      text: "4 Ekim 2015 09:19",
      title: "4 Ekim 2015 Pazar 09:19 (Türkiye Saati, GMT+3)",
    },
    {
      name: "Berlin reader in German",
      input: { readerTimeZone: "Europe/Berlin", locale: "de-DE" },
      text: "4. Oktober 2015 um 08:19 (09:19 OEZ, GMT+3)",
      title: "Sonntag, 4. Oktober 2015 um 08:19 (MEZ, GMT+2)",
    },
    {
      name: "Turkish puts the place first: Türkiye Saati ile 09:19",
      input: { readerTimeZone: "America/New_York", locale: "tr-TR" },
      text: "4 Ekim 2015 02:19 (Türkiye Saati ile 09:19, GMT+3)",
      title: "4 Ekim 2015 Pazar 02:19 (New York Saati, GMT-4)",
    },
    {
      name: "same clock, different zone id",
      input: { readerTimeZone: "Europe/Moscow" },
      text: "October 4, 2015 at 9:19 AM",
      title: "Sunday, October 4, 2015 at 9:19 AM (Moscow Time, GMT+3)",
    },
    {
      name: "publisher's day differs: the date is repeated",
      input: { readerTimeZone: "Pacific/Honolulu" },
      text: "October 3, 2015 at 8:19 PM (October 4, 2015 at 9:19 AM Türkiye Time, GMT+3)",
      title: "Saturday, October 3, 2015 at 8:19 PM (HST, GMT-10)",
    },
    {
      name: "offset-only publisher",
      input: {
        iso: "2015-10-04T11:49:00+05:30",
        publisherTimeZone: undefined,
      },
      text: "October 4, 2015 at 2:19 AM (11:49 AM GMT+5:30)",
      title: "Sunday, October 4, 2015 at 2:19 AM (ET, GMT-4)",
    },
  ])("$name", ({ input, text, title }) => {
    const description = describeTimestamp({ ...base, ...input });
    expect(plain(description.absoluteText)).toBe(text);
    expect(plain(description.title)).toBe(title);
    expect(description.dateTime).toBe(input.iso ?? SEED);
    expect(description.relativeText).toBeNull();
  });
});

describe("describeTimestamp in the publisher's zone", () => {
  it.each([
    {
      input: {},
      text: "October 4, 2015 at 9:19 AM (Türkiye Time, GMT+3)",
      title: "Sunday, October 4, 2015 at 9:19 AM (Türkiye Time, GMT+3)",
    },
    {
      input: { locale: "tr-TR" },
      text: "4 Ekim 2015 09:19 (Türkiye Saati, GMT+3)",
      title: "4 Ekim 2015 Pazar 09:19 (Türkiye Saati, GMT+3)",
    },
    {
      input: { iso: "2015-01-15T09:00:00+02:00" },
      text: "January 15, 2015 at 9:00 AM (Türkiye Time, GMT+2)",
      title: "Thursday, January 15, 2015 at 9:00 AM (Türkiye Time, GMT+2)",
    },
    {
      input: { iso: "2016-01-10T02:49:00-03:30", publisherTimeZone: null },
      text: "January 10, 2016 at 2:49 AM (GMT-3:30)",
      title: "Sunday, January 10, 2016 at 2:49 AM (GMT-3:30)",
    },
  ])("$input → $text", ({ input, text, title }) => {
    const description = describeTimestamp({
      ...base,
      zoneMode: "publisher",
      ...input,
    });
    expect(plain(description.absoluteText)).toBe(text);
    expect(plain(description.title)).toBe(title);
  });
});

describe("describeTimestamp: relative display and lang", () => {
  it("is relative within the cut-off, absolute beyond it", () => {
    const recent = describeTimestamp({
      ...base,
      iso: "2026-11-27T09:00:00+03:00",
      display: "relative",
    });
    expect(recent.relativeText).toBe("6 hours ago");
    expect(plain(recent.absoluteText)).toBe(
      "November 27, 2026 at 1:00 AM (9:00 AM Türkiye Time, GMT+3)",
    );

    const old = describeTimestamp({ ...base, display: "relative" });
    expect(old.relativeText).toBeNull();
  });

  it("keeps the zone phrase apart from the date, with its brackets", () => {
    const description = describeTimestamp(base);
    expect(plain(description.text)).toBe("October 4, 2015 at 2:19 AM");
    expect(plain(description.note)).toBe("(9:19 AM Türkiye Time, GMT+3)");
    expect(
      describeTimestamp({ ...base, readerTimeZone: "Europe/Istanbul" }).note,
    ).toBeNull();
  });

  it("writes the whole line in the date language, Arabic included", () => {
    const arabic = describeTimestamp({ ...base, locale: "ar" });
    // No Latin letter: the place, the digits and the GMT word are all Arabic.
    expect(arabic.absoluteText).not.toMatch(/[A-Za-z]/);
    expect(arabic.note).toContain("توقيت تركيا");
    expect(arabic.note?.startsWith("(")).toBe(true);
  });

  it("keeps the same instant in every locale and zone", () => {
    const dateTimes = [
      { locale: "en-US", readerTimeZone: "America/New_York" },
      { locale: "tr-TR", readerTimeZone: "Europe/Istanbul" },
      { locale: "de-DE", readerTimeZone: "Europe/Berlin" },
    ].map((input) => describeTimestamp({ ...base, ...input }).dateTime);
    expect(new Set(dateTimes)).toEqual(new Set([SEED]));
  });
});
