import type { QueryClient } from "@tanstack/react-query";
import { replace, type LoaderFunctionArgs } from "react-router";
import { articleQueries } from "../articles/article-queries";
import { parsePageNumber, parseTopicRef, paths } from "../paths";
import type { TopicKind } from "../topics/topic-ref";
import { notFound, rethrowAsRouteError } from "./route-errors";

/**
 * `/tags/<id>-<slug>` and `/sources/<id>-<slug>`: a tag's or source's newest articles, like the
 * front page; `…/page/N` its Nth page counted from its oldest article, which never changes once
 * full (docs/decisions/0006, 0012). The id identifies the list; a stale or missing slug moves to
 * the current address, replacing it in history as article addresses do.
 */
export function topicLatestLoader(queryClient: QueryClient, kind: TopicKind) {
  return async ({ params }: LoaderFunctionArgs) => {
    const ref = parseTopicRef(params.topicRef ?? "");
    if (!ref) notFound();
    const data = await queryClient
      .query(articleQueries.topicLatest(kind, ref.id))
      .catch(rethrowAsRouteError);
    if (params.topicRef !== `${data.topic.id}-${data.topic.slug}`)
      throw replace(paths.topic(data.topic));
    return { kind, id: ref.id };
  };
}

export function topicPageLoader(queryClient: QueryClient, kind: TopicKind) {
  return async ({ params }: LoaderFunctionArgs) => {
    const ref = parseTopicRef(params.topicRef ?? "");
    const page = parsePageNumber(params.page);
    if (!ref || page === null) notFound();
    const data = await queryClient
      .query(articleQueries.topicPage(kind, ref.id, page))
      .catch(rethrowAsRouteError);
    if (params.topicRef !== `${data.topic.id}-${data.topic.slug}`)
      throw replace(paths.topic(data.topic, page));
    return { kind, id: ref.id, page };
  };
}
