import type { QueryClient } from "@tanstack/react-query";
import { articleQueries } from "../articles/article-queries";
import type { Headline } from "../articles/article-schema";

/** Warms the article's data before the click lands. */
export function prefetchArticle(queryClient: QueryClient, headline: Headline) {
  queryClient.query(articleQueries.detail(headline.id)).catch(() => undefined);
}
