import { QueryClient } from "@tanstack/react-query";

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Published articles rarely change; five minutes spares back/forward a refetch.
        staleTime: 5 * 60 * 1000,
        // Offline, the service worker may still answer from its cache, so a request is always
        // tried; one that fails offline fails at once (the offline view) rather than retrying.
        // navigator.onLine, not TanStack's onlineManager: that one only hears online/offline
        // events, so it believes a page that was opened offline to be online.
        networkMode: "offlineFirst",
        retry: (failureCount) =>
          failureCount < 3 && globalThis.navigator?.onLine !== false,
      },
    },
  });
}
