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
import { documentTitle } from "../shell/document-title";
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
  const first = (page - 1) * data.pageSize + 1;
  const last = first + data.headlines.length - 1;
  const positions =
    data.headlines.length > 0 ? `Articles ${first}–${last}` : "No articles";
  return (
    <>
      <title>{documentTitle(`Archive page ${page}`)}</title>
      <meta
        name="description"
        content={`${positions} in Bulletin's archive, newest first.`}
      />
      <h1 tabIndex={-1}>Archive page {page}</h1>
      <p className="list-summary">{positions}, newest first.</p>
      <HeadlineList
        headlines={data.headlines}
        onIntent={(headline) => prefetchArticle(queryClient, headline)}
      />
      <Pagination
        newer={data.newest ? paths.front() : paths.page(page + 1)}
        {...(page > 1 ? { older: paths.page(page - 1) } : {})}
        label={`Page ${page}`}
      />
    </>
  );
}
