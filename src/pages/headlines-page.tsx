import {
  useQueryClient,
  useSuspenseQuery,
  type QueryClient,
} from "@tanstack/react-query";
import {
  replace,
  useSearchParams,
  type LoaderFunctionArgs,
} from "react-router";
import { articleQueries } from "../articles/article-queries";
import type { Headline } from "../articles/article-schema";
import { HeadlineList } from "../articles/headline-list";
import { Pagination } from "../articles/pagination";
import { parsePageParam, paths } from "../paths";
import { loadArticlePage } from "./load-article-page";
import {
  notFound,
  rethrowAsRouteError,
  rethrowMissingFrontPage,
} from "./route-errors";
import { DocumentTitle } from "../shell/document-title";
import { useT } from "../i18n/use-t";

export function headlinesLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const page = parsePageParam(url.searchParams.get("page"));
    if (page === null) notFound();
    // One URL per page: "?page=1" is the front page. Replace, so Back does not bounce off it.
    if (page === 1 && url.searchParams.has("page"))
      throw replace(paths.headlines(1));
    await queryClient
      .query(articleQueries.headlines(page))
      // Every data folder has a page 1, so its absence means a broken deployment, not a bad URL.
      .catch(page === 1 ? rethrowMissingFrontPage : rethrowAsRouteError);
    return null;
  };
}

export function HeadlinesPage() {
  const [searchParams] = useSearchParams();
  const page = parsePageParam(searchParams.get("page")) ?? 1;
  const { data } = useSuspenseQuery(articleQueries.headlines(page));
  const queryClient = useQueryClient();
  const t = useT();

  const prefetchArticle = (headline: Headline) => {
    // Warm both the article's data and the article page's code before the click lands.
    queryClient
      .query(articleQueries.detail(headline.id))
      .catch(() => undefined);
    loadArticlePage().catch(() => undefined);
  };

  const heading =
    page === 1
      ? t("headlines.title")
      : t("headlines.titlePage", { page, pageCount: data.pageCount });
  return (
    <>
      <DocumentTitle name={heading} />
      <meta name="description" content={t("headlines.description")} />
      <h1 tabIndex={-1}>{heading}</h1>
      {data.totalArticles > 0 && (
        <p className="headline-count">
          {t("headlines.count", { count: data.totalArticles })}
        </p>
      )}
      <HeadlineList headlines={data.headlines} onIntent={prefetchArticle} />
      <Pagination page={data.page} pageCount={data.pageCount} />
    </>
  );
}
