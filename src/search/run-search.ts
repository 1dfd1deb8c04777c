import { DataError } from "../articles/data-error";
import { buildExcerpt, type ExcerptPart } from "./excerpt";
import type { SearchParams } from "./search-params";
import { indexQuery, RESULTS_PER_PAGE, searchTerms } from "./search-terms";

/**
 * Runs a search with Pagefind's browser API (pagefind.js, published with the index in `pagefind/`
 * by scripts/publish/search-index.ts). This module and Pagefind load only when a reader searches;
 * Pagefind then fetches just the index chunks for the query's words and the fragments of the
 * results on the page shown.
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

/** The parts of Pagefind's browser API used here (it ships no types for the browser). */
interface PagefindFragment {
  url: string;
  raw_url?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  locations: number[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string,
    options: {
      filters?: Record<string, string>;
      sort?: Record<string, "asc" | "desc">;
    },
  ): Promise<{
    results: { id: string; data: () => Promise<PagefindFragment> }[];
  } | null>;
}

const searchFolder = () =>
  new URL(`${import.meta.env.BASE_URL}pagefind/`, document.baseURI).href;

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once per page; a failed load is tried afresh next time (Retry). */
function loadPagefind(): Promise<PagefindApi> {
  loading ??= importPagefind();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

async function importPagefind(): Promise<PagefindApi> {
  const folder = searchFolder();
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
  const pagefind = await loadPagefind();
  const filters: Record<string, string> = {
    ...(params.tag ? { tag: params.tag } : {}),
    ...(params.source ? { source: params.source } : {}),
  };
  const found = await pagefind.search(indexQuery(params.query), {
    filters,
    ...(params.sort === "newest" ? { sort: { date: "desc" } } : {}),
  });
  const results = found?.results ?? [];
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
