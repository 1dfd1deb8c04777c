import { queryOptions } from "@tanstack/react-query";
import {
  articleSchema,
  headlinePageSchema,
  type ArticleId,
} from "./article-schema";
import { dataPaths } from "./data-paths";
import { fetchData } from "./fetch-data";

/** The one place that knows the articles' query keys and where their data lives. */
export const articleQueries = {
  all: () => ["articles"] as const,
  headlines: (page: number) =>
    queryOptions({
      queryKey: [...articleQueries.all(), "headlines", page] as const,
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
