/**
 * The recent search index (docs/decisions/0013): publish keeps the big index in `pagefind/` and
 * indexes the articles changed since it was built in a small second one, which the browser merges
 * with Pagefind's `mergeIndex`. This file, `pagefind-recent/recent.json`, is the switch: publish
 * writes it last, so a reader always gets a recent index and the manifest made with it.
 */

export const RECENT_SEARCH_FOLDER = "pagefind-recent";
export const RECENT_MANIFEST_FILE = "recent.json";

export interface RecentIndexManifest {
  /** 2 since it lists `pages` (1 told the indexes apart by a filter, searching twice as long). */
  version: 2;
  /** The folder in `pagefind-recent/` that holds the recent index; absent when it has no article. */
  index?: string;
  /** Every page of the recent index: how a merged search tells its results from the big index's. */
  pages: string[];
  /** Pages of the big index whose article has changed or been withdrawn since: never shown. */
  superseded: string[];
  /** The recent index's dated pages, oldest first. */
  newest: string[];
  /**
   * For each of `newest`, how many of the big index's dated pages sort before it: where it falls
   * in the big index's newest-first order.
   */
  before: number[];
}

const PAGE_ID = /^[a-z-]+_[0-9a-f]+$/;
const INDEX_FOLDER = /^[a-z-]+_[0-9a-f]+\/$/;

const isPageIds = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.every((id) => typeof id === "string" && PAGE_ID.test(id));

/**
 * Checks a manifest as read. By hand rather than with the data contract's zod: search's lazy chunk
 * would be the first to use zod, and making its functions importable from the first page's chunk
 * costs that chunk bytes the bundle budget does not have.
 */
export function parseRecentIndexManifest(
  value: unknown,
): RecentIndexManifest | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { version, index, pages, superseded, newest, before } = value as Record<
    string,
    unknown
  >;
  if (
    version !== 2 ||
    (index !== undefined &&
      (typeof index !== "string" || !INDEX_FOLDER.test(index))) ||
    !isPageIds(pages) ||
    !isPageIds(superseded) ||
    !isPageIds(newest) ||
    !Array.isArray(before) ||
    before.length !== newest.length ||
    !before.every((count) => Number.isInteger(count) && count >= 0)
  )
    return undefined;
  return {
    version,
    ...(index === undefined ? {} : { index }),
    pages,
    superseded,
    newest,
    before: before as number[],
  };
}
