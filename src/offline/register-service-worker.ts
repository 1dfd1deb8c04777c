/// <reference types="vite-plugin-pwa/client" />
import type { QueryClient } from "@tanstack/react-query";
import { registerSW } from "virtual:pwa-register";
import { articleQueries } from "../articles/article-queries";
import { dataPaths } from "../articles/data-paths";
import { dataUrl } from "../articles/fetch-data";
import { offerAppUpdate } from "./app-update";

// A tab left open all day still hears of a new build.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** The data file behind an article query, as articleQueries names them. */
function dataPathOf(queryKey: readonly unknown[]): string | null {
  const [, kind, argument] = queryKey;
  if (kind === "latest") return dataPaths.latestHeadlines;
  if (kind === "page" && typeof argument === "number")
    return dataPaths.headlinePage(argument);
  if (kind === "detail" && typeof argument === "string")
    return dataPaths.article(argument);
  return null;
}

/**
 * Asks for the data of every page this visit has shown, through the service worker, which keeps a
 * copy for offline reading: a pre-rendered page came with its data embedded (never fetched), and
 * pages shown before the worker took control were fetched past it.
 */
function keepShownPagesOffline(queryClient: QueryClient): void {
  const queries = queryClient.getQueryCache().findAll({
    queryKey: articleQueries.all(),
    predicate: (query) => query.state.status === "success",
  });
  for (const query of queries) {
    const path = dataPathOf(query.queryKey);
    if (!path) continue;
    fetch(dataUrl(path), { headers: { Accept: "application/json" } }).catch(
      () => undefined,
    );
  }
}

export function registerServiceWorker(queryClient: QueryClient): void {
  const controlled = navigator.serviceWorker.controller !== null;
  const update = registerSW({
    immediate: true,
    // A new build waits (docs/decisions/0010): offered here, else taken on the next visit.
    onNeedRefresh: () => offerAppUpdate(() => void update(true)),
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      window.setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) =>
      console.warn("The service worker could not be registered", error),
  });
  if (controlled) keepShownPagesOffline(queryClient);
  else
    navigator.serviceWorker.addEventListener(
      "controllerchange",
      () => keepShownPagesOffline(queryClient),
      { once: true },
    );
}
