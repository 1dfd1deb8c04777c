import { useQuery } from "@tanstack/react-query";
import { Link, useLoaderData, type LoaderFunctionArgs } from "react-router";
import { articleQueries } from "../articles/article-queries";
import type { Article } from "../articles/article-schema";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { parseArticleRef, paths } from "../paths";
import { isNewerVersion } from "../reading/is-newer-version";
import { savedArticles, useSavedEntry } from "../reading/saved-articles";
import { savedCopies } from "../reading/saved-copies";
import { DocumentTitle } from "../shell/document-title";
import { dateTimeFormat } from "../time/formatter-cache";
import { ReadableArticle } from "./article-page";
import { notFound } from "./route-errors";

/** `/saved/<id>-<slug>`: the copy saved on this device, readable offline and after corrections. */
export async function savedArticleLoader({ params }: LoaderFunctionArgs) {
  const ref = parseArticleRef(params.articleRef ?? "");
  if (!ref) notFound();
  const article = (await savedCopies.read(ref.id)) ?? null;
  const saved = savedArticles
    .getSnapshot()
    .some((entry) => entry.id === ref.id);
  if (!article && !saved) notFound();
  return { id: ref.id, article };
}

export function SavedArticlePage() {
  const { id, article } =
    useLoaderData<Awaited<ReturnType<typeof savedArticleLoader>>>();
  const entry = useSavedEntry(id);
  const t = useT();
  const backLink = (
    <Link
      className="back-link"
      to={paths.saved()}
      data-action="back"
      aria-keyshortcuts="u"
    >
      {t("reading.backToSaved")}
    </Link>
  );
  if (!article) {
    // Saved from a list while offline: the text was never fetched.
    const name = entry?.headline ?? "";
    return (
      <section className="status-view" aria-labelledby="status-heading">
        <DocumentTitle name={name} />
        <h1 id="status-heading" tabIndex={-1} lang={entry?.language}>
          {name}
        </h1>
        <p>{t("reading.copyMissing")}</p>
        <p className="status-actions">
          {entry && (
            <Link to={paths.article(entry)}>{t("reading.readOnline")}</Link>
          )}
          {backLink}
        </p>
      </section>
    );
  }
  return (
    <>
      <DocumentTitle name={article.headline} />
      <SavedCopyNote article={article} savedAt={entry?.savedAt} />
      <ReadableArticle article={article} backLink={backLink} />
    </>
  );
}

/**
 * Says this is the copy kept on the device and, when a later version is known (a correction, a
 * withdrawal; from the network, or offline from the service worker's cache), links to it.
 */
function SavedCopyNote({
  article,
  savedAt,
}: {
  article: Article;
  savedAt: string | undefined;
}) {
  const t = useT();
  const language = useInterfaceLanguage();
  const { data: live } = useQuery({
    ...articleQueries.detail(article.id),
    retry: false,
  });
  const newer = live && isNewerVersion(live, article) ? live : undefined;
  // Unsaved in another tab while open: the copy is still shown, no longer said to be kept.
  if (!savedAt && !newer) return null;
  return (
    <p className="saved-copy-note">
      {savedAt &&
        t("reading.savedCopyFrom", {
          date: dateTimeFormat(language, { dateStyle: "long" }).format(
            new Date(savedAt),
          ),
        })}
      {newer && (
        <>
          {" "}
          {newer.withdrawn && !article.withdrawn
            ? t("reading.withdrawnSince")
            : t("reading.newerVersion")}{" "}
          <Link to={paths.article(newer)}>
            {t("reading.readCurrentVersion")}
          </Link>
        </>
      )}
    </p>
  );
}
