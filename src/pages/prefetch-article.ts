import type { QueryClient } from "@tanstack/react-query";
import { articleQueries } from "../articles/article-queries";
import type { Headline } from "../articles/article-schema";
import { loadArticlePage } from "./load-article-page";

/** Warms both the article's data and the article page's code before the click lands. */
export function prefetchArticle(queryClient: QueryClient, headline: Headline) {
  queryClient.query(articleQueries.detail(headline.id)).catch(() => undefined);
  loadArticlePage().catch(() => undefined);
}
