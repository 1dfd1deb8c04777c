import { describe, expect, it } from "vitest";
import {
  formatRelative,
  isWithinRelativeCutoff,
  RELATIVE_TIME_CUTOFF_MS,
} from "../../src/time/format-relative";

const NOW = new Date("2026-11-27T12:00:00Z");
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ago = (ms: number) => new Date(NOW.getTime() - ms);

describe("formatRelative", () => {
  it.each([
    { age: 0, locale: "en-US", text: "now" },
    { age: 59 * 1000, locale: "en-US", text: "now" },
    { age: MINUTE, locale: "en-US", text: "1 minute ago" },
    { age: 59 * MINUTE, locale: "en-US", text: "59 minutes ago" },
    { age: 3 * HOUR, locale: "en-US", text: "3 hours ago" },
    // Whole elapsed units: never claims more time than has passed.
    { age: 3 * HOUR + 59 * MINUTE, locale: "en-US", text: "3 hours ago" },
    { age: DAY, locale: "en-US", text: "yesterday" },
    { age: 6 * DAY, locale: "en-US", text: "6 days ago" },
    { age: 14 * DAY, locale: "en-US", text: "2 weeks ago" },
    { age: 60 * DAY, locale: "en-US", text: "last month" },
    { age: -5 * MINUTE, locale: "en-US", text: "in 5 minutes" },
    { age: 0, locale: "tr-TR", text: "şimdi" },
    { age: 3 * HOUR, locale: "tr-TR", text: "3 saat önce" },
    { age: DAY, locale: "tr-TR", text: "dün" },
    { age: 3 * DAY, locale: "tr-TR", text: "3 gün önce" },
    { age: 3 * HOUR, locale: "de-DE", text: "vor 3 Stunden" },
  ])("$age ms ago in $locale → $text", ({ age, locale, text }) => {
    expect(formatRelative(ago(age), NOW, locale)).toBe(text);
  });

  it("says the seed article is 11 years old, in Turkish and English", () => {
    const seed = new Date("2015-10-04T09:19:00+03:00");
    expect(formatRelative(seed, NOW, "tr-TR")).toBe("11 yıl önce");
    expect(formatRelative(seed, NOW, "en-US")).toBe("11 years ago");
    expect(formatRelative(seed, NOW, "ar")).toBe(
      new Intl.RelativeTimeFormat("ar", { numeric: "auto" }).format(
        -11,
        "year",
      ),
    );
  });
});

describe("the relative-time cut-off", () => {
  it("is seven days", () => {
    expect(RELATIVE_TIME_CUTOFF_MS).toBe(7 * DAY);
  });

  it.each([
    { age: 0, relative: true },
    { age: 6 * DAY, relative: true },
    { age: RELATIVE_TIME_CUTOFF_MS - 1, relative: true },
    { age: RELATIVE_TIME_CUTOFF_MS, relative: false },
    { age: RELATIVE_TIME_CUTOFF_MS + 1, relative: false },
    { age: 365 * DAY, relative: false },
    { age: -(RELATIVE_TIME_CUTOFF_MS - 1), relative: true },
    { age: -RELATIVE_TIME_CUTOFF_MS, relative: false },
  ])("age $age ms → relative: $relative", ({ age, relative }) => {
    expect(isWithinRelativeCutoff(ago(age), NOW)).toBe(relative);
  });

  it("the last relative phrase before the cut-off is in days", () => {
    expect(formatRelative(ago(RELATIVE_TIME_CUTOFF_MS - 1), NOW, "en-US")).toBe(
      "6 days ago",
    );
  });
});
