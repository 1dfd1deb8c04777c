import { createStore, del, get, keys, set, type UseStore } from "idb-keyval";
import type { ZodMiniType } from "zod/mini";
import { reportStorageFailure } from "./storage-status";

/**
 * Larger device state, one record per key in IndexedDB (through idb-keyval): saved articles kept
 * whole. Like device values, every record is validated when read and nothing here throws: a record
 * that fails its schema reads as absent, and a write that fails (full, blocked, no IndexedDB)
 * tells the reader once. Nothing is cached in memory, so every read sees what other tabs wrote.
 * Imported only by code that needs it, so it stays out of the initial bundle.
 */
export interface DeviceCollection<T> {
  read(key: string): Promise<T | undefined>;
  /** Whether the record was stored. */
  write(key: string, value: T): Promise<boolean>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}

export function createDeviceCollection<T>(
  name: string,
  schema: ZodMiniType<T>,
): DeviceCollection<T> {
  // One database per collection: idb-keyval's stores each own their database.
  let store: UseStore | undefined;
  const open = () => (store ??= createStore(`bulletin-${name}`, name));
  return {
    async read(key) {
      try {
        const value: unknown = await get(key, open());
        if (value === undefined) return undefined;
        const result = schema.safeParse(value);
        return result.success ? result.data : undefined;
      } catch {
        return undefined;
      }
    },
    async write(key, value) {
      try {
        await set(key, value, open());
        return true;
      } catch (error) {
        reportStorageFailure(error);
        return false;
      }
    },
    async remove(key) {
      try {
        await del(key, open());
      } catch (error) {
        reportStorageFailure(error);
      }
    },
    async keys() {
      try {
        return (await keys(open())).map(String);
      } catch {
        return [];
      }
    },
  };
}
