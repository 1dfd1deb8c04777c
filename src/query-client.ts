import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // Published articles rarely change; five minutes spares back/forward a refetch.
    defaultOptions: { queries: { staleTime: 5 * 60 * 1000 } },
  });
}
