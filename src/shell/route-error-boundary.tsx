import { lazy, Suspense, useEffect, type ComponentType } from "react";
import { isRouteErrorResponse, useLocation, useRouteError } from "react-router";
import { DataError } from "../articles/data-error";
import { ErrorView } from "./error-view";
import { NotFoundView } from "./not-found-view";

/**
 * The offline view, loaded only for readers who are offline; the service worker keeps its chunk for
 * them. Without one (a first visit, a browser that blocks it) the chunk cannot load offline, and
 * the plain error view, which says the device is offline, takes its place: never an error.
 */
const OfflineView = lazy<ComponentType<{ error: DataError }>>(() =>
  import("../offline/offline-view").then(
    ({ OfflineView }) => ({ default: OfflineView }),
    () => ({ default: ErrorView }),
  ),
);

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
        <OfflineView error={error} />
      </Suspense>
    );
  }
  return <ErrorView error={error} />;
}
