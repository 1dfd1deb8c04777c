import type { TopicKind } from "./topic-ref";

/**
 * Where a tag's or source's JSON Feed is, in the data folder: `tags/<id>/feed.json`. Apart from
 * data-paths.ts, which the first page loads, since only topic pages (a lazy chunk) and publish
 * need it.
 */
export const topicFeedPath = (kind: TopicKind, id: string) =>
  `${kind}s/${id}/feed.json`;
