import { TOPIC_ID_PATTERN } from "../topics/topic-ref";

/**
 * What a search page's address says: `/search?q=harbour+ferries&sort=newest&page=2&tag=…`. The
 * address is the whole state, so a search is bookmarkable, survives a reload, and Back returns to it.
 */
export type SearchSort = "relevance" | "newest";

export interface SearchParams {
  /** The words as the reader typed them, spacing tidied. */
  query: string;
  sort: SearchSort;
  page: number;
  /** Only articles with this tag or from this source (topic ids). */
  tag?: string;
  source?: string;
}

/** Longer queries are cut here: no headline or standfirst needs more, and the index is not a place for essays. */
export const MAX_QUERY_LENGTH = 200;

function topicParam(value: string | null): string | undefined {
  const id = value?.trim().toLowerCase();
  return id && TOPIC_ID_PATTERN.test(id) ? id : undefined;
}

/** Reads a search address leniently: anything unusable is left out rather than refused. */
export function parseSearchParams(params: URLSearchParams): SearchParams {
  const query = Array.from((params.get("q") ?? "").replace(/\s+/gu, " ").trim())
    .slice(0, MAX_QUERY_LENGTH)
    .join("")
    .trim();
  const page = params.get("page") ?? "";
  const tag = topicParam(params.get("tag"));
  const source = topicParam(params.get("source"));
  return {
    query,
    sort: params.get("sort") === "newest" ? "newest" : "relevance",
    page: /^[1-9][0-9]{0,5}$/.test(page) ? Number(page) : 1,
    ...(tag ? { tag } : {}),
    ...(source ? { source } : {}),
  };
}

/** The address of a search; defaults are left out so equal searches have equal addresses. */
export function searchPath(search: Partial<SearchParams> = {}): string {
  const params = new URLSearchParams();
  if (search.query) params.set("q", search.query);
  if (search.sort === "newest") params.set("sort", "newest");
  if (search.tag) params.set("tag", search.tag);
  if (search.source) params.set("source", search.source);
  if (search.page !== undefined && search.page > 1)
    params.set("page", String(search.page));
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
