import { supportedLocale } from "./supported-locale";

export interface DateLocaleOption {
  locale: string;
  /** The language's own name for itself, so a reader finds theirs whatever is selected. */
  label: string;
}

/** The date languages offered by `<TimePreferencesControl>`; any other supported locale also works. */
export const DATE_LOCALE_OPTIONS: readonly DateLocaleOption[] = [
  { locale: "en-US", label: "English (US)" },
  { locale: "en-GB", label: "English (UK)" },
  { locale: "tr-TR", label: "Türkçe" },
  { locale: "de-DE", label: "Deutsch" },
  { locale: "ja-JP", label: "日本語" },
  { locale: "ar", label: "العربية" },
  { locale: "fr-FR", label: "Français" },
  { locale: "es-ES", label: "Español" },
];

/** A locale's name in its own language ("pt-BR" → "português (Brasil)"), for unlisted locales. */
// Intl.DisplayNames is slow to build and the answer never changes: ask once per locale.
const selfNames = new Map<string, string>();

export function localeSelfName(locale: string): string {
  let name = selfNames.get(locale);
  if (name === undefined) {
    name = findSelfName(locale);
    selfNames.set(locale, name);
  }
  return name;
}

function findSelfName(locale: string): string {
  const canonical = supportedLocale(locale);
  const listed = DATE_LOCALE_OPTIONS.find(
    (option) => option.locale === canonical,
  );
  if (listed) return listed.label;
  try {
    const name = new Intl.DisplayNames([locale], { type: "language" }).of(
      locale,
    );
    return name
      ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
      : locale;
  } catch {
    return locale;
  }
}
