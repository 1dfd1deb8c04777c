import type { QueryClient } from "@tanstack/react-query";
import type { LoaderFunctionArgs } from "react-router";
import { articleQueries } from "../articles/article-queries";
import { parseSearchParams } from "../search/search-params";
import type { TopicKind } from "../topics/topic-ref";
import { rethrowAsRouteError } from "./route-errors";

/**
 * `/search?q=…`: runs the search (loading Pagefind on the first one) so the page paints with its
 * results. A filter by tag or source reads that list's name from its data (usually cached: the
 * reader came from its page).
 */
export function searchLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const params = parseSearchParams(new URL(request.url).searchParams);
    const filter: { kind: TopicKind; id: string } | undefined = params.tag
      ? { kind: "tag", id: params.tag }
      : params.source
        ? { kind: "source", id: params.source }
        : undefined;
    const [, list] = await Promise.all([
      params.query ? queryClient.query(articleQueries.search(params)) : null,
      filter
        ? queryClient.query(articleQueries.topicLatest(filter.kind, filter.id))
        : null,
    ]).catch(rethrowAsRouteError);
    return { params, topic: list?.topic };
  };
}
