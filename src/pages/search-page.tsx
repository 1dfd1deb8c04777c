import { useSuspenseQuery } from "@tanstack/react-query";
import { Link, useLoaderData, useLocation } from "react-router";
import { articleQueries } from "../articles/article-queries";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { paths } from "../paths";
import type { ExcerptPart } from "../search/excerpt";
import type { SearchHit } from "../search/run-search";
import type { SearchParams, SearchSort } from "../search/search-params";
import { RESULTS_PER_PAGE } from "../search/search-terms";
import { PageHead } from "../shell/page-head";
import { Timestamp } from "../time/timestamp";
import { SourceLink } from "../topics/source-link";
import type { Topic } from "../topics/topic-schema";
import type { searchLoader } from "./search-loader";

type LoaderData = Awaited<ReturnType<ReturnType<typeof searchLoader>>>;

/**
 * `/search?q=…`: results for the query in the header's search field, best match or newest first,
 * ten a page. Published as search/index.html without a query: there it says what search does,
 * and, for readers without JavaScript, that it needs it and where to browse instead.
 */
export function SearchPage() {
  const { params, topic } = useLoaderData<LoaderData>();
  const t = useT();
  const title = params.query
    ? t("search.resultsTitle", { query: params.query })
    : t("search.title");
  return (
    <>
      <PageHead
        name={title}
        description={t("search.description")}
        path={paths.search(params)}
      />
      <h1 tabIndex={-1}>{title}</h1>
      {topic && params.query && <FilterNote params={params} topic={topic} />}
      {params.query ? (
        <Results params={params} filtered={topic !== undefined} />
      ) : (
        <>
          <p className="search-prompt">
            {topic
              ? t("search.promptFiltered", {
                  kind: topic.kind,
                  name: topic.name,
                })
              : t("search.prompt")}
          </p>
          <noscript>
            <p className="search-prompt">{t("search.noScript")}</p>
          </noscript>
        </>
      )}
    </>
  );
}

const withoutFilter = (params: SearchParams) =>
  paths.search({ query: params.query, sort: params.sort });

function FilterNote({ params, topic }: { params: SearchParams; topic: Topic }) {
  const t = useT();
  return (
    <p className="search-filter">
      {t("search.filter", { kind: topic.kind, name: topic.name })}{" "}
      <Link to={withoutFilter(params)}>{t("search.clearFilter")}</Link>
    </p>
  );
}

function Results({
  params,
  filtered,
}: {
  params: SearchParams;
  filtered: boolean;
}) {
  const { data } = useSuspenseQuery(articleQueries.search(params));
  const t = useT();
  if (data.count === 0) {
    return (
      <div className="search-empty" role="status">
        <p>{t("search.none", { query: params.query })}</p>
        <p>
          {filtered ? (
            <>
              {t("search.noneFiltered")}{" "}
              <Link to={withoutFilter(params)}>{t("search.clearFilter")}</Link>
            </>
          ) : (
            t("search.noneAdvice")
          )}
        </p>
      </div>
    );
  }
  const first = (params.page - 1) * RESULTS_PER_PAGE + 1;
  return (
    <>
      <p className="list-summary" role="status">
        {t("search.summary", {
          count: data.count,
          query: params.query,
          sort: params.sort,
        })}
      </p>
      <SortChoice params={params} />
      {data.hits.length === 0 ? (
        <p className="search-empty">
          {t("search.pastEnd")}{" "}
          <Link to={paths.search({ ...params, page: 1 })}>
            {t("search.firstPage")}
          </Link>
        </p>
      ) : (
        <ol className="headline-list search-results" start={first}>
          {data.hits.map((hit) => (
            <li key={hit.path}>
              <Result hit={hit} />
            </li>
          ))}
        </ol>
      )}
      <ResultPages params={params} count={data.count} />
    </>
  );
}

function SortChoice({ params }: { params: SearchParams }) {
  const t = useT();
  const choices: [SearchSort, string][] = [
    ["relevance", t("search.sort.relevance")],
    ["newest", t("search.sort.newest")],
  ];
  return (
    <nav className="search-sort" aria-label={t("search.sort.label")}>
      <ul>
        {choices.map(([sort, label]) => (
          <li key={sort}>
            {sort === params.sort ? (
              <span aria-current="true">{label}</span>
            ) : (
              <Link to={paths.search({ ...params, sort, page: 1 })}>
                {label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ResultPages({
  params,
  count,
}: {
  params: SearchParams;
  count: number;
}) {
  const t = useT();
  const pageCount = Math.ceil(count / RESULTS_PER_PAGE);
  if (pageCount <= 1) return null;
  const first = (params.page - 1) * RESULTS_PER_PAGE + 1;
  const last = Math.min(count, params.page * RESULTS_PER_PAGE);
  return (
    <nav className="pagination" aria-label={t("search.pagination.label")}>
      {params.page > 1 ? (
        <Link
          to={paths.search({ ...params, page: params.page - 1 })}
          rel="prev"
        >
          {t("search.pagination.previous")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        {first <= count
          ? t("search.pagination.page", { first, last, count })
          : null}
      </span>
      {params.page < pageCount ? (
        <Link
          to={paths.search({ ...params, page: params.page + 1 })}
          rel="next"
        >
          {t("search.pagination.next")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}

function Result({ hit }: { hit: SearchHit }) {
  const location = useLocation();
  const language = useInterfaceLanguage();
  return (
    <article className="headline" lang={hit.language}>
      <h2 className="headline-title">
        <Link
          to={hit.path}
          state={{ fromList: location.pathname + location.search }}
        >
          {hit.headline}
        </Link>
      </h2>
      <p className="search-excerpt">
        <Excerpt parts={hit.excerpt} />
      </p>
      <p className="headline-meta" lang={language}>
        <SourceLink source={hit.source} language={hit.language} />
        {hit.time && (
          <>
            {" · "}
            <Timestamp
              iso={hit.time}
              publisherTimeZone={hit.timeZone}
              display="relative"
            />
          </>
        )}
      </p>
    </article>
  );
}

function Excerpt({ parts }: { parts: ExcerptPart[] }) {
  return parts.map((part, index) =>
    part.marked ? (
      <mark key={index}>{part.text}</mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  );
}
