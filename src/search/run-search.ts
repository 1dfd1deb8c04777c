import { DataError } from "../articles/data-error";
import { buildExcerpt, type ExcerptPart } from "./excerpt";
import {
  openRecentIndex,
  searchIndexes,
  type PagefindApi,
  type PagefindFragment,
  type RecentIndex,
} from "./merged-search";
import {
  RECENT_MANIFEST_FILE,
  RECENT_SEARCH_FOLDER,
  parseRecentIndexManifest,
  type RecentIndexManifest,
} from "./recent-index-manifest";
import type { SearchParams } from "./search-params";
import { indexQuery, RESULTS_PER_PAGE, searchTerms } from "./search-terms";

/**
 * Runs a search with Pagefind's browser API (pagefind.js, published with the index in `pagefind/`
 * by scripts/publish/search-index.ts, and the recent index merged into it: merged-search.ts). This
 * module and Pagefind load only when a reader searches; Pagefind then fetches just the index
 * chunks for the query's words and the fragments of the results on the page shown.
 */

/** What the search page shows for one result. */
export interface SearchHit {
  /** The article's app path. */
  path: string;
  headline: string;
  language: string;
  source: string;
  time?: string;
  timeZone?: string;
  excerpt: ExcerptPart[];
}

export interface SearchResults {
  /** How many articles match in all. */
  count: number;
  /** The results on the requested page. */
  hits: SearchHit[];
}

const searchFolder = (name: string) =>
  new URL(`${import.meta.env.BASE_URL}${name}/`, document.baseURI).href;

interface LoadedSearch {
  pagefind: PagefindApi;
  recent: RecentIndex | undefined;
}

let loading: Promise<LoadedSearch> | undefined;

/** Loads Pagefind once per page; a failed load is tried afresh next time (Retry). */
function loadSearch(): Promise<LoadedSearch> {
  loading ??= openSearch();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

async function openSearch(): Promise<LoadedSearch> {
  const [pagefind, manifest] = await Promise.all([
    importPagefind(),
    fetchRecentManifest(),
  ]);
  if (!manifest) return { pagefind, recent: undefined };
  try {
    return {
      pagefind,
      recent: await openRecentIndex(
        pagefind,
        manifest,
        searchFolder(RECENT_SEARCH_FOLDER),
      ),
    };
  } catch (error) {
    // Pagefind keeps its indexes for the page: start afresh on Retry, not with half a merge.
    await pagefind.destroy();
    throw error;
  }
}

async function importPagefind(): Promise<PagefindApi> {
  const folder = searchFolder("pagefind");
  try {
    return (await import(
      /* @vite-ignore */ `${folder}pagefind.js`
    )) as PagefindApi;
  } catch (error) {
    // Tell a site without an index (a dev server, a data-only publish) from a failed request.
    const entry = `${folder}pagefind-entry.json`;
    let response: Response;
    try {
      response = await fetch(entry, { method: "HEAD" });
    } catch {
      throw new DataError(
        "network",
        `${folder}pagefind.js`,
        "The request did not reach the server.",
      );
    }
    if (
      !response.ok ||
      (response.headers.get("Content-Type") ?? "").includes("text/html")
    ) {
      throw new DataError(
        "server",
        entry,
        "This site has no search index: its publisher makes one with npm run publish.",
      );
    }
    throw error;
  }
}

/**
 * The recent index's manifest, read afresh each time the page loads search (it changes with every
 * publish); none on a site published before there were recent indexes.
 */
async function fetchRecentManifest(): Promise<RecentIndexManifest | undefined> {
  const url = `${searchFolder(RECENT_SEARCH_FOLDER)}${RECENT_MANIFEST_FILE}`;
  let response: Response;
  try {
    response = await fetch(url, {
      cache: "no-cache",
      headers: { Accept: "application/json" },
    });
  } catch {
    throw new DataError(
      "network",
      url,
      "The request did not reach the server.",
    );
  }
  if (
    response.status === 404 ||
    (response.ok &&
      (response.headers.get("Content-Type") ?? "").includes("text/html"))
  )
    return undefined;
  if (!response.ok) {
    throw new DataError(
      "server",
      url,
      `The server answered ${response.status}.`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new DataError("malformed", url, "The file is not valid JSON.");
  }
  const manifest = parseRecentIndexManifest(json);
  if (!manifest) {
    throw new DataError(
      "invalid",
      url,
      "It does not describe a recent search index.",
    );
  }
  return manifest;
}

const first = (values: string[] | undefined) => values?.[0];

function hitOf(fragment: PagefindFragment, terms: string[]): SearchHit {
  const time = first(fragment.filters.time);
  const timeZone = first(fragment.filters.zone);
  return {
    path: fragment.raw_url ?? fragment.url,
    headline: fragment.meta.title ?? "",
    language: first(fragment.filters.language) ?? "en",
    source: first(fragment.filters.sourceName) ?? "",
    ...(time ? { time } : {}),
    ...(timeZone ? { timeZone } : {}),
    excerpt: buildExcerpt(fragment.content, fragment.locations, terms),
  };
}

export async function runSearch(params: SearchParams): Promise<SearchResults> {
  const { pagefind, recent } = await loadSearch();
  const results = await searchIndexes(
    pagefind,
    recent,
    indexQuery(params.query),
    {
      filters: {
        ...(params.tag ? { tag: params.tag } : {}),
        ...(params.source ? { source: params.source } : {}),
      },
      newest: params.sort === "newest",
    },
  );
  const start = (params.page - 1) * RESULTS_PER_PAGE;
  const fragments = await Promise.all(
    results
      .slice(start, start + RESULTS_PER_PAGE)
      .map((result) => result.data()),
  );
  const terms = searchTerms(params.query);
  return {
    count: results.length,
    hits: fragments.map((fragment) => hitOf(fragment, terms)),
  };
}
