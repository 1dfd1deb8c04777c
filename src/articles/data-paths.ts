import type { TopicKind } from "../topics/topic-ref";
import type { ArticleId } from "./article-schema";

/** File layout of a data folder, relative to its root. Shared by the ingest that writes it and the app that reads it. */
export const dataPaths = {
  latestHeadlines: "headlines/latest.json",
  headlinePage: (page: number) => `headlines/${page}.json`,
  article: (id: ArticleId) => `articles/${id}.json`,
  feed: "feed.json",
  /** A tag's or source's newest articles (`tags/<id>/latest.json`), and its pages numbered from the oldest. */
  topicLatest: (kind: TopicKind, id: string) => `${kind}s/${id}/latest.json`,
  topicPage: (kind: TopicKind, id: string, page: number) =>
    `${kind}s/${id}/${page}.json`,
} as const;
