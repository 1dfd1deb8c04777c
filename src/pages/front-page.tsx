import {
  useQueryClient,
  useSuspenseQuery,
  type QueryClient,
} from "@tanstack/react-query";
import { replace, type LoaderFunctionArgs } from "react-router";
import { articleQueries } from "../articles/article-queries";
import { frontPageRange, pageOf } from "../articles/archive-pages";
import { HeadlineList } from "../articles/headline-list";
import { Pagination } from "../articles/pagination";
import { parsePageNumber, paths } from "../paths";
import { ReaderActions } from "../reading/reader-actions";
import { MarkPageRead } from "../reading/mark-page-read";
import { NewSinceLastVisit } from "../reading/new-since-last-visit";
import { useT } from "../i18n/use-t";
import { PageHead } from "../shell/page-head";
import { prefetchArticle } from "./prefetch-article";
import { notFound, rethrowMissingFrontPage } from "./route-errors";

/**
 * The front page: the newest headlines. Before list pages were numbered from the oldest, `/?page=N`
 * was the Nth page counting from the newest; such a link moves to the page that now holds its first
 * article.
 */
export function frontPageLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const legacyPage = new URL(request.url).searchParams.get("page");
    const page = legacyPage === null ? null : parsePageNumber(legacyPage);
    if (legacyPage !== null && page === null) notFound();
    // Replace, so Back does not bounce off the old address.
    if (page === 1) throw replace(paths.front());
    const latest = await queryClient
      .query(articleQueries.latest())
      // Every published site has a front page, so its absence means a broken deployment.
      .catch(rethrowMissingFrontPage);
    if (page === null) return null;
    const position = latest.totalArticles - (page - 1) * latest.pageSize;
    if (position < 1) notFound();
    throw replace(paths.page(pageOf(position, latest.pageSize)));
  };
}

export function FrontPage() {
  const { data } = useSuspenseQuery(articleQueries.latest());
  const queryClient = useQueryClient();
  const t = useT();
  const { olderPage } = frontPageRange(data.totalArticles, data.pageSize);
  return (
    <>
      <PageHead
        name={t("headlines.title")}
        description={t("headlines.description")}
        path={paths.front()}
      />
      <h1 tabIndex={-1}>{t("headlines.title")}</h1>
      {data.totalArticles > 0 && (
        <p className="list-summary">
          {t("headlines.count", { count: data.totalArticles })}
          <NewSinceLastVisit latest={data} />
        </p>
      )}
      <HeadlineList
        headlines={data.headlines}
        onIntent={(headline) => prefetchArticle(queryClient, headline)}
        actions={(headline) => <ReaderActions item={headline} inList />}
      />
      <MarkPageRead headlines={data.headlines} />
      <Pagination {...(olderPage ? { older: paths.page(olderPage) } : {})} />
    </>
  );
}
