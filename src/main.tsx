import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { startTransition, StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import {
  createBrowserRouter,
  RouterProvider,
  type DataRouter,
} from "react-router";
import { seedQueryCache } from "./articles/seed-query-cache";
import { startServiceWorker } from "./offline/start-service-worker";
import { createQueryClient } from "./query-client";
import { readPageState } from "./read-page-state";
import { removePublishedHead } from "./remove-published-head";
import { resolveLazyRoutes } from "./resolve-lazy-routes";
import { LanguageProvider } from "./i18n/language-provider";
import { createRoutes } from "./router";
import "./shell/global.css";
import { SiteProvider } from "./shell/site";
import { HydrationBoundary } from "./hydration";
import { TimePreferencesProvider } from "./time/time-preferences";

const basename = import.meta.env.BASE_URL;
const queryClient = createQueryClient();
const routes = createRoutes(queryClient);
const container = document.getElementById("root");
if (!container) throw new Error("the page has no #root element");

function App({
  router,
  queryClient,
  siteUrl,
  hydrating,
}: {
  router: DataRouter;
  queryClient: QueryClient;
  siteUrl: string | undefined;
  hydrating: boolean;
}) {
  return (
    <StrictMode>
      <HydrationBoundary hydrating={hydrating}>
        <SiteProvider siteUrl={siteUrl}>
          <QueryClientProvider client={queryClient}>
            <TimePreferencesProvider>
              <LanguageProvider>
                <RouterProvider router={router} />
              </LanguageProvider>
            </TimePreferencesProvider>
          </QueryClientProvider>
        </SiteProvider>
      </HydrationBoundary>
    </StrictMode>
  );
}

// A page published for this very URL hydrates with the data it was rendered from: no request, no
// second render. Anything else (404.html answering another address, the dev server's shell) renders
// afresh in the browser.
const state = readPageState(document);
if (state && state.url === location.pathname + location.search) {
  seedQueryCache(queryClient, state.data);
  await resolveLazyRoutes(routes, location, basename);
  const router = createBrowserRouter(routes, {
    basename,
    hydrationData: state.router,
  });
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the
  // main thread for the whole page (Next.js hydrates this way too); the page is readable meanwhile.
  startTransition(() => {
    hydrateRoot(
      container,
      <App
        router={router}
        queryClient={queryClient}
        siteUrl={state.siteUrl}
        hydrating
      />,
    );
  });
} else {
  removePublishedHead(document);
  const router = createBrowserRouter(routes, { basename });
  createRoot(container).render(
    <App
      router={router}
      queryClient={queryClient}
      siteUrl={state?.siteUrl}
      hydrating={false}
    />,
  );
}
startServiceWorker(queryClient);
