import { lazy, Suspense } from "react";
import { isRouteErrorResponse, useRouteError } from "react-router";
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
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundView />;
  // Only the browser has network errors (publish renders from data it holds), so navigator is there.
  if (
    error instanceof DataError &&
    error.kind === "network" &&
    !navigator.onLine
  ) {
    return (
      <Suspense fallback={<ErrorView error={error} />}>
        <OfflineView />
      </Suspense>
    );
  }
  return <ErrorView error={error} />;
}
