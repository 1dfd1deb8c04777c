// zod/mini, like the article schema: the classic API would add its whole bundle for one object.
import * as z from "zod/mini";
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

type Listener = () => void;

/**
 * The stored choices as an external store for `useSyncExternalStore`: its snapshot is the raw
 * JSON, read once and again only when this tab writes or another tab's write arrives (the
 * `storage` event). Storage can throw (blocked cookies, Safari private mode, a full quota);
 * preferences are a nicety, so a failed read counts as "no choice" and a failed write is kept in
 * memory, so the choice still applies for this visit.
 */
export interface TimePreferencesStore {
  subscribe(listener: Listener): () => void;
  getSnapshot(): string | null;
  write(preferences: StoredTimePreferences): void;
}

export function createTimePreferencesStore(
  storage: () => Storage | undefined,
): TimePreferencesStore {
  const listeners = new Set<Listener>();
  let cached: string | null | undefined;
  let unsaved: string | undefined;
  const notify = () => listeners.forEach((listener) => listener());
  const onStorage = (event: StorageEvent) => {
    if (event.key !== TIME_PREFERENCES_STORAGE_KEY && event.key !== null)
      return;
    cached = undefined;
    unsaved = undefined;
    notify();
  };
  return {
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener("storage", onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0)
          window.removeEventListener("storage", onStorage);
      };
    },
    getSnapshot() {
      if (unsaved !== undefined) return unsaved;
      if (cached === undefined) {
        try {
          cached = storage()?.getItem(TIME_PREFERENCES_STORAGE_KEY) ?? null;
        } catch {
          cached = null;
        }
      }
      return cached;
    },
    write(preferences) {
      const raw = JSON.stringify(preferences);
      try {
        const target = storage();
        if (!target) throw new Error("no storage");
        target.setItem(TIME_PREFERENCES_STORAGE_KEY, raw);
        cached = raw;
        unsaved = undefined;
      } catch {
        unsaved = raw;
      }
      notify();
    },
  };
}

/** The browser's localStorage, or undefined where merely touching it throws. */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
