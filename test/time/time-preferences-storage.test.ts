import { describe, expect, it, vi } from "vitest";
import {
  createTimePreferencesStore,
  DEFAULT_STORED_TIME_PREFERENCES,
  parseStoredTimePreferences,
  TIME_PREFERENCES_STORAGE_KEY,
} from "../../src/time/time-preferences-storage";

describe("parseStoredTimePreferences", () => {
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
    expect(parseStoredTimePreferences(raw)).toEqual(parsed);
  });
});

describe("createTimePreferencesStore", () => {
  const choice = {
    language: "tr",
    locale: "ja-JP",
    zoneMode: "publisher",
  } as const;

  it("round-trips through localStorage under the documented key and tells subscribers", () => {
    const store = createTimePreferencesStore(() => localStorage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.write(choice);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(
      JSON.parse(localStorage.getItem(TIME_PREFERENCES_STORAGE_KEY) ?? ""),
    ).toEqual(choice);
    expect(parseStoredTimePreferences(store.getSnapshot())).toEqual(choice);
    unsubscribe();
  });

  it("follows another tab's write through the storage event", () => {
    const store = createTimePreferencesStore(() => localStorage);
    expect(store.getSnapshot()).toBeNull();
    const listener = vi.fn();
    store.subscribe(listener);
    localStorage.setItem(TIME_PREFERENCES_STORAGE_KEY, JSON.stringify(choice));
    window.dispatchEvent(
      new StorageEvent("storage", { key: "bulletin:something-else" }),
    );
    expect(listener).not.toHaveBeenCalled();
    window.dispatchEvent(
      new StorageEvent("storage", { key: TIME_PREFERENCES_STORAGE_KEY }),
    );
    expect(listener).toHaveBeenCalledTimes(1);
    expect(parseStoredTimePreferences(store.getSnapshot())).toEqual(choice);
  });

  it("treats storage that throws as empty, keeps a failed write for this visit, and never throws", () => {
    const blocked = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    } as unknown as Storage;
    const store = createTimePreferencesStore(() => blocked);
    expect(store.getSnapshot()).toBeNull();
    expect(() => store.write(choice)).not.toThrow();
    expect(parseStoredTimePreferences(store.getSnapshot())).toEqual(choice);

    const absent = createTimePreferencesStore(() => undefined);
    expect(absent.getSnapshot()).toBeNull();
    absent.write(choice);
    expect(parseStoredTimePreferences(absent.getSnapshot())).toEqual(choice);
  });
});
