import * as z from "zod/mini";

/**
 * The recent search index (docs/decisions/0013): publish keeps the big index in `pagefind/` and
 * indexes the articles changed since it was built in a small second one, which the browser merges
 * with Pagefind's `mergeIndex`. This file, `pagefind-recent/recent.json`, is the switch: publish
 * writes it last, so a reader always gets a recent index and the manifest made with it.
 */

export const RECENT_SEARCH_FOLDER = "pagefind-recent";
export const RECENT_MANIFEST_FILE = "recent.json";

/** The synthetic filter (Pagefind's `mergeFilter`) that tells the two indexes' results apart. */
export const INDEX_PART_FILTER = "part";

const pageId = z.string().check(z.regex(/^[a-z-]+_[0-9a-f]+$/));

export const recentIndexManifestSchema = z.object({
  version: z.literal(1),
  /** The folder in `pagefind-recent/` that holds the recent index; absent when it has no article. */
  index: z.optional(z.string().check(z.regex(/^[a-z-]+_[0-9a-f]+\/$/))),
  /** Pages of the big index whose article has changed or been withdrawn since: never shown. */
  superseded: z.array(pageId),
  /**
   * The recent index's dated pages, oldest first, each with how many of the big index's pages are
   * dated before it: where it falls in the big index's newest-first order.
   */
  newest: z.array(z.tuple([pageId, z.int().check(z.nonnegative())])),
});

export type RecentIndexManifest = z.infer<typeof recentIndexManifestSchema>;
