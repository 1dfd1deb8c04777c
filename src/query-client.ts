import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published articles rarely change; five minutes spares back/forward a refetch.
        staleTime: 5 * 60 * 1000,
        // Offline, the service worker may still have the file: always try the request (the
        // default, "online", would wait for the network instead).
        networkMode: "offlineFirst",
      },
    },
  });
}
