import { describe, expect, it } from "vitest";
import { negotiateInterfaceLanguage } from "../../src/i18n/interface-catalogues";
import { textDirection } from "../../src/i18n/text-direction";

describe("negotiateInterfaceLanguage (from navigator.languages)", () => {
  it.each([
    { languages: ["tr-TR", "en-US"], language: "tr" },
    { languages: ["tr"], language: "tr" },
    { languages: ["en-GB", "tr"], language: "en" },
    // The first language Bulletin has, in the reader's order.
    { languages: ["de-DE", "tr-TR", "en"], language: "tr" },
    { languages: ["de-DE", "fr"], language: "en" },
    // Malformed and unknown tags are skipped, not fatal.
    { languages: ["", "xx-YY", "TR"], language: "tr" },
    { languages: ["en_US", "tr"], language: "en" },
    { languages: [], language: "en" },
  ])("$languages → $language", ({ languages, language }) => {
    expect(negotiateInterfaceLanguage(languages)).toBe(language);
  });
});

describe("textDirection", () => {
  it.each([
    ["en", "ltr"],
    ["tr-TR", "ltr"],
    ["ja", "ltr"],
    ["ar", "rtl"],
    ["ar-EG", "rtl"],
    ["he", "rtl"],
    ["fa-IR", "rtl"],
  ] as const)("%s → %s", (language, direction) => {
    expect(textDirection(language)).toBe(direction);
  });
});
