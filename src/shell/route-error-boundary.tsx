import { lazy, Suspense, useEffect } from "react";
import { isRouteErrorResponse, useLocation, useRouteError } from "react-router";
import { DataError } from "../articles/data-error";
import { ErrorView } from "./error-view";
import { NotFoundView } from "./not-found-view";

// Only readers who are offline need it; the service worker keeps the chunk for them.
const OfflineView = lazy(async () => ({
  default: (await import("../offline/offline-view")).OfflineView,
}));

/**
 * The one error boundary: unknown URLs and unknown articles share the not-found view; a page that
 * cannot be fetched while the browser is offline gets the offline view.
 */
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
  if (error instanceof DataError && error.kind === "offline") {
    return (
      <Suspense fallback={<ErrorView error={error} />}>
        <OfflineView />
      </Suspense>
    );
  }
  return <ErrorView error={error} />;
}
