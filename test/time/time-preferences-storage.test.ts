import { describe, expect, it } from "vitest";
import {
  DEFAULT_STORED_TIME_PREFERENCES,
  TIME_PREFERENCES_STORAGE_KEY,
  timePreferences,
} from "../../src/time/time-preferences-storage";

// The storage mechanics (tabs, quota, blocked storage) are the device layer's, tested in
// test/device/device-value.test.ts; these are the preferences' own rules for what is read.
describe("timePreferences: what a stored value reads as", () => {
  it.each([
    {
      raw: '{"language":"tr","locale":"tr-TR","zoneMode":"publisher"}',
      parsed: { language: "tr", locale: "tr-TR", zoneMode: "publisher" },
    },
    {
      raw: '{"language":null,"locale":null,"zoneMode":"reader"}',
      parsed: DEFAULT_STORED_TIME_PREFERENCES,
    },
    // Stored before the interface language existed: the other choices survive.
    {
      raw: '{"locale":"de-DE","zoneMode":"publisher"}',
      parsed: { language: null, locale: "de-DE", zoneMode: "publisher" },
    },
    // Canonicalised, so the select finds it.
    {
      raw: '{"language":"en","locale":"tr-tr","zoneMode":"reader"}',
      parsed: { language: "en", locale: "tr-TR", zoneMode: "reader" },
    },
    // One bad field keeps the others: an interface language Bulletin lacks, a malformed tag, a
    // locale whose language has no timestamp phrases, an unknown mode.
    {
      raw: '{"language":"fr","locale":"en_US","zoneMode":"publisher"}',
      parsed: { language: null, locale: null, zoneMode: "publisher" },
    },
    {
      raw: '{"language":"tr","locale":"pt-BR","zoneMode":"mars"}',
      parsed: { language: "tr", locale: null, zoneMode: "reader" },
    },
    { raw: null, parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "{not json", parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "42", parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "null", parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "[]", parsed: DEFAULT_STORED_TIME_PREFERENCES },
  ])("$raw", ({ raw, parsed }) => {
    if (raw !== null) localStorage.setItem(TIME_PREFERENCES_STORAGE_KEY, raw);
    expect(timePreferences.getSnapshot()).toEqual(parsed);
  });

  it("is written under the documented key, as plain JSON", () => {
    const choice = { language: "tr", locale: "ja-JP", zoneMode: "publisher" };
    timePreferences.update(() => ({ ...choice, zoneMode: "publisher" }));
    expect(
      JSON.parse(localStorage.getItem(TIME_PREFERENCES_STORAGE_KEY) ?? ""),
    ).toEqual(choice);
    expect(timePreferences.getSnapshot()).toEqual(choice);
    expect(timePreferences.getServerSnapshot()).toEqual(
      DEFAULT_STORED_TIME_PREFERENCES,
    );
  });
});
