import { QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
} from "react-router";
import { seedQueryCache } from "./articles/seed-query-cache";
import { HtmlSanitizerProvider } from "./articles/html-sanitizer";
import type { RenderPage } from "./rendered-page";
import { createQueryClient } from "./query-client";
import { createRoutes } from "./router";
import { LanguageProvider } from "./i18n/language-provider";
import { SiteProvider } from "./shell/site";
import { TimePreferencesProvider } from "./time/time-preferences";

/**
 * The app rendered to HTML at publish time, with the same route table and components as in the
 * browser (React Router's static handler, react-dom/static). Publish gives each page the data its
 * route reads, so no loader fetches anything; the page then embeds that data for hydration.
 */

const base = import.meta.env.BASE_URL;

// React emits hoistable elements (title, meta, link) before the rest when the root is not <html>.
const HOISTED = /^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/;

export const renderPage: RenderPage = async (options) => {
  const queryClient = createQueryClient();
  // Nothing is fetched while rendering: what publish gave is all there is.
  queryClient.setDefaultOptions({
    queries: { staleTime: Infinity, retry: false },
  });
  seedQueryCache(queryClient, options.data);
  const routes = createRoutes(queryClient);
  const handler = createStaticHandler(routes, { basename: base });
  const url = `${base.replace(/\/$/, "")}${options.path}`;
  const context = await handler.query(
    new Request(new URL(url, "http://bulletin.invalid")),
  );
  if (context instanceof Response) {
    const location = context.headers.get("Location");
    if (!location) throw new Error(`${options.path}: a response with no page`);
    return { kind: "redirect", location };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const { prelude } = await prerender(
    <StrictMode>
      <SiteProvider siteUrl={options.siteUrl}>
        <HtmlSanitizerProvider purifyWindow={options.purifyWindow}>
          <QueryClientProvider client={queryClient}>
            <TimePreferencesProvider>
              <LanguageProvider>
                <StaticRouterProvider
                  router={router}
                  context={context}
                  hydrate={false}
                />
              </LanguageProvider>
            </TimePreferencesProvider>
          </QueryClientProvider>
        </HtmlSanitizerProvider>
      </SiteProvider>
    </StrictMode>,
    // React outlines Suspense boundaries larger than this and completes them with an inline script,
    // which the Content Security Policy (script-src 'self') rightly blocks. A page is one piece.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude).text();
  const head = HOISTED.exec(html)?.[0] ?? "";
  return {
    kind: "page",
    status: context.statusCode,
    head,
    body: html.slice(head.length),
    state: {
      url,
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      data: options.data,
      router: {
        loaderData: context.loaderData,
        ...(context.errors ? { errors: context.errors } : {}),
      },
    },
  };
};

/** The base path the app was built for (Vite's `base`), for the addresses publish writes itself. */
export const basePath = base;
