import type { QueryClient } from "@tanstack/react-query";
import type { PageData } from "../rendered-page";
import { articleQueries } from "./article-queries";

/**
 * Puts a pre-rendered page's data in the query cache under the keys its route reads: at publish time
 * before rendering, and in the browser before hydrating, so neither fetches anything.
 */
export function seedQueryCache(queryClient: QueryClient, data: PageData) {
  if (data.latest)
    queryClient.setQueryData(articleQueries.latest().queryKey, data.latest);
  if (data.page)
    queryClient.setQueryData(
      articleQueries.page(data.page.page).queryKey,
      data.page,
    );
  if (data.article)
    queryClient.setQueryData(
      articleQueries.detail(data.article.id).queryKey,
      data.article,
    );
  if (data.topicLatest) {
    const { kind, id } = data.topicLatest.topic;
    queryClient.setQueryData(
      articleQueries.topicLatest(kind, id).queryKey,
      data.topicLatest,
    );
  }
  if (data.topicPage) {
    const { kind, id } = data.topicPage.topic;
    queryClient.setQueryData(
      articleQueries.topicPage(kind, id, data.topicPage.page).queryKey,
      data.topicPage,
    );
  }
}
