import { useEffect, useState } from "react";
import { Link, useRevalidator } from "react-router";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { useSavedArticles } from "../reading/saved-articles";
import { DocumentTitle } from "../shell/document-title";
import { openedPages, type OpenedPage } from "./opened-pages";

/**
 * In place of a page that is neither on the network nor on this device: says so plainly and lists
 * what can be read instead (saved articles, pages opened before). Tries again by itself when the
 * connection returns.
 */
export function OfflineView() {
  const t = useT();
  const revalidator = useRevalidator();
  const saved = useSavedArticles();
  const opened = useOpenedPages();

  useEffect(() => {
    const retry = () => void revalidator.revalidate();
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, [revalidator]);

  const nothing = saved.length === 0 && opened?.length === 0;
  return (
    <section
      className="status-view offline-view"
      aria-labelledby="status-heading"
    >
      <DocumentTitle name={t("offline.title")} />
      <h1 id="status-heading" tabIndex={-1}>
        {t("offline.title")}
      </h1>
      <p>{t("offline.notSaved")}</p>
      <h2>{t("offline.available")}</h2>
      {nothing && <p>{t("offline.nothing")}</p>}
      {saved.length > 0 && (
        <>
          <h3>{t("reading.savedTitle")}</h3>
          <ul className="offline-list">
            {saved.map((entry) => (
              <li key={entry.id}>
                <Link to={paths.savedArticle(entry)} lang={entry.language}>
                  {entry.headline}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {opened && opened.length > 0 && (
        <>
          <h3>{t("offline.opened")}</h3>
          <ul className="offline-list">
            {opened.map((page) => (
              <li key={pageKey(page)}>
                <OpenedPageLink page={page} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="status-actions">
        <button
          type="button"
          onClick={() => void revalidator.revalidate()}
          disabled={revalidator.state === "loading"}
        >
          {revalidator.state === "loading"
            ? t("error.retrying")
            : t("error.retry")}
        </button>
      </p>
    </section>
  );
}

function pageKey(page: OpenedPage): string {
  if (page.kind === "article") return page.headline.id;
  return page.kind === "page" ? `page-${page.page}` : "front";
}

function OpenedPageLink({ page }: { page: OpenedPage }) {
  const t = useT();
  if (page.kind === "front")
    return <Link to={paths.front()}>{t("headlines.title")}</Link>;
  if (page.kind === "page")
    return (
      <Link to={paths.page(page.page)}>
        {t("archive.title", { page: page.page })}
      </Link>
    );
  return (
    <Link to={paths.article(page.headline)} lang={page.headline.language}>
      {page.headline.headline}
    </Link>
  );
}

/** The cached pages, once read (null until then). */
function useOpenedPages(): OpenedPage[] | null {
  const [pages, setPages] = useState<OpenedPage[] | null>(null);
  useEffect(() => {
    let current = true;
    openedPages().then(
      (found) => current && setPages(found),
      () => current && setPages([]),
    );
    return () => {
      current = false;
    };
  }, []);
  return pages;
}
