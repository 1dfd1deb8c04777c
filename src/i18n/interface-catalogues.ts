import { languageOf } from "../time/supported-locale";
import type { Messages } from "@lingui/core";
import { createCatalogueSet } from "./catalogue-set";
import { messages as english } from "./locales/en.json?lingui";

/** Every message the interface shows; English is the source, so its ids are the complete list. */
export type InterfaceMessageId = keyof typeof import("./locales/en.json");

/** The language pre-rendered pages are published in, and the fallback for everyone else. */
export const SOURCE_LANGUAGE = "en";

/**
 * The interface's catalogues: adding `locales/xx.json` adds a language (see README, "Interface
 * language"); only English is in the entry chunk.
 */
export const interfaceCatalogues = createCatalogueSet(
  SOURCE_LANGUAGE,
  english,
  import.meta.glob<Messages>(["./locales/*.json", "!./locales/en.json"], {
    query: "?lingui",
    import: "messages",
  }),
);

/** The interface languages, source first: ["en", "tr"]. */
export const INTERFACE_LANGUAGES = interfaceCatalogues.languages;

export function isInterfaceLanguage(language: string): boolean {
  return INTERFACE_LANGUAGES.includes(language);
}

/**
 * The interface language for a browser's `navigator.languages`: the first one Bulletin has
 * ("de-DE, tr" → "tr"), else English.
 */
export function negotiateInterfaceLanguage(
  browserLanguages: readonly string[],
): string {
  for (const tag of browserLanguages) {
    const language = languageOf(tag);
    if (isInterfaceLanguage(language)) return language;
  }
  return SOURCE_LANGUAGE;
}
