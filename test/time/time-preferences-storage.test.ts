import { describe, expect, it } from "vitest";
import {
  DEFAULT_STORED_TIME_PREFERENCES,
  parseStoredTimePreferences,
  readTimePreferences,
  TIME_PREFERENCES_STORAGE_KEY,
  writeTimePreferences,
} from "../../src/time/time-preferences-storage";

describe("parseStoredTimePreferences", () => {
  it.each([
    {
      raw: '{"locale":"tr-TR","zoneMode":"publisher"}',
      parsed: { locale: "tr-TR", zoneMode: "publisher" },
    },
    {
      raw: '{"locale":null,"zoneMode":"reader"}',
      parsed: { locale: null, zoneMode: "reader" },
    },
    // Canonicalised, so the select finds it.
    {
      raw: '{"locale":"tr-tr","zoneMode":"reader"}',
      parsed: { locale: "tr-TR", zoneMode: "reader" },
    },
    // One bad field keeps the other.
    {
      raw: '{"locale":"en_US","zoneMode":"publisher"}',
      parsed: { locale: null, zoneMode: "publisher" },
    },
    {
      raw: '{"locale":"de-DE","zoneMode":"mars"}',
      parsed: { locale: "de-DE", zoneMode: "reader" },
    },
    { raw: null, parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "{not json", parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "42", parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "null", parsed: DEFAULT_STORED_TIME_PREFERENCES },
    { raw: "[]", parsed: DEFAULT_STORED_TIME_PREFERENCES },
  ])("$raw", ({ raw, parsed }) => {
    expect(parseStoredTimePreferences(raw)).toEqual(parsed);
  });
});

describe("reading and writing storage", () => {
  it("round-trips through localStorage under the documented key", () => {
    writeTimePreferences(localStorage, {
      locale: "ja-JP",
      zoneMode: "publisher",
    });
    expect(
      JSON.parse(localStorage.getItem(TIME_PREFERENCES_STORAGE_KEY) ?? ""),
    ).toEqual({ locale: "ja-JP", zoneMode: "publisher" });
    expect(readTimePreferences(localStorage)).toEqual({
      locale: "ja-JP",
      zoneMode: "publisher",
    });
  });

  it("treats storage that throws as empty, and never throws itself", () => {
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    } as unknown as Storage;
    expect(readTimePreferences(blocked)).toEqual(
      DEFAULT_STORED_TIME_PREFERENCES,
    );
    expect(() =>
      writeTimePreferences(blocked, DEFAULT_STORED_TIME_PREFERENCES),
    ).not.toThrow();
    expect(readTimePreferences(undefined)).toEqual(
      DEFAULT_STORED_TIME_PREFERENCES,
    );
  });
});
