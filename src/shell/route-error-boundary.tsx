import { useEffect } from "react";
import { isRouteErrorResponse, useLocation, useRouteError } from "react-router";
import { DataError } from "../articles/data-error";
import { ErrorView } from "./error-view";
import { NotFoundView } from "./not-found-view";

/** The one error boundary: unknown URLs and unknown articles share the not-found view. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { pathname, search } = useLocation();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  // A data file that is missing, damaged or unreachable is explained on the page; anything else
  // is a bug, logged with where it happened before the friendly view hides it.
  const unexpected = !notFound && !(error instanceof DataError);
  useEffect(() => {
    if (unexpected) console.error(`Bulletin: ${pathname}${search}:`, error);
  }, [unexpected, error, pathname, search]);
  if (notFound) return <NotFoundView />;
  return <ErrorView error={error} />;
}
