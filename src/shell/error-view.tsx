import { Link, useNavigation, useRevalidator } from "react-router";
import { DataError, type DataErrorKind } from "../articles/data-error";
import type { InterfaceMessageId } from "../i18n/interface-catalogues";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { DocumentTitle } from "./document-title";

const explanations: Record<
  Exclude<DataErrorKind, "not-found"> | "unknown",
  { title: InterfaceMessageId; advice: InterfaceMessageId }
> = {
  offline: { title: "error.offline.title", advice: "error.offline.advice" },
  network: { title: "error.network.title", advice: "error.network.advice" },
  timeout: { title: "error.timeout.title", advice: "error.timeout.advice" },
  server: { title: "error.server.title", advice: "error.server.advice" },
  malformed: {
    title: "error.malformed.title",
    advice: "error.malformed.advice",
  },
  invalid: { title: "error.invalid.title", advice: "error.invalid.advice" },
  unknown: { title: "error.unknown.title", advice: "error.unknown.advice" },
};

export function ErrorView({ error }: { error: unknown }) {
  const t = useT();
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const kind =
    error instanceof DataError && error.kind !== "not-found"
      ? error.kind
      : "unknown";
  const title = t(explanations[kind].title);
  const retrying =
    revalidator.state === "loading" || navigation.state === "loading";
  return (
    <section className="status-view" aria-labelledby="status-heading">
      <DocumentTitle name={title} />
      <h1 id="status-heading" tabIndex={-1}>
        {title}
      </h1>
      <p>{t(explanations[kind].advice)}</p>
      {error instanceof DataError && (
        <p className="error-detail">
          {t("error.details")}{" "}
          {/* The detail names a file and a field for whoever fixes the data; it stays English. */}
          <span lang="en">{error.message}</span>{" "}
          <span className="error-url">({error.url})</span>
        </p>
      )}
      <p className="status-actions">
        <button
          type="button"
          onClick={() => void revalidator.revalidate()}
          disabled={retrying}
        >
          {retrying ? t("error.retrying") : t("error.retry")}
        </button>
        <Link to={paths.front()}>{t("status.latestHeadlinesLink")}</Link>
      </p>
    </section>
  );
}
