import { describe, expect, it } from "vitest";
import { languageOf, supportedLocale } from "../../src/time/supported-locale";
import { resolveDefaultTimeZone } from "../../src/time/default-time-zone";

describe("supportedLocale", () => {
  it.each([
    ["tr-tr", "tr-TR"],
    ["pt-BR", "pt-BR"],
    ["en_US", null],
    ["not a locale", null],
  ] as const)("%s → %s", (input, output) => {
    expect(supportedLocale(input)).toBe(output);
  });

  it.each([
    ["tr-TR", "tr"],
    ["en", "en"],
    ["zh-Hant-TW", "zh"],
  ])("languageOf(%s) → %s", (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });
});

describe("resolveDefaultTimeZone (from Intl's resolved options)", () => {
  it.each([
    { resolved: "Europe/Istanbul", zone: "Europe/Istanbul" },
    { resolved: "America/New_York", zone: "America/New_York" },
    { resolved: undefined, zone: "UTC" },
    { resolved: "", zone: "UTC" },
    { resolved: "Not/A_Zone", zone: "UTC" },
  ])("$resolved → $zone", ({ resolved, zone }) => {
    expect(resolveDefaultTimeZone(resolved)).toBe(zone);
  });
});
