import * as z from "zod/mini";
import { headlineSchema, instantSchema } from "../articles/article-schema";
import {
  createDeviceValue,
  lenientList,
  useDeviceValue,
} from "../device/device-value";

/**
 * The reader's saved articles: the list (what each headline showed, and when it was saved) is a
 * small device value, so every toggle knows at once and other tabs follow; the articles themselves
 * are kept whole in IndexedDB (saved-copies.ts). Saving and unsaving are in save-actions.ts, loaded
 * on the first click.
 */
export const savedEntrySchema = z.object({
  ...headlineSchema.shape,
  savedAt: instantSchema,
});

export type SavedEntry = z.infer<typeof savedEntrySchema>;

export const SAVED_ARTICLES_KEY = "bulletin:saved";

/** Newest saved first. */
export const savedArticles = createDeviceValue<SavedEntry[]>({
  key: SAVED_ARTICLES_KEY,
  schema: lenientList(savedEntrySchema),
  fallback: [],
});

export function useSavedArticles(): SavedEntry[] {
  return useDeviceValue(savedArticles);
}

/** The saved entry for an article, if the reader saved it. */
export function useSavedEntry(id: string): SavedEntry | undefined {
  return useSavedArticles().find((saved) => saved.id === id);
}
