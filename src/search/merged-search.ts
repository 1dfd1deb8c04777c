import type { RecentIndexManifest } from "./recent-index-manifest";

/**
 * Searching the big index and the recent one as one (docs/decisions/0013). Pagefind's own merged
 * search cannot be used as it is: it would show an article twice (or withdrawn) when the big index
 * still holds an earlier version of it, and it orders newest-first results by each index's own
 * positions, which mean nothing across indexes. So one merged search's results are told apart by
 * the recent index's page ids (from its manifest), the big index's superseded pages are dropped,
 * and the two are ranked together here. One search, not one per index: Pagefind's cost grows with
 * the pages a query matches, so a second search doubled it.
 */

/** The parts of Pagefind's browser API used here (it ships no types for the browser). */
export interface PagefindFragment {
  url: string;
  raw_url?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
}

export interface PagefindResult {
  /** The page's id in its index. */
  id: string;
  /** Relevance; with a sort, the page's position in its index's sorted order. */
  score: number;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindApi {
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
  search(
    term: string,
    options: {
      filters?: Record<string, string>;
      sort?: Record<string, "asc" | "desc">;
    },
  ): Promise<{ results: PagefindResult[] } | null>;
}

/** What a search needs to know of the recent index, read once from its manifest. */
export interface RecentIndex {
  /** The recent index's pages (none when there are only superseded pages to drop). */
  pages: ReadonlySet<string>;
  superseded: ReadonlySet<string>;
  /** Each dated recent page's place among the big index's positions (between two of them). */
  position: ReadonlyMap<string, number>;
}

/**
 * Merges the recent index (when it has articles) into `pagefind`. `folder` is the address of
 * `pagefind-recent/`.
 */
export async function openRecentIndex(
  pagefind: PagefindApi,
  manifest: RecentIndexManifest,
  folder: string,
): Promise<RecentIndex> {
  if (manifest.index)
    await pagefind.mergeIndex(`${folder}${manifest.index}`, {});
  const count = manifest.newest.length;
  return {
    pages: new Set(manifest.index ? manifest.pages : []),
    superseded: new Set(manifest.superseded),
    // Just below the first big-index page dated at or after it; recent pages that fall between
    // the same two keep their own order.
    position: new Map(
      manifest.newest.map((id, order) => [
        id,
        (manifest.before[order] ?? 0) - 1 + (order + 1) / (count + 1),
      ]),
    ),
  };
}

/**
 * Every result for `term`, best first (or newest first with `sort`): from the big index without its
 * superseded pages, and from the recent index when there is one.
 */
export async function searchIndexes(
  pagefind: PagefindApi,
  recent: RecentIndex | undefined,
  term: string,
  options: { filters: Record<string, string>; newest: boolean },
): Promise<PagefindResult[]> {
  const sort = options.newest ? { sort: { date: "desc" as const } } : {};
  const results =
    (await pagefind.search(term, { filters: options.filters, ...sort }))
      ?.results ?? [];
  if (!recent) return results;
  const current: PagefindResult[] = [];
  const fresh: PagefindResult[] = [];
  const freshIds = new Set<string>();
  for (const result of results) {
    if (recent.pages.has(result.id)) {
      // Pagefind names a page by a hash of its fragment, so an id in both indexes is one and the
      // same page (an article re-published unchanged): show it once.
      if (!freshIds.has(result.id)) fresh.push(result);
      freshIds.add(result.id);
    } else if (!recent.superseded.has(result.id)) current.push(result);
  }
  if (!options.newest) {
    return [...current, ...fresh].sort((a, b) => b.score - a.score);
  }
  const ranked = [
    ...current.map((result) => ({ result, rank: result.score })),
    // A recent page without a date has no place in a newest-first list (nor has one in the big index).
    ...fresh.flatMap((result) => {
      const rank = recent.position.get(result.id);
      return rank === undefined ? [] : [{ result, rank }];
    }),
  ];
  return ranked.sort((a, b) => b.rank - a.rank).map(({ result }) => result);
}
