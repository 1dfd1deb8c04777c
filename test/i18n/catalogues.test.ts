import {
  compileMessageOrThrow,
  type CompiledMessage,
} from "@lingui/message-utils/compileMessage";
import { describe, expect, it } from "vitest";
import { interfaceCatalogues } from "../../src/i18n/interface-catalogues";
import { DATE_LOCALE_OPTIONS } from "../../src/time/date-locale-options";
import { datePhraseCatalogues } from "../../src/time/date-phrases";
import { languageOf } from "../../src/time/supported-locale";

type Catalogue = Record<string, string>;

/** The catalogue files as translators edit them, by language. */
function sources(files: Record<string, Catalogue>): Map<string, Catalogue> {
  return new Map(
    Object.entries(files).map(([path, catalogue]) => [
      path.slice(path.lastIndexOf("/") + 1, -".json".length),
      catalogue,
    ]),
  );
}

const interfaceSources = sources(
  import.meta.glob<Catalogue>("../../src/i18n/locales/*.json", {
    eager: true,
    import: "default",
  }),
);
const datePhraseSources = sources(
  import.meta.glob<Catalogue>("../../src/time/locales/*.json", {
    eager: true,
    import: "default",
  }),
);

/**
 * What a translation must keep from the English: each placeholder with its type ("count:plural"),
 * the cases of each select, and the numbered tags around rich text ("<0>").
 */
function shape(message: string): string[] {
  const found = new Set<string>();
  const walk = (tokens: CompiledMessage | string) => {
    if (typeof tokens === "string") {
      for (const tag of tokens.match(/<\/?\d+>/g) ?? []) found.add(tag);
      return;
    }
    for (const token of tokens) {
      if (typeof token === "string") {
        walk(token);
        continue;
      }
      const [name, type, cases] = token;
      found.add(type ? `{${name}:${type}}` : `{${name}}`);
      if (!cases || typeof cases !== "object") continue;
      if (type === "select") {
        for (const key of Object.keys(cases)) found.add(`{${name}=${key}}`);
      }
      if (type === "plural" && !("other" in cases)) {
        found.add(`{${name}: no "other" case}`);
      }
      for (const value of Object.values(cases)) {
        if (typeof value === "string" || Array.isArray(value)) walk(value);
      }
    }
  };
  walk(compileMessageOrThrow(message));
  return [...found].sort();
}

describe.each([
  { family: "interface", catalogues: interfaceSources },
  { family: "timestamp phrases", catalogues: datePhraseSources },
])("the $family catalogues", ({ catalogues }) => {
  const english = catalogues.get("en") ?? {};
  const translations = [...catalogues].filter(
    ([language]) => language !== "en",
  );

  it("have English and at least one other language", () => {
    expect(Object.keys(english).length).toBeGreaterThan(0);
    expect(translations.length).toBeGreaterThan(0);
  });

  it.each(translations)(
    "%s has every English message, no other, none empty",
    (_language, catalogue) => {
      expect(Object.keys(catalogue).sort()).toEqual(
        Object.keys(english).sort(),
      );
      for (const [id, message] of Object.entries(catalogue)) {
        expect(message.trim(), id).not.toBe("");
      }
    },
  );

  it.each(translations)(
    "%s keeps every placeholder, select case and tag of the English",
    (_language, catalogue) => {
      for (const [id, message] of Object.entries(english)) {
        expect(shape(catalogue[id] ?? ""), id).toEqual(shape(message));
      }
    },
  );
});

describe("the languages offered", () => {
  it("lists every interface catalogue, English first", () => {
    expect(interfaceCatalogues.languages[0]).toBe("en");
    expect([...interfaceCatalogues.languages].sort()).toEqual(
      [...interfaceSources.keys()].sort(),
    );
    expect(interfaceCatalogues.languages).toContain("tr");
  });

  it("has timestamp phrases for every date language offered and every interface language", () => {
    const needed = new Set([
      ...DATE_LOCALE_OPTIONS.map((option) => languageOf(option.locale)),
      ...interfaceCatalogues.languages,
    ]);
    for (const language of needed) {
      expect(datePhraseCatalogues.languages).toContain(language);
    }
  });
});

describe("plurals", () => {
  it.each([
    { language: "en", count: 1, text: "1 article, newest first" },
    { language: "en", count: 12, text: "12 articles, newest first" },
    { language: "en", count: 1234, text: "1,234 articles, newest first" },
    { language: "tr", count: 1, text: "1 haber, en yenisi başta" },
    { language: "tr", count: 12, text: "12 haber, en yenisi başta" },
    { language: "tr", count: 1234, text: "1.234 haber, en yenisi başta" },
  ])("$language, $count → $text", async ({ language, count, text }) => {
    const i18n = await interfaceCatalogues.load(language);
    expect(i18n._("headlines.count", { count })).toBe(text);
  });
});

describe("selects", () => {
  it.each([
    {
      language: "en",
      hasPlace: "yes",
      text: "My time (Türkiye Time, now GMT+3)",
    },
    { language: "en", hasPlace: "no", text: "My time (now GMT+3)" },
    {
      language: "tr",
      hasPlace: "yes",
      text: "Benim saatim (Türkiye Time, şu an GMT+3)",
    },
    { language: "tr", hasPlace: "no", text: "Benim saatim (şu an GMT+3)" },
  ])(
    "$language with hasPlace=$hasPlace → $text",
    async ({ language, hasPlace, text }) => {
      const i18n = await interfaceCatalogues.load(language);
      expect(
        i18n._("time.zoneMode.reader", {
          hasPlace,
          place: "Türkiye Time",
          offset: "GMT+3",
        }),
      ).toBe(text);
    },
  );
});

describe("a catalogue that cannot load", () => {
  it("rejects with the language named, and a language without a file is refused", async () => {
    await expect(interfaceCatalogues.load("xx")).rejects.toThrow(
      'There is no "xx" catalogue',
    );
  });
});
