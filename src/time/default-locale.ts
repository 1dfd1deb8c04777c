/** The locale dates fall back to when the browser offers nothing Intl can format. */
const FALLBACK_LOCALE = "en";

/** Intl's canonical form of a locale it can format dates in ("tr-tr" → "tr-TR"), else null. */
export function supportedLocale(locale: string): string | null {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? null;
  } catch {
    // supportedLocalesOf throws RangeError on malformed tags ("en_US", "").
    return null;
  }
}

export function isSupportedLocale(locale: string): boolean {
  return supportedLocale(locale) !== null;
}

/** The reader's default date locale: the first of `navigator.languages` that Intl supports. */
export function resolveDefaultLocale(
  languages: readonly string[] | undefined,
): string {
  for (const language of languages ?? []) {
    const locale = supportedLocale(language);
    if (locale) return locale;
  }
  return FALLBACK_LOCALE;
}

/** The primary language subtag: "tr-TR" → "tr". */
export function languageOf(locale: string): string {
  try {
    return new Intl.Locale(locale).language;
  } catch {
    return locale.split(/[-_]/)[0]?.toLowerCase() ?? locale;
  }
}
