import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Link, useHref, useLoaderData } from "react-router";
import { articleQueries } from "../articles/article-queries";
import { frontPageRange } from "../articles/archive-pages";
import { HeadlineList } from "../articles/headline-list";
import { Pagination } from "../articles/pagination";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { PageHead } from "../shell/page-head";
import { topicFeedPath } from "../topics/topic-feed";
import type { Topic } from "../topics/topic-schema";
import { prefetchArticle } from "./prefetch-article";
import type { topicLatestLoader, topicPageLoader } from "./topic-loaders";

function useTopicTitles(topic: Topic) {
  const t = useT();
  const { name } = topic;
  return topic.kind === "tag"
    ? {
        title: t("topic.tag.title", { name }),
        description: t("topic.tag.description", { name }),
        searchWithin: t("topic.tag.searchWithin", { name }),
      }
    : {
        title: t("topic.source.title", { name }),
        description: t("topic.source.description", { name }),
        searchWithin: t("topic.source.searchWithin", { name }),
      };
}

/** A link to the search page, limited to this tag or source. */
function SearchWithin({ topic, label }: { topic: Topic; label: string }) {
  return (
    <p className="search-within">
      <Link to={paths.search({ [topic.kind]: topic.id })}>{label}</Link>
    </p>
  );
}

/**
 * Lets feed readers discover this tag's or source's own feed (React hoists it into <head>), named
 * as the page is ("Tag: Transport · Bulletin") and as the feed names itself.
 */
function TopicFeedLink({ topic, title }: { topic: Topic; title: string }) {
  const t = useT();
  const href = useHref(`/data/${topicFeedPath(topic.kind, topic.id)}`);
  return (
    <link
      rel="alternate"
      type="application/feed+json"
      title={t("shell.documentTitle", { name: title })}
      href={href}
    />
  );
}

export function TopicPage() {
  const { kind, id } =
    useLoaderData<Awaited<ReturnType<ReturnType<typeof topicLatestLoader>>>>();
  const { data } = useSuspenseQuery(articleQueries.topicLatest(kind, id));
  const queryClient = useQueryClient();
  const t = useT();
  const { title, description, searchWithin } = useTopicTitles(data.topic);
  const { olderPage } = frontPageRange(data.totalArticles, data.pageSize);
  return (
    <>
      <PageHead
        name={title}
        description={description}
        path={paths.topic(data.topic)}
      />
      <TopicFeedLink topic={data.topic} title={title} />
      <h1 tabIndex={-1}>{title}</h1>
      <p className="list-summary">
        {t("headlines.count", { count: data.totalArticles })}
      </p>
      <SearchWithin topic={data.topic} label={searchWithin} />
      <HeadlineList
        headlines={data.headlines}
        onIntent={(headline) => prefetchArticle(queryClient, headline)}
      />
      <Pagination
        {...(olderPage ? { older: paths.topic(data.topic, olderPage) } : {})}
      />
    </>
  );
}

export function TopicArchivePage() {
  const { kind, id, page } =
    useLoaderData<Awaited<ReturnType<ReturnType<typeof topicPageLoader>>>>();
  const { data } = useSuspenseQuery(articleQueries.topicPage(kind, id, page));
  const queryClient = useQueryClient();
  const t = useT();
  const { title, description } = useTopicTitles(data.topic);
  const first = (page - 1) * data.pageSize + 1;
  const positions = {
    count: data.headlines.length,
    first,
    last: first + data.pageSize - 1,
  };
  const pageTitle = t("topic.pageTitle", { title, page });
  return (
    <>
      <PageHead
        name={pageTitle}
        description={description}
        path={paths.topic(data.topic, page)}
      />
      <TopicFeedLink topic={data.topic} title={title} />
      <h1 tabIndex={-1}>{pageTitle}</h1>
      <p className="list-summary">{t("archive.summary", positions)}</p>
      <HeadlineList
        headlines={data.headlines}
        onIntent={(headline) => prefetchArticle(queryClient, headline)}
      />
      <Pagination
        newer={
          data.newest
            ? paths.topic(data.topic)
            : paths.topic(data.topic, page + 1)
        }
        {...(page > 1 ? { older: paths.topic(data.topic, page - 1) } : {})}
        label={t("pagination.page", { page })}
      />
    </>
  );
}
