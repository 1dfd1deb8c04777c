import { useEffect } from "react";
import * as z from "zod/mini";
import { ARTICLE_ID_PATTERN } from "../articles/article-schema";
import {
  createDeviceValue,
  lenientList,
  useDeviceValue,
} from "../device/device-value";

/**
 * The articles the reader has read, by id, oldest first. Only the most recent READ_LIMIT are kept:
 * about 75 KB of storage, years of reading.
 */
export const READ_LIMIT = 5000;
export const READ_ARTICLES_KEY = "bulletin:read";

export const readArticles = createDeviceValue<string[]>({
  key: READ_ARTICLES_KEY,
  schema: lenientList(z.string().check(z.regex(ARTICLE_ID_PATTERN))),
  fallback: [],
});

// One Set per stored list, shared by every headline on the page.
const sets = new WeakMap<string[], Set<string>>();
function readSet(list: string[]): Set<string> {
  let set = sets.get(list);
  if (!set) {
    set = new Set(list);
    sets.set(list, set);
  }
  return set;
}

/** The reader's read articles, for checking many ids at once. */
export function useReadArticles(): ReadonlySet<string> {
  return readSet(useDeviceValue(readArticles));
}

export function useIsRead(id: string): boolean {
  return useReadArticles().has(id);
}

export function markRead(ids: readonly string[]): void {
  const current = readSet(readArticles.getSnapshot());
  const added = ids.filter((id) => !current.has(id));
  if (added.length === 0) return;
  readArticles.update((list) => [...list, ...added].slice(-READ_LIMIT));
}

export function markUnread(id: string): void {
  if (!readSet(readArticles.getSnapshot()).has(id)) return;
  readArticles.update((list) => list.filter((read) => read !== id));
}

/** Opening an article marks it read (after hydration: pre-rendered HTML knows nothing of it). */
export function useMarkedRead(id: string): void {
  useEffect(() => markRead([id]), [id]);
}
