import { data } from "react-router";
import { DataError } from "../articles/data-error";

/** Thrown from a loader so the route error boundary shows the not-found view with a 404. */
export function notFound(): never {
  throw data("Not found", { status: 404 });
}

/** A missing data file means the page does not exist; every other failure stays an error. */
export function rethrowAsRouteError(error: unknown): never {
  if (error instanceof DataError && error.kind === "not-found") notFound();
  throw error;
}

/** The front page's index is always written; without it the data folder itself is missing. */
export function rethrowMissingFrontPage(error: unknown): never {
  if (error instanceof DataError && error.kind === "not-found") {
    throw new DataError(
      "server",
      error.url,
      "The site's data folder is missing or incomplete: it has no first page of headlines.",
    );
  }
  throw error;
}
