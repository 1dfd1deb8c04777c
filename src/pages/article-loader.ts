import type { QueryClient } from "@tanstack/react-query";
import { replace, type LoaderFunctionArgs } from "react-router";
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
    // The id alone identifies the article; an old or missing slug (or an id in capitals) moves to the
    // current URL, replacing the old one in history so Back does not bounce off it.
    if (params.articleRef !== `${article.id}-${article.slug}`)
      throw replace(paths.article(article));
    // Start the sanitiser's code with the page when the body needs it. If it cannot load (offline
    // before it was ever cached), the rest of the article still shows and that part says so.
    if (article.body.some((block) => block.type === "html")) {
      await import("../articles/sanitized-html").catch(() => undefined);
    }
    return { id: article.id };
  };
}
