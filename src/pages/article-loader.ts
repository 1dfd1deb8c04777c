import type { QueryClient } from "@tanstack/react-query";
import { redirect, type LoaderFunctionArgs } from "react-router";
import { articleQueries } from "../articles/article-queries";
import { parseArticleRef, paths } from "../paths";
import { notFound, rethrowAsRouteError } from "./route-errors";

/** Kept out of the lazily loaded page so the data request starts while its code downloads. */
export function articleLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const ref = parseArticleRef(params.articleRef ?? "");
    if (!ref) notFound();
    const article = await queryClient
      .query(articleQueries.detail(ref.id))
      .catch(rethrowAsRouteError);
    // The id alone identifies the article; an old or missing slug moves to the current URL.
    if (ref.slug !== article.slug) throw redirect(paths.article(article));
    return null;
  };
}
