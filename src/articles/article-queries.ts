import { queryOptions } from "@tanstack/react-query";
import {
  articleSchema,
  headlinePageSchema,
  latestHeadlinesSchema,
  type ArticleId,
} from "./article-schema";
import { dataPaths } from "./data-paths";
import { fetchData } from "./fetch-data";
import type { TopicKind } from "../topics/topic-ref";
import type { SearchParams } from "../search/search-params";
import { topicLatestSchema, topicPageSchema } from "../topics/topic-schema";

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
  /** A tag's or source's newest articles. */
  topicLatest: (kind: TopicKind, id: string) =>
    queryOptions({
      queryKey: [...articleQueries.all(), kind, id, "latest"] as const,
      queryFn: ({ signal }) =>
        fetchData(dataPaths.topicLatest(kind, id), topicLatestSchema, signal),
    }),
  /** Page `page` of a tag's or source's list, counted from its oldest article. */
  topicPage: (kind: TopicKind, id: string, page: number) =>
    queryOptions({
      queryKey: [...articleQueries.all(), kind, id, "page", page] as const,
      queryFn: ({ signal }) =>
        fetchData(dataPaths.topicPage(kind, id, page), topicPageSchema, signal),
    }),
  /** One page of search results; the search code and index load only when this first runs. */
  search: (params: SearchParams) =>
    queryOptions({
      queryKey: [...articleQueries.all(), "search", params] as const,
      queryFn: async () =>
        (await import("../search/run-search")).runSearch(params),
    }),
};
