import { beforeAll, describe, expect, it } from "vitest";
import {
  formatAbsolute,
  formatDate,
  formatFullAbsolute,
  formatTimeOfDay,
} from "../../src/time/format-absolute";
import { datePhraseFor, loadDatePhrases } from "../support/date-phrases";

beforeAll(loadDatePhrases);

const SEED = new Date("2015-10-04T09:19:00+03:00");

// ICU separates "2:19" and "AM" with a narrow no-break space; literal expectations compare text.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, " ");

describe("formatAbsolute: the seed article's update time", () => {
  it.each([
    {
      locale: "en-US",
      zone: "America/New_York",
      literal: "October 4, 2015 at 2:19 AM",
    },
    { locale: "tr-TR", zone: "Europe/Istanbul", literal: "4 Ekim 2015 09:19" },
    {
      locale: "de-DE",
      zone: "Europe/Berlin",
      literal: "4. Oktober 2015 um 08:19",
    },
    { locale: "en-GB", zone: "UTC", literal: "4 October 2015 at 06:19" },
    { locale: "ja-JP", zone: "Asia/Tokyo", literal: "2015年10月4日 15:19" },
  ])("$locale in $zone → $literal", ({ locale, zone, literal }) => {
    const text = formatAbsolute(SEED, locale, zone);
    expect(plain(text)).toBe(literal);
    expect(text).toBe(
      new Intl.DateTimeFormat(locale, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: zone,
      }).format(SEED),
    );
  });

  it("is the same instant whichever zone formats it", () => {
    expect(plain(formatTimeOfDay(SEED, "en-US", "America/New_York"))).toBe(
      "2:19 AM",
    );
    expect(formatTimeOfDay(SEED, "tr-TR", "Europe/Istanbul")).toBe("09:19");
    expect(formatTimeOfDay(SEED, "de-DE", "Europe/Berlin")).toBe("08:19");
    expect(formatDate(SEED, "tr-TR", "Europe/Istanbul")).toBe("4 Ekim 2015");
  });
});

describe("formatAbsolute: fixed offsets (Node 20's Intl rejects them as zones)", () => {
  it.each([
    // Same wall clock as a real zone with that offset at that instant.
    {
      iso: "2015-10-04T11:49:00+05:30",
      zone: "+05:30",
      same: "Asia/Kolkata",
      literal: "October 4, 2015 at 11:49 AM",
    },
    {
      iso: "2016-01-10T02:49:00-03:30",
      zone: "-03:30",
      same: "America/St_Johns",
      literal: "January 10, 2016 at 2:49 AM",
    },
    {
      iso: "2015-10-04T06:19:00Z",
      zone: "+00:00",
      same: "UTC",
      literal: "October 4, 2015 at 6:19 AM",
    },
  ])("$zone formats like $same", ({ iso, zone, same, literal }) => {
    const instant = new Date(iso);
    const text = formatAbsolute(instant, "en-US", zone);
    expect(plain(text)).toBe(literal);
    expect(text).toBe(formatAbsolute(instant, "en-US", same));
  });

  it("shifts across midnight into the previous day", () => {
    const instant = new Date("2015-10-04T01:00:00+00:00");
    expect(formatDate(instant, "en-US", "-03:30")).toBe("October 3, 2015");
    expect(formatTimeOfDay(instant, "de-DE", "-03:30")).toBe("21:30");
  });
});

describe("formatFullAbsolute", () => {
  it.each([
    {
      locale: "en-US",
      zone: "Europe/Istanbul",
      literal: "Sunday, October 4, 2015 at 9:19 AM (Türkiye Time, GMT+3)",
    },
    {
      locale: "en-US",
      zone: "America/New_York",
      literal: "Sunday, October 4, 2015 at 2:19 AM (ET, GMT-4)",
    },
    {
      locale: "tr-TR",
      zone: "Europe/Istanbul",
      literal: "4 Ekim 2015 Pazar 09:19 (Türkiye Saati, GMT+3)",
    },
    {
      locale: "en-US",
      zone: "+05:30",
      literal: "Sunday, October 4, 2015 at 11:49 AM (GMT+5:30)",
    },
  ])("$locale in $zone", ({ locale, zone, literal }) => {
    expect(
      plain(formatFullAbsolute(SEED, locale, zone, datePhraseFor(locale))),
    ).toBe(literal);
  });
});
