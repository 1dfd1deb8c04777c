import type { ArticleId } from "./article-schema";

/** File layout of a data folder, relative to its root. Shared by the ingest that writes it and the app that reads it. */
export const dataPaths = {
  latestHeadlines: "headlines/latest.json",
  headlinePage: (page: number) => `headlines/${page}.json`,
  article: (id: ArticleId) => `articles/${id}.json`,
  feed: "feed.json",
} as const;
