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

/** The date locale on screen and its language's phrases, always a matching pair. */
export interface DateLanguage {
  locale: string;
  phrases: I18n;
}

/** Provided by `<LanguageProvider>`. */
export const DateLanguageContext = createContext<DateLanguage | null>(null);

/**
 * The date locale and its phrases. While a newly chosen date language's phrases load, this stays
 * on the previous locale, so Intl's date and the words around it never come from two languages.
 */
export function useDateLanguage(): { locale: string; phrase: DatePhrase } {
  const dateLanguage = useContext(DateLanguageContext);
  if (!dateLanguage) {
    throw new Error(
      "Timestamps need a <LanguageProvider> above them (see src/i18n/language-provider.tsx)",
    );
  }
  const { locale, phrases } = dateLanguage;
  return { locale, phrase: (id, values) => phrases._(id, values) };
}
