import { useBrowserStore } from "../hydration";
import * as z from "zod/mini";
import { reportStorageFailure } from "./storage-status";

/**
 * The reader's small device state (preferences, read marks, the saved list): one JSON value per key
 * in localStorage, validated on every change of what is stored, followed across tabs, and never
 * throwing. Whole saved articles are too big for it; they live in IndexedDB (device-collection.ts).
 *
 * Read it with `useDeviceValue`: a server render and hydration see the fallback (nothing is
 * stored), the browser then re-renders with what this device holds, so pre-rendered HTML hydrates
 * with no mismatch.
 */
export interface DeviceValue<T> {
  subscribe(listener: () => void): () => void;
  /** What is stored, validated; the same object until the stored text changes. */
  getSnapshot(): T;
  /** What a server render and the hydration render use: the fallback. */
  getServerSnapshot(): T;
  /**
   * Stores `change(current)` and tells every reader. When storage fails (full, blocked, absent),
   * the value still holds in this tab until it is closed, and the reader is told once.
   */
  update(change: (current: T) => T): void;
}

export interface DeviceValueOptions<T> {
  /** The localStorage key, `bulletin:…`. */
  key: string;
  /**
   * Checks what was read (it may be garbage, or written by another version of Bulletin); whatever
   * it rejects reads as the fallback. Use z.catch inside it to keep the valid parts of a value.
   */
  schema: z.ZodMiniType<T>;
  fallback: T;
  /** Where values are kept: localStorage, unless a test passes its own. */
  storage?: () => Storage | undefined;
}

/** The browser's localStorage, or undefined where merely touching it throws (blocked cookies). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function createDeviceValue<T>({
  key,
  schema,
  fallback,
  storage = browserStorage,
}: DeviceValueOptions<T>): DeviceValue<T> {
  const listeners = new Set<() => void>();
  // The stored text last read and its validated value: text is compared on every read (cheap),
  // so anything that changes the stored text (another tab, a test, DevTools) is picked up.
  let parsed: { raw: string | null; value: T } = { raw: null, value: fallback };
  // A value this tab could not store: it holds until the tab closes or another tab stores one.
  let unsaved: { value: T } | undefined;

  const notify = () => {
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    // key null: another tab cleared the storage.
    if (event.key !== null && event.key !== key) return;
    unsaved = undefined;
    notify();
  };
  const parse = (raw: string | null): T => {
    if (raw === null) return fallback;
    try {
      const result = schema.safeParse(JSON.parse(raw));
      return result.success ? result.data : fallback;
    } catch {
      return fallback;
    }
  };
  const getSnapshot = (): T => {
    if (unsaved) return unsaved.value;
    let raw: string | null;
    try {
      raw = storage()?.getItem(key) ?? null;
    } catch {
      raw = null;
    }
    if (raw !== parsed.raw) parsed = { raw, value: parse(raw) };
    return parsed.value;
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
    getSnapshot,
    getServerSnapshot: () => fallback,
    update(change) {
      const value = change(getSnapshot());
      const raw = JSON.stringify(value);
      try {
        const target = storage();
        if (!target) throw new Error("This browser offers no localStorage.");
        target.setItem(key, raw);
        parsed = { raw, value };
        unsaved = undefined;
      } catch (error) {
        unsaved = { value };
        reportStorageFailure(error);
      }
      notify();
    },
  };
}

/** The value for this render: the fallback while hydrating, then what the device holds. */
export function useDeviceValue<T>(value: DeviceValue<T>): T {
  return useBrowserStore(
    value.subscribe,
    value.getSnapshot,
    value.getServerSnapshot,
  );
}

/** A list schema that drops invalid items one by one, rather than the whole list for one of them. */
export function lenientList<T>(item: z.ZodMiniType<T>): z.ZodMiniType<T[]> {
  return z.pipe(
    z.array(z.unknown()),
    z.transform((items) =>
      items.flatMap((candidate) => {
        const result = item.safeParse(candidate);
        return result.success ? [result.data] : [];
      }),
    ),
  );
}
