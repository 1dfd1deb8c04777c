import {
  headlinePageSchema,
  type HeadlinePage,
} from "../../src/articles/article-schema.ts";
import { HEADLINES_PER_PAGE } from "../../src/articles/data-paths.ts";
import type { IndexEntry } from "./article-store.ts";

/**
 * Splits the sorted index into pages of HEADLINES_PER_PAGE, page 1 newest. An empty run still has a
 * valid page 1, so the app can show "no articles" instead of an error.
 */
export function* headlinePages(
  sorted: readonly IndexEntry[],
): Generator<HeadlinePage> {
  const pageCount = Math.max(1, Math.ceil(sorted.length / HEADLINES_PER_PAGE));
  for (let page = 1; page <= pageCount; page += 1) {
    const start = (page - 1) * HEADLINES_PER_PAGE;
    yield headlinePageSchema.parse({
      page,
      pageCount,
      pageSize: HEADLINES_PER_PAGE,
      totalArticles: sorted.length,
      headlines: sorted
        .slice(start, start + HEADLINES_PER_PAGE)
        .map((entry) => entry.headline),
    });
  }
}
