import type { QueryClient } from "@tanstack/react-query";
import { articleQueries } from "../articles/article-queries";
import type { Article, Headline } from "../articles/article-schema";
import {
  savedArticles,
  savedEntrySchema,
  type SavedEntry,
} from "./saved-articles";
import { savedCopies } from "./saved-copies";

/** Saving and unsaving (a chunk of their own, with IndexedDB's wrapper, loaded on the first click). */

function entryOf(item: Headline | Article, savedAt: string): SavedEntry {
  // Parsing keeps only the list's fields (no body), checked like any stored entry.
  return savedEntrySchema.parse({ ...item, savedAt });
}

function replaceEntry(list: SavedEntry[], entry: SavedEntry): SavedEntry[] {
  return [entry, ...list.filter((saved) => saved.id !== entry.id)];
}

/**
 * Saves an article: the list entry at once, then the whole article on the device (the one given,
 * else the current one from the cache or the network). If the article cannot be fetched now
 * (offline), it stays saved and /saved fetches it later.
 */
export async function saveArticle(
  item: Headline | Article,
  queryClient: QueryClient,
): Promise<void> {
  const savedAt = new Date().toISOString();
  savedArticles.update((list) => replaceEntry(list, entryOf(item, savedAt)));
  await storeSavedCopy("body" in item ? item : undefined, item.id, queryClient);
}

/**
 * Keeps the whole article for a saved entry, unless the reader unsaved it meanwhile; the entry
 * then shows what the stored copy shows.
 */
export async function storeSavedCopy(
  given: Article | undefined,
  id: string,
  queryClient: QueryClient,
): Promise<boolean> {
  const article =
    given ??
    (await queryClient.query(articleQueries.detail(id)).catch(() => undefined));
  if (!article) return false;
  const entry = savedArticles.getSnapshot().find((saved) => saved.id === id);
  if (!entry) return false;
  if (!(await savedCopies.write(id, article))) return false;
  savedArticles.update((list) =>
    list.map((saved) =>
      saved.id === id ? entryOf(article, saved.savedAt) : saved,
    ),
  );
  return true;
}

export async function unsaveArticle(id: string): Promise<void> {
  savedArticles.update((list) => list.filter((saved) => saved.id !== id));
  await savedCopies.remove(id);
}
