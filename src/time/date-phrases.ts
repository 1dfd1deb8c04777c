import type { I18n, Messages } from "@lingui/core";
import { createContext, useContext } from "react";
import { createCatalogueSet } from "../i18n/catalogue-set";
import { languageOf } from "./supported-locale";
import { messages as english } from "./locales/en.json?lingui";

/** The words of a timestamp line ("Updated", "(9:19 AM Türkiye Time, GMT+3)"), per date language. */
export type DatePhraseId = keyof typeof import("./locales/en.json");

/** Formats one timestamp-line phrase in the date language. */
export type DatePhrase = (
  id: DatePhraseId,
  values?: Record<string, string>,
) => string;

/**
 * A timestamp line is in one language from its label to its zone, so every date language offered
 * has these few phrases (src/time/locales/); the interface catalogues do not need to.
 */
export const datePhraseCatalogues = createCatalogueSet(
  "en",
  english,
  import.meta.glob<Messages>(["./locales/*.json", "!./locales/en.json"], {
    query: "?lingui",
    import: "messages",
  }),
);

/** Whether Bulletin can write a whole timestamp line in this locale's language. */
export function hasDatePhrases(locale: string): boolean {
  return datePhraseCatalogues.languages.includes(languageOf(locale));
}

/** The date language's phrases; provided by `<LanguageProvider>`. */
export const DatePhrasesContext = createContext<I18n | null>(null);

export function useDatePhrase(): DatePhrase {
  const i18n = useContext(DatePhrasesContext);
  if (!i18n) {
    throw new Error(
      "Timestamps need a <LanguageProvider> above them (see src/i18n/language-provider.tsx)",
    );
  }
  return (id, values) => i18n._(id, values);
}
