import { useSuspenseQuery } from "@tanstack/react-query";
import { lazy, Suspense, type ReactNode } from "react";
import { Link, useLoaderData, useLocation, useNavigate } from "react-router";
import { articleQueries } from "../articles/article-queries";
import type { Article } from "../articles/article-schema";
import { ArticleView } from "../articles/article-view";
import { paths } from "../paths";
import { ReaderActions } from "../reading/reader-actions";
import { useMarkedRead } from "../reading/read-articles";
import type { articleLoader } from "./article-loader";
import { useT } from "../i18n/use-t";
import { ArticleStructuredData } from "../articles/article-structured-data";
import { PageHead } from "../shell/page-head";
import { PartFailedBoundary } from "../shell/part-failed-boundary";

// Below the article, so not part of the first paint's code; published pages have it in their HTML,
// which stays until the chunk arrives and hydrates it.
const ArticleNeighbours = lazy(async () => ({
  default: (await import("../articles/article-neighbours")).ArticleNeighbours,
}));

/** Set by the headline list's links, so "back" returns to the very list page the reader left. */
type ArticleLocationState = { fromList?: string } | null;

export function ArticlePage() {
  const { id } =
    useLoaderData<Awaited<ReturnType<ReturnType<typeof articleLoader>>>>();
  const { data: article } = useSuspenseQuery(articleQueries.detail(id));
  const fromList = (useLocation().state as ArticleLocationState)?.fromList;
  const navigate = useNavigate();
  const t = useT();

  const backLink = (
    <Link
      className="back-link"
      to={fromList ?? paths.front()}
      data-action="back"
      aria-keyshortcuts="u"
      onClick={(event) => {
        // A real "back" restores the list's scroll position and focus.
        if (
          fromList &&
          !event.metaKey &&
          !event.ctrlKey &&
          !event.shiftKey &&
          event.button === 0
        ) {
          event.preventDefault();
          void navigate(-1);
        }
      }}
    >
      {t("article.backToList")}
    </Link>
  );

  return (
    <>
      <PageHead
        name={article.headline}
        description={article.standfirst ?? article.headline}
        path={paths.article(article)}
        article={{
          ...(article.image ? { image: article.image.src } : {}),
          ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
          ...(article.updatedAt ? { updatedAt: article.updatedAt } : {}),
          tags: article.tags,
        }}
      />
      {!article.withdrawn && <ArticleStructuredData article={article} />}
      <ReadableArticle article={article} backLink={backLink} />
      <PartFailedBoundary part="the links to nearby articles" fallback={null}>
        <Suspense fallback={null}>
          <ArticleNeighbours article={article} />
        </Suspense>
      </PartFailedBoundary>
    </>
  );
}

/**
 * An article with the reader's own controls (save, read), marked read once shown: the published
 * article here, and the copy saved on the device at /saved/… (which shares this page's code).
 */
export function ReadableArticle({
  article,
  backLink,
}: {
  article: Article;
  backLink: ReactNode;
}) {
  useMarkedRead(article.id);
  return (
    <ArticleView
      article={article}
      backLink={backLink}
      actions={<ReaderActions item={article} />}
    />
  );
}
