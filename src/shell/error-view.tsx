import { Link, useNavigation, useRevalidator } from "react-router";
import { DataError, type DataErrorKind } from "../articles/data-error";
import { paths } from "../paths";
import { documentTitle } from "./document-title";

const explanations: Record<
  Exclude<DataErrorKind, "not-found"> | "unknown",
  { title: string; advice: string }
> = {
  network: {
    title: "Bulletin could not reach the server",
    advice: "Check your internet connection, then try again.",
  },
  server: {
    title: "The server could not send this page",
    advice: "This is usually temporary. Try again in a moment.",
  },
  malformed: {
    title: "This page's data is damaged",
    advice:
      "The file the server sent is not readable. Try again; if it keeps happening, the publisher needs to fix the data.",
  },
  invalid: {
    title: "This page's data is not in the expected format",
    advice:
      "The file the server sent is missing something Bulletin needs. Try again; if it keeps happening, the publisher needs to fix the data.",
  },
  unknown: {
    title: "Something went wrong",
    advice: "Try again. If it keeps happening, reload the page.",
  },
};

export function ErrorView({ error }: { error: unknown }) {
  const revalidator = useRevalidator();
  const navigation = useNavigation();
  const kind =
    error instanceof DataError && error.kind !== "not-found"
      ? error.kind
      : "unknown";
  const { title, advice } = explanations[kind];
  const retrying =
    revalidator.state === "loading" || navigation.state === "loading";
  return (
    <section className="status-view" aria-labelledby="status-heading">
      <title>{documentTitle(title)}</title>
      <h1 id="status-heading" tabIndex={-1}>
        {title}
      </h1>
      <p>{advice}</p>
      {error instanceof DataError && (
        <p className="error-detail">
          Details: {error.message}{" "}
          <span className="error-url">({error.url})</span>
        </p>
      )}
      <p className="status-actions">
        <button
          type="button"
          onClick={() => void revalidator.revalidate()}
          disabled={retrying}
        >
          {retrying ? "Retrying…" : "Retry"}
        </button>
        <Link to={paths.front()}>Go to the latest headlines</Link>
      </p>
    </section>
  );
}
