import { queryOptions } from "@tanstack/react-query";
import {
  articleSchema,
  headlinePageSchema,
  latestHeadlinesSchema,
  type ArticleId,
} from "./article-schema";
import { dataPaths } from "./data-paths";
import { fetchData } from "./fetch-data";

/** The one place that knows the articles' query keys and where their data lives. */
export const articleQueries = {
  all: () => ["articles"] as const,
  latest: () =>
    queryOptions({
      queryKey: [...articleQueries.all(), "latest"] as const,
      queryFn: ({ signal }) =>
        fetchData(dataPaths.latestHeadlines, latestHeadlinesSchema, signal),
    }),
  page: (page: number) =>
    queryOptions({
      queryKey: [...articleQueries.all(), "page", page] as const,
      queryFn: ({ signal }) =>
        fetchData(dataPaths.headlinePage(page), headlinePageSchema, signal),
    }),
  detail: (id: ArticleId) =>
    queryOptions({
      queryKey: [...articleQueries.all(), "detail", id] as const,
      queryFn: ({ signal }) =>
        fetchData(dataPaths.article(id), articleSchema, signal),
    }),
};
