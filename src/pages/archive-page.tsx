import {
  useQueryClient,
  useSuspenseQuery,
  type QueryClient,
} from "@tanstack/react-query";
import { useLoaderData, type LoaderFunctionArgs } from "react-router";
import { articleQueries } from "../articles/article-queries";
import { HeadlineList } from "../articles/headline-list";
import { Pagination } from "../articles/pagination";
import { parsePageNumber, paths } from "../paths";
import { ReaderActions } from "../reading/reader-actions";
import { MarkPageRead } from "../reading/mark-page-read";
import { useT } from "../i18n/use-t";
import { PageHead } from "../shell/page-head";
import { prefetchArticle } from "./prefetch-article";
import { notFound, rethrowAsRouteError } from "./route-errors";

/** `/page/N`: the Nth page of the archive counting from the oldest, so it never changes. */
export function archivePageLoader(queryClient: QueryClient) {
  return async ({ params }: LoaderFunctionArgs) => {
    const page = parsePageNumber(params.page);
    if (page === null) notFound();
    await queryClient
      .query(articleQueries.page(page))
      .catch(rethrowAsRouteError);
    return { page };
  };
}

export function ArchivePage() {
  const { page } =
    useLoaderData<Awaited<ReturnType<ReturnType<typeof archivePageLoader>>>>();
  const { data } = useSuspenseQuery(articleQueries.page(page));
  const queryClient = useQueryClient();
  const t = useT();
  const first = (page - 1) * data.pageSize + 1;
  const last = first + data.headlines.length - 1;
  const positions = { count: data.headlines.length, first, last };
  const title = t("archive.title", { page });
  return (
    <>
      <PageHead
        name={title}
        description={t("archive.description", positions)}
        path={paths.page(page)}
      />
      <h1 tabIndex={-1}>{title}</h1>
      <p className="list-summary">{t("archive.summary", positions)}</p>
      <HeadlineList
        headlines={data.headlines}
        onIntent={(headline) => prefetchArticle(queryClient, headline)}
        actions={(headline) => <ReaderActions item={headline} inList />}
      />
      <MarkPageRead headlines={data.headlines} />
      <Pagination
        newer={data.newest ? paths.front() : paths.page(page + 1)}
        {...(page > 1 ? { older: paths.page(page - 1) } : {})}
        label={t("pagination.page", { page })}
      />
    </>
  );
}
