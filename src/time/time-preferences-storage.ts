// zod/mini, like the article schema: the classic API would add its whole bundle for one object.
import * as z from "zod/mini";
import { createDeviceValue } from "../device/device-value";
import { isInterfaceLanguage } from "../i18n/interface-catalogues";
import { hasDatePhrases } from "./date-phrases";
import { supportedLocale } from "./supported-locale";
import type { ZoneMode } from "./describe-timestamp";

export const TIME_PREFERENCES_STORAGE_KEY = "bulletin:time-preferences";

/**
 * What the reader chose: `language` is the interface language, `locale` the date language; null
 * means "follow the default" (the browser for the interface, the interface for dates).
 */
export interface StoredTimePreferences {
  language: string | null;
  locale: string | null;
  zoneMode: ZoneMode;
}

export const DEFAULT_STORED_TIME_PREFERENCES: StoredTimePreferences = {
  language: null,
  locale: null,
  zoneMode: "reader",
};

/** Intl's canonical form of a date locale Bulletin can write whole timestamp lines in, else null. */
export function dateLocaleChoice(locale: string): string | null {
  const canonical = supportedLocale(locale);
  return canonical && hasDatePhrases(canonical) ? canonical : null;
}

// Each field falls back on its own, so one bad field (say, a locale this browser's Intl lacks)
// does not throw away the other choices; anything that is not an object falls back entirely.
const storedSchema = z.catch(
  z.object({
    language: z.catch(
      z.pipe(
        z.nullable(z.string()),
        z.transform((language) =>
          language !== null && isInterfaceLanguage(language) ? language : null,
        ),
      ),
      null,
    ),
    locale: z.catch(
      z.pipe(
        z.nullable(z.string()),
        z.transform((locale) =>
          locale === null ? null : dateLocaleChoice(locale),
        ),
      ),
      null,
    ),
    zoneMode: z.catch(z.enum(["reader", "publisher"]), "reader"),
  }),
  DEFAULT_STORED_TIME_PREFERENCES,
);

/**
 * The reader's choices on this device (docs/decisions/0008): validated field by field when read,
 * followed across tabs, kept for the visit when storage fails (src/device/device-value.ts).
 */
export const timePreferences = createDeviceValue<StoredTimePreferences>({
  key: TIME_PREFERENCES_STORAGE_KEY,
  schema: storedSchema,
  fallback: DEFAULT_STORED_TIME_PREFERENCES,
});
