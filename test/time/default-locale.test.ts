import { describe, expect, it } from "vitest";
import {
  isSupportedLocale,
  languageOf,
  resolveDefaultLocale,
  supportedLocale,
} from "../../src/time/default-locale";
import { resolveDefaultTimeZone } from "../../src/time/default-time-zone";

describe("resolveDefaultLocale (from navigator.languages)", () => {
  it.each([
    { languages: ["tr-TR", "en-US"], locale: "tr-TR" },
    { languages: ["de"], locale: "de" },
    // Malformed and unknown tags are skipped, not fatal.
    { languages: ["en_US", "xx-YY", "ja-JP"], locale: "ja-JP" },
    { languages: ["", "fr-CA"], locale: "fr-CA" },
    { languages: [], locale: "en" },
    { languages: undefined, locale: "en" },
    { languages: ["qqq"], locale: "en" },
  ])("$languages → $locale", ({ languages, locale }) => {
    expect(resolveDefaultLocale(languages)).toBe(locale);
  });
});

describe("supportedLocale", () => {
  it.each([
    ["tr-tr", "tr-TR"],
    ["pt-BR", "pt-BR"],
    ["en_US", null],
    ["not a locale", null],
  ] as const)("%s → %s", (input, output) => {
    expect(supportedLocale(input)).toBe(output);
    expect(isSupportedLocale(input)).toBe(output !== null);
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
