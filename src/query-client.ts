import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published articles rarely change; five minutes spares back/forward a refetch.
        staleTime: 5 * 60 * 1000,
        // Always ask, even when the browser says it is offline: the request fails at once and the
        // reader is told so (TanStack's default pauses it silently until the network returns).
        networkMode: "always",
      },
    },
  });
}
