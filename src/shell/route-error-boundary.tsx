import { isRouteErrorResponse, useRouteError } from "react-router";
import { ErrorView } from "./error-view";
import { NotFoundView } from "./not-found-view";

/** The one error boundary: unknown URLs and unknown articles share the not-found view. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404)
    return <NotFoundView />;
  return <ErrorView error={error} />;
}
