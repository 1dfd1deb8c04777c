import {
  datePhraseCatalogues,
  type DatePhrase,
} from "../../src/time/date-phrases";
import { languageOf } from "../../src/time/supported-locale";

/** Loads every date language's phrases; call in `beforeAll` before `datePhraseFor`. */
export async function loadDatePhrases(): Promise<void> {
  await Promise.all(
    datePhraseCatalogues.languages.map((language) =>
      datePhraseCatalogues.load(language),
    ),
  );
}

/** The timestamp phrases for a date locale, as `<Timestamp>` gets them from context. */
export function datePhraseFor(locale: string): DatePhrase {
  const i18n = datePhraseCatalogues.loaded(languageOf(locale));
  if (!i18n)
    throw new Error(`Call loadDatePhrases() before datePhraseFor("${locale}")`);
  return (id, values) => i18n._(id, values);
}
