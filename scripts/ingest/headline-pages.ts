import { headlinePageSchema } from "../../src/articles/article-schema.ts";
import { HEADLINES_PER_PAGE } from "../../src/articles/data-paths.ts";
import type { IndexEntry } from "./article-store.ts";

export interface HeadlinePageFile {
  page: number;
  pageCount: number;
  /** The page as the app reads it: JSON of a `HeadlinePage`, newline-terminated. */
  json: string;
}

/**
 * Splits the sorted index into pages of HEADLINES_PER_PAGE, page 1 newest. An empty run still has a
 * valid page 1, so the app can show "no articles" instead of an error.
 *
 * Each page is put together from the headlines' stored JSON: they were checked as part of their
 * articles, and parsing 100,000 of them again only to print them cost seconds. The envelope is still
 * checked; a test checks that the result is exactly `JSON.stringify(headlinePageSchema.parse(page))`.
 */
export function* headlinePages(
  sorted: readonly IndexEntry[],
): Generator<HeadlinePageFile> {
  const pageCount = Math.max(1, Math.ceil(sorted.length / HEADLINES_PER_PAGE));
  for (let page = 1; page <= pageCount; page += 1) {
    const start = (page - 1) * HEADLINES_PER_PAGE;
    const envelope = headlinePageSchema.parse({
      page,
      pageCount,
      pageSize: HEADLINES_PER_PAGE,
      totalArticles: sorted.length,
      headlines: [],
    });
    const headlines = sorted
      .slice(start, start + HEADLINES_PER_PAGE)
      .map((entry) => entry.headlineJson)
      .join(",");
    yield {
      page,
      pageCount,
      json: `{"page":${envelope.page},"pageCount":${envelope.pageCount},"pageSize":${envelope.pageSize},"totalArticles":${envelope.totalArticles},"headlines":[${headlines}]}\n`,
    };
  }
}
