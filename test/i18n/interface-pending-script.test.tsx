import { render } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { interfacePendingScript } from "../../scripts/interface-pending-script";
import { INTERFACE_LANGUAGES } from "../../src/i18n/interface-catalogues";
import { INTERFACE_PENDING_ATTRIBUTE } from "../../src/i18n/interface-pending";
import {
  TimePreferencesProvider,
  useTimePreferences,
} from "../../src/time/time-preferences";
import { TIME_PREFERENCES_STORAGE_KEY } from "../../src/time/time-preferences-storage";

// The shell's inline script and the app must agree on who gets a non-English interface: a reader
// the script misses sees the English flash, one it marks wrongly waits for the 3 s safety net.
// Each row runs the script's exact text and the app's own provider on the same storage and browser.

/** Stored JSON, null for nothing stored, or "throws" for storage that refuses to be read. */
type Stored = string | null | "throws";

const cases: { stored: Stored; languages: string[] }[] = [
  // Nothing stored: the browser's first language with a catalogue.
  { stored: null, languages: ["tr-TR"] },
  { stored: null, languages: ["en-GB"] },
  { stored: null, languages: ["tr"] },
  { stored: null, languages: ["TR-tr"] },
  { stored: null, languages: ["tr_TR"] },
  { stored: null, languages: ["tr-u-ca-islamic"] },
  { stored: null, languages: ["de-DE", "tr"] },
  { stored: null, languages: ["de-DE", "en-US", "tr-TR"] },
  { stored: null, languages: ["de-DE", "fr"] },
  { stored: null, languages: ["az-Latn-AZ", "tr"] },
  { stored: null, languages: ["", "tr"] },
  { stored: null, languages: ["not a tag", "tr"] },
  { stored: null, languages: [] },
  // A stored choice wins, when it is a language Bulletin has.
  {
    stored: '{"language":"tr","locale":null,"zoneMode":"reader"}',
    languages: ["en-GB"],
  },
  {
    stored: '{"language":"en","locale":null,"zoneMode":"reader"}',
    languages: ["tr-TR"],
  },
  {
    stored: '{"language":null,"locale":"de-DE","zoneMode":"reader"}',
    languages: ["tr-TR"],
  },
  {
    stored: '{"language":null,"locale":"tr-TR","zoneMode":"reader"}',
    languages: ["en-GB"],
  },
  {
    stored: '{"language":"tr","locale":42,"zoneMode":"sideways"}',
    languages: ["en"],
  },
  { stored: '{"language":"tr"}', languages: ["en"] },
  { stored: '{"language":"TR"}', languages: ["en"] },
  { stored: '{"language":"tr-TR"}', languages: ["en"] },
  { stored: '{"language":"de"}', languages: ["tr"] },
  { stored: '{"language":"de"}', languages: ["en"] },
  { stored: '{"language":["tr"]}', languages: ["en"] },
  { stored: '{"language":1}', languages: ["tr"] },
  { stored: '{"zoneMode":"publisher"}', languages: ["tr"] },
  // Not the object the app writes: no choice.
  { stored: "not json", languages: ["tr"] },
  { stored: "not json", languages: ["en"] },
  { stored: "null", languages: ["tr"] },
  { stored: '"tr"', languages: ["en"] },
  { stored: '["tr"]', languages: ["en"] },
  { stored: "", languages: ["tr"] },
  // Storage that throws (blocked cookies, private mode) counts as nothing stored.
  { stored: "throws", languages: ["tr-TR"] },
  { stored: "throws", languages: ["en-GB"] },
];

const blocked = () => {
  throw new DOMException("The operation is insecure.", "SecurityError");
};

/** Runs the inline script's exact text; true if it marked <html>. */
function scriptMarks(stored: Stored, languages: string[]): boolean {
  const html = document.createElement("html");
  const storage = {
    getItem: (key: string) =>
      stored === "throws"
        ? blocked()
        : key === TIME_PREFERENCES_STORAGE_KEY
          ? stored
          : null,
  };
  // The script reads these as globals; parameters of the same names stand in for them.
  const run = new Function(
    "localStorage",
    "navigator",
    "document",
    interfacePendingScript(INTERFACE_LANGUAGES),
  );
  run(storage, { languages }, { documentElement: html });
  return html.hasAttribute(INTERFACE_PENDING_ATTRIBUTE);
}

/** The interface language the app resolves for the same storage and browser languages. */
function appLanguage(stored: Stored, languages: string[]): string {
  const getItem =
    stored === "throws"
      ? vi.spyOn(Storage.prototype, "getItem").mockImplementation(blocked)
      : undefined;
  if (stored !== null && stored !== "throws") {
    localStorage.setItem(TIME_PREFERENCES_STORAGE_KEY, stored);
  }
  let language = "";
  function Probe() {
    language = useTimePreferences().language;
    return null;
  }
  const view = render(
    <TimePreferencesProvider browserLanguages={languages}>
      <Probe />
    </TimePreferencesProvider>,
  );
  view.unmount();
  localStorage.clear();
  getItem?.mockRestore();
  return language;
}

describe("the shell's interface-pending script", () => {
  it.each(cases)(
    "marks the page exactly when the app's interface will not be English (stored $stored, browser $languages)",
    ({ stored, languages }) => {
      const language = appLanguage(stored, languages);
      expect(INTERFACE_LANGUAGES).toContain(language);
      expect(scriptMarks(stored, languages)).toBe(language !== "en");
    },
  );

  it("is tested against both outcomes", () => {
    const outcomes = new Set(
      cases.map(({ stored, languages }) => scriptMarks(stored, languages)),
    );
    expect(outcomes).toEqual(new Set([true, false]));
  });
});
