import { Link } from "react-router";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { DocumentTitle } from "./document-title";

export function NotFoundView() {
  const t = useT();
  return (
    <section className="status-view" aria-labelledby="status-heading">
      <DocumentTitle name={t("notFound.title")} />
      <meta name="robots" content="noindex" />
      <h1 id="status-heading" tabIndex={-1}>
        {t("notFound.title")}
      </h1>
      <p>{t("notFound.explanation")}</p>
      <p>
        <Link to={paths.front()}>{t("status.latestHeadlinesLink")}</Link>
      </p>
    </section>
  );
}
