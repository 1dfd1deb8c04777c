// zod/mini, like the article schema: the classic API would add its whole bundle for one object.
import * as z from "zod/mini";
import { supportedLocale } from "./default-locale";
import type { ZoneMode } from "./describe-timestamp";

export const TIME_PREFERENCES_STORAGE_KEY = "bulletin:time-preferences";

/** What the reader chose; `locale: null` means "follow the browser". */
export interface StoredTimePreferences {
  locale: string | null;
  zoneMode: ZoneMode;
}

export const DEFAULT_STORED_TIME_PREFERENCES: StoredTimePreferences = {
  locale: null,
  zoneMode: "reader",
};

// Each field falls back on its own, so one bad field (say, a locale this browser's Intl lacks)
// does not throw away the other choice; anything that is not an object falls back entirely.
const storedSchema = z.catch(
  z.object({
    locale: z.catch(
      z.pipe(
        z.nullable(z.string()),
        z.transform((locale) =>
          locale === null ? null : supportedLocale(locale),
        ),
      ),
      null,
    ),
    zoneMode: z.catch(z.enum(["reader", "publisher"]), "reader"),
  }),
  DEFAULT_STORED_TIME_PREFERENCES,
);

/** Validates anything read from storage; never throws. */
export function parseStoredTimePreferences(
  raw: string | null,
): StoredTimePreferences {
  if (raw === null) return DEFAULT_STORED_TIME_PREFERENCES;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_STORED_TIME_PREFERENCES;
  }
  return storedSchema.parse(value);
}

// Storage access itself can throw (blocked cookies, Safari private mode, quota); preferences are
// a nicety, so failures mean "no stored choice" rather than a broken page.
export function readTimePreferences(
  storage: Storage | undefined,
): StoredTimePreferences {
  try {
    return parseStoredTimePreferences(
      storage?.getItem(TIME_PREFERENCES_STORAGE_KEY) ?? null,
    );
  } catch {
    return DEFAULT_STORED_TIME_PREFERENCES;
  }
}

export function writeTimePreferences(
  storage: Storage | undefined,
  preferences: StoredTimePreferences,
): void {
  try {
    storage?.setItem(TIME_PREFERENCES_STORAGE_KEY, JSON.stringify(preferences));
  } catch {
    // See readTimePreferences: the choice still applies for this visit.
  }
}
