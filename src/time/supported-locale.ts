// supportedLocalesOf is slow (tens of milliseconds on a phone for the first page's few calls) and the
// answer never changes, so each locale is asked once.
const supported = new Map<string, string | null>();

/** Intl's canonical form of a locale it can format dates in ("tr-tr" → "tr-TR"), else null. */
export function supportedLocale(locale: string): string | null {
  let canonical = supported.get(locale);
  if (canonical === undefined) {
    try {
      canonical = Intl.DateTimeFormat.supportedLocalesOf([locale])[0] ?? null;
    } catch {
      // supportedLocalesOf throws RangeError on malformed tags ("en_US", "").
      canonical = null;
    }
    supported.set(locale, canonical);
  }
  return canonical;
}

/** The primary language subtag: "tr-TR" → "tr". */
const languages = new Map<string, string>();

export function languageOf(locale: string): string {
  let language = languages.get(locale);
  if (language === undefined) {
    try {
      language = new Intl.Locale(locale).language;
    } catch {
      language = locale.split(/[-_]/)[0]?.toLowerCase() ?? locale;
    }
    languages.set(locale, language);
  }
  return language;
}
