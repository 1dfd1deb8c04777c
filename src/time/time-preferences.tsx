import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  type ReactNode,
} from "react";
import {
  isInterfaceLanguage,
  negotiateInterfaceLanguage,
} from "../i18n/interface-catalogues";
import { languageOf, supportedLocale } from "./supported-locale";
import { resolveDefaultTimeZone } from "./default-time-zone";
import type { ZoneMode } from "./describe-timestamp";
import { useDeviceValue } from "../device/device-value";
import { useBrowserStore } from "../hydration";
import {
  dateLocaleChoice,
  timePreferences,
  type StoredTimePreferences,
} from "./time-preferences-storage";

/** How often `now` advances, so "3 minutes ago" does not go stale on an open page. */
export const NOW_TICK_MS = 60_000;

export interface TimePreferences {
  /** The interface language in effect: the reader's choice, else the browser's if Bulletin has it. */
  language: string;
  /** The date locale in effect: the reader's choice, else the interface language's. */
  locale: string;
  zoneMode: ZoneMode;
  readerTimeZone: string;
  /**
   * The current time, ticking; null while a pre-rendered page hydrates (and at publish time), when
   * nobody's clock is known: timestamps are then absolute, in the publisher's zone.
   */
  now: Date | null;
  /** What the reader chose explicitly (null: follow the default). */
  choices: StoredTimePreferences;
  /** What the defaults resolve to now, for "Browser default (English)". */
  defaults: { language: string; locale: string };
  /** Records choices; a language or locale Bulletin cannot show is ignored. */
  choose: (change: Partial<StoredTimePreferences>) => void;
}

const TimePreferencesContext = createContext<TimePreferences | null>(null);

export interface TimePreferencesProviderProps {
  children: ReactNode;
  /** Replaces `navigator.languages` (a stored choice still wins); tests and pre-rendering pass one. */
  browserLanguages?: readonly string[];
  /** Replaces the zone detected from Intl; tests pass one so they never see the machine's. */
  readerTimeZone?: string;
  /** A fixed clock: `now` stays at this instant instead of ticking every minute. */
  now?: Date;
}

// What only the browser knows is read through useBrowserStore: a server render and hydration use
// the server snapshots (nothing stored, no languages: English; UTC), and the reader's own values
// follow in the transition after hydration, with no mismatch. A client-only render uses the
// reader's values from the first render.
const onLanguageChange = (listener: () => void) => {
  window.addEventListener("languagechange", listener);
  return () => window.removeEventListener("languagechange", listener);
};
const browserLanguagesSnapshot = () => navigator.languages.join(",");
const noBrowserLanguages = () => "";
const neverChanges = () => () => undefined;
let detectedTimeZone: string | undefined;
const browserTimeZone = () =>
  (detectedTimeZone ??= resolveDefaultTimeZone(
    Intl.DateTimeFormat().resolvedOptions().timeZone,
  ));
// The server does not know the reader's zone: "" says so, and times show the publisher's clock.
const unknownTimeZone = () => "";

// The clock, as an external store: one Date per tick, so every snapshot between ticks is the same.
let clock = new Date();
const subscribeToClock = (onTick: () => void) => {
  const tick = () => {
    clock = new Date();
    onTick();
  };
  // The page may have waited a while for hydration: start from the time it is now.
  tick();
  const interval = window.setInterval(tick, NOW_TICK_MS);
  // Timers are throttled in background tabs; catch up the moment the reader comes back.
  const onVisible = () => {
    if (document.visibilityState === "visible") tick();
  };
  document.addEventListener("visibilitychange", onVisible);
  return () => {
    window.clearInterval(interval);
    document.removeEventListener("visibilitychange", onVisible);
  };
};
const readClock = () => clock;
const noClock = () => null;

/**
 * The date locale that follows an interface language: the reader's own regional variant when the
 * browser lists one ("en-GB" for an English interface), else the language itself.
 */
function followingLocale(
  language: string,
  browserLanguages: readonly string[],
): string {
  for (const tag of browserLanguages) {
    if (languageOf(tag) !== language) continue;
    const locale = dateLocaleChoice(tag);
    if (locale) return locale;
  }
  return supportedLocale(language) ?? "en";
}

/**
 * The reader's interface language, date language and zone choice, persisted on this device and
 * followed across tabs, plus a ticking `now`.
 */
export function TimePreferencesProvider({
  children,
  browserLanguages: browserLanguagesOverride,
  readerTimeZone: readerTimeZoneOverride,
  now: fixedNow,
}: TimePreferencesProviderProps) {
  const choices = useDeviceValue(timePreferences);
  const detectedLanguages = useBrowserStore(
    onLanguageChange,
    browserLanguagesSnapshot,
    noBrowserLanguages,
  );
  const detectedZone = useBrowserStore(
    neverChanges,
    browserTimeZone,
    unknownTimeZone,
  );
  const tickingNow = useBrowserStore(
    fixedNow ? neverChanges : subscribeToClock,
    readClock,
    noClock,
  );
  const now = fixedNow ?? tickingNow;

  const browserLanguages = useMemo(
    () =>
      browserLanguagesOverride ??
      (detectedLanguages ? detectedLanguages.split(",") : []),
    [browserLanguagesOverride, detectedLanguages],
  );
  const readerTimeZone = readerTimeZoneOverride ?? detectedZone;
  // Until the reader's zone is known, only the publisher's clock can be shown truthfully.
  const zoneMode = readerTimeZone ? choices.zoneMode : "publisher";

  const choose = useCallback((change: Partial<StoredTimePreferences>) => {
    const next: Partial<StoredTimePreferences> = {};
    if (change.language !== undefined) {
      if (change.language !== null && !isInterfaceLanguage(change.language))
        return;
      next.language = change.language;
    }
    if (change.locale !== undefined) {
      const locale =
        change.locale === null ? null : dateLocaleChoice(change.locale);
      if (change.locale !== null && locale === null) return;
      next.locale = locale;
    }
    if (change.zoneMode !== undefined) next.zoneMode = change.zoneMode;
    // Only explicit choices are written: a first visit stores nothing.
    timePreferences.update((current) => ({ ...current, ...next }));
  }, []);

  const value = useMemo<TimePreferences>(() => {
    const defaultLanguage = negotiateInterfaceLanguage(browserLanguages);
    const language = choices.language ?? defaultLanguage;
    const defaultLocale = followingLocale(language, browserLanguages);
    return {
      language,
      locale: choices.locale ?? defaultLocale,
      zoneMode,
      readerTimeZone: readerTimeZone || "UTC",
      now,
      choices,
      defaults: { language: defaultLanguage, locale: defaultLocale },
      choose,
    };
  }, [browserLanguages, choices, zoneMode, readerTimeZone, now, choose]);

  return (
    <TimePreferencesContext value={value}>{children}</TimePreferencesContext>
  );
}

/** The reader's preferences; must be used under `<TimePreferencesProvider>`. */
export function useTimePreferences(): TimePreferences {
  const preferences = useContext(TimePreferencesContext);
  if (!preferences) {
    throw new Error(
      "useTimePreferences needs a <TimePreferencesProvider> above it (see src/time/time-preferences.tsx)",
    );
  }
  return preferences;
}
