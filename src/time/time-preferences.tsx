import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { resolveDefaultLocale, supportedLocale } from "./default-locale";
import { resolveDefaultTimeZone } from "./default-time-zone";
import type { ZoneMode } from "./describe-timestamp";
import {
  readTimePreferences,
  TIME_PREFERENCES_STORAGE_KEY,
  writeTimePreferences,
  type StoredTimePreferences,
} from "./time-preferences-storage";

/** How often `now` advances, so "3 minutes ago" does not go stale on an open page. */
export const NOW_TICK_MS = 60_000;

export interface TimePreferences {
  /** The date locale in effect: the reader's choice, else the browser default. */
  locale: string;
  /** The reader's explicit choice, or null for "browser default". */
  localeChoice: string | null;
  /** What "browser default" resolves to. */
  defaultLocale: string;
  zoneMode: ZoneMode;
  readerTimeZone: string;
  now: Date;
  /** Pass null to follow the browser again. Locales Intl cannot format are ignored. */
  setLocaleChoice: (locale: string | null) => void;
  setZoneMode: (zoneMode: ZoneMode) => void;
}

const TimePreferencesContext = createContext<TimePreferences | null>(null);

export interface TimePreferencesProviderProps {
  children: ReactNode;
  /** Replaces the locale detected from `navigator.languages` (a stored choice still wins). */
  initialLocale?: string;
  /** Replaces the zone detected from Intl; tests pass one so they never see the machine's. */
  readerTimeZone?: string;
  /** A fixed clock: `now` stays at this instant instead of ticking every minute. */
  now?: Date;
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function useNow(fixedNow: Date | undefined): Date {
  const [tickingNow, setTickingNow] = useState(() => new Date());
  useEffect(() => {
    if (fixedNow) return;
    const refresh = () => setTickingNow(new Date());
    const interval = window.setInterval(refresh, NOW_TICK_MS);
    // Timers are throttled in background tabs; catch up the moment the reader comes back.
    const onVisible = () => {
      if (document.visibilityState === "visible") refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.clearInterval(interval);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [fixedNow]);
  return fixedNow ?? tickingNow;
}

/** Holds the reader's date language and zone choice, persisted in localStorage, plus a ticking `now`. */
export function TimePreferencesProvider({
  children,
  initialLocale,
  readerTimeZone: readerTimeZoneOverride,
  now: fixedNow,
}: TimePreferencesProviderProps) {
  const [stored, setStored] = useState<StoredTimePreferences>(() =>
    readTimePreferences(browserStorage()),
  );
  const now = useNow(fixedNow);

  const defaultLocale = useMemo(
    () =>
      resolveDefaultLocale(
        initialLocale !== undefined
          ? [initialLocale]
          : typeof navigator === "undefined"
            ? []
            : navigator.languages,
      ),
    [initialLocale],
  );
  const readerTimeZone = useMemo(
    () =>
      readerTimeZoneOverride ??
      resolveDefaultTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone),
    [readerTimeZoneOverride],
  );

  // Another tab changed the choice: follow it, so every open tab agrees.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === TIME_PREFERENCES_STORAGE_KEY || event.key === null) {
        setStored(readTimePreferences(browserStorage()));
      }
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const update = useCallback((change: Partial<StoredTimePreferences>) => {
    setStored((previous) => {
      // Writing inside the updater is idempotent, so StrictMode's double call is harmless, and
      // it persists only explicit choices: a first visit stores nothing.
      const next = { ...previous, ...change };
      writeTimePreferences(browserStorage(), next);
      return next;
    });
  }, []);

  const setLocaleChoice = useCallback(
    (locale: string | null) => {
      if (locale === null) return update({ locale: null });
      const canonical = supportedLocale(locale);
      if (canonical) update({ locale: canonical });
    },
    [update],
  );
  const setZoneMode = useCallback(
    (zoneMode: ZoneMode) => update({ zoneMode }),
    [update],
  );

  const value = useMemo<TimePreferences>(
    () => ({
      locale: stored.locale ?? defaultLocale,
      localeChoice: stored.locale,
      defaultLocale,
      zoneMode: stored.zoneMode,
      readerTimeZone,
      now,
      setLocaleChoice,
      setZoneMode,
    }),
    [stored, defaultLocale, readerTimeZone, now, setLocaleChoice, setZoneMode],
  );

  return (
    <TimePreferencesContext value={value}>{children}</TimePreferencesContext>
  );
}

/** The reader's time preferences; must be used under `<TimePreferencesProvider>`. */
export function useTimePreferences(): TimePreferences {
  const preferences = useContext(TimePreferencesContext);
  if (!preferences) {
    throw new Error(
      "useTimePreferences needs a <TimePreferencesProvider> above it (see src/time/time-preferences.tsx)",
    );
  }
  return preferences;
}
