import type { QueryClient } from "@tanstack/react-query";

/**
 * Registers the service worker once the page has loaded, from a chunk of its own: nothing of it
 * is in the initial JS, and nothing competes with the first paint. Production builds only (the dev
 * server has no service worker).
 */
export function startServiceWorker(queryClient: QueryClient): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const start = () => {
    import("./register-service-worker").then(
      ({ registerServiceWorker }) => registerServiceWorker(queryClient),
      (error: unknown) =>
        console.warn("Offline reading is unavailable on this visit", error),
    );
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
