import { headlineSchema, type Headline } from "../articles/article-schema";
import { dataUrl } from "../articles/fetch-data";
import { CACHE_NAMES } from "./cache-names";

/** A page this device can show offline: its data is in the service worker's cache. */
export type OpenedPage =
  | { kind: "front" }
  | { kind: "page"; page: number }
  | { kind: "article"; headline: Headline };

// Reading every cached article to name it costs a little each; the offline view lists the newest.
const ARTICLE_LIMIT = 50;

/** What the data cache holds, most recently cached first; empty where there is no Cache API. */
export async function openedPages(): Promise<OpenedPage[]> {
  if (typeof caches === "undefined" || !(await caches.has(CACHE_NAMES.data)))
    return [];
  const cache = await caches.open(CACHE_NAMES.data);
  const requests = [...(await cache.keys())].reverse();
  const base = dataUrl("");
  const pages: OpenedPage[] = [];
  let articles = 0;
  for (const request of requests) {
    if (!request.url.startsWith(base)) continue;
    const path = request.url.slice(base.length);
    const listPage = /^headlines\/([1-9][0-9]*)\.json$/.exec(path);
    if (path === "headlines/latest.json") pages.push({ kind: "front" });
    else if (listPage) pages.push({ kind: "page", page: Number(listPage[1]) });
    else if (/^articles\/[0-9a-f]{12}\.json$/.test(path)) {
      if (articles >= ARTICLE_LIMIT) continue;
      const headline = await cachedHeadline(cache, request);
      if (!headline) continue;
      articles += 1;
      pages.push({ kind: "article", headline });
    }
  }
  return pages;
}

async function cachedHeadline(
  cache: Cache,
  request: Request,
): Promise<Headline | undefined> {
  try {
    const response = await cache.match(request);
    const result = headlineSchema.safeParse(await response?.json());
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
