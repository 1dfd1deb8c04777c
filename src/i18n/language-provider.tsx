import type { I18n } from "@lingui/core";
import { LinguiContext } from "@lingui/react";
import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { useHydrated } from "../hydration";
import {
  datePhraseCatalogues,
  DateLanguageContext,
  type DateLanguage,
} from "../time/date-phrases";
import { languageOf } from "../time/supported-locale";
import { useTimePreferences } from "../time/time-preferences";
import type { CatalogueSet } from "./catalogue-set";
import { interfaceCatalogues, SOURCE_LANGUAGE } from "./interface-catalogues";
import { INTERFACE_PENDING_ATTRIBUTE } from "./interface-pending";
import { textDirection } from "./text-direction";

/**
 * The catalogue for `language` once it is loaded. Until then the previous language stays on
 * screen (a switch never blanks the page); a catalogue that fails to load is logged and the
 * source language is shown instead, so a missing chunk costs the reader their language, not the page.
 */
function useCatalogue(
  set: CatalogueSet,
  language: string,
): { i18n: I18n | null; settled: boolean } {
  const ready = set.loaded(language);
  const [shown, setShown] = useState<I18n | null>(ready ?? null);
  const [failed, setFailed] = useState<string | null>(null);
  // Remember what is on screen, so the next switch keeps it until its own catalogue arrives.
  if (ready && ready !== shown) setShown(ready);
  useEffect(() => {
    if (ready) return;
    let current = true;
    set.load(language).then(
      (i18n) => {
        if (current) setShown(i18n);
      },
      (error: unknown) => {
        console.error(`Could not load the "${language}" catalogue`, error);
        if (!current) return;
        setFailed(language);
        setShown((previous) => previous ?? set.loaded(SOURCE_LANGUAGE) ?? null);
      },
    );
    return () => {
      current = false;
    };
  }, [set, language, ready]);
  // Settled: showing the language asked for, or done trying.
  return { i18n: ready ?? shown, settled: !!ready || failed === language };
}

/**
 * Puts the interface catalogue (for `useT` and Lingui's `<Trans>`) and the date language's
 * timestamp phrases in context, and marks `<html>` with the interface's `lang` and `dir`. Renders
 * nothing until the first catalogue is there: only a client-only start in a language other than
 * English waits, for one small chunk fetched alongside the page's data.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const { language, locale } = useTimePreferences();
  const { i18n: interfaceI18n, settled } = useCatalogue(
    interfaceCatalogues,
    language,
  );
  const dateLanguage = languageOf(locale);
  const { i18n: dateI18n, settled: datesSettled } = useCatalogue(
    datePhraseCatalogues,
    dateLanguage,
  );
  // The date locale and phrases on screen move together, and only once the interface shows the
  // language asked for: a switch of interface language changes its dates in the same render.
  const [dates, setDates] = useState<DateLanguage | null>(null);
  if (
    dateI18n &&
    (dates === null ||
      (settled &&
        dateI18n.locale === dateLanguage &&
        (dates.locale !== locale || dates.phrases !== dateI18n)))
  ) {
    // After a failed load the phrases are the source language's: dates follow them.
    setDates({
      locale: dateI18n.locale === dateLanguage ? locale : dateI18n.locale,
      phrases: dateI18n,
    });
  }
  const lingui = useMemo(
    () =>
      interfaceI18n && {
        i18n: interfaceI18n,
        _: interfaceI18n._.bind(interfaceI18n),
      },
    [interfaceI18n],
  );

  const shownLanguage = interfaceI18n?.locale;
  useEffect(() => {
    if (!shownLanguage) return;
    document.documentElement.lang = shownLanguage;
    document.documentElement.dir = textDirection(shownLanguage);
  }, [shownLanguage]);

  // The page hidden by the shell's inline script shows once the reader's own language is rendered
  // (or has failed to load), before that commit is painted. Never during hydration, which renders
  // the published English whoever reads it: the reader's language is only known from the next render.
  const hydrated = useHydrated();
  const shown = hydrated && settled && datesSettled;
  useLayoutEffect(() => {
    if (shown)
      document.documentElement.removeAttribute(INTERFACE_PENDING_ATTRIBUTE);
  }, [shown]);

  if (!lingui || !dates) return null;
  return (
    <LinguiContext value={lingui}>
      <DateLanguageContext value={dates}>{children}</DateLanguageContext>
    </LinguiContext>
  );
}
