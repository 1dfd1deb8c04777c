import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { StrictMode } from "react";
import { prerender } from "react-dom/static";
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type StaticHandler,
} from "react-router";
import { seedQueryCache } from "./articles/seed-query-cache";
import { HtmlSanitizerProvider } from "./articles/html-sanitizer";
import type { RenderPage } from "./rendered-page";
import { createQueryClient } from "./query-client";
import { createRoutes } from "./router";
import { LanguageProvider } from "./i18n/language-provider";
import { SiteProvider } from "./shell/site";
import { HydrationBoundary } from "./hydration";
import { TimePreferencesProvider } from "./time/time-preferences";

/**
 * The app rendered to HTML at publish time, with the same route table and components as in the
 * browser (React Router's static handler, react-dom/static). Publish gives each page the data its
 * route reads, so no loader fetches anything; the page then embeds that data for hydration.
 */

const base = import.meta.env.BASE_URL;

// React emits hoistable elements (title, meta, link) before the rest when the root is not <html>.
const HOISTED = /^(?:<(?:title|meta|link)\b[^>]*>(?:[^<]*<\/title>)?)+/;

/**
 * One query client and static handler for every page: building the handler's route tree cost about
 * a millisecond a page. Pages render one at a time, so the client holds only the current page's data.
 */
let shared: { queryClient: QueryClient; handler: StaticHandler } | undefined;
let rendering: Promise<unknown> = Promise.resolve();

export const renderPage: RenderPage = (options) => {
  const page = rendering.then(() => render(options));
  rendering = page.catch(() => undefined);
  return page;
};

const render: RenderPage = async (options) => {
  if (!shared) {
    const queryClient = createQueryClient();
    // Nothing is fetched while rendering: what publish gave is all there is.
    queryClient.setDefaultOptions({
      queries: { staleTime: Infinity, retry: false },
    });
    const handler = createStaticHandler(createRoutes(queryClient), {
      basename: base,
    });
    shared = { queryClient, handler };
  }
  const { queryClient, handler } = shared;
  queryClient.clear();
  seedQueryCache(queryClient, options.data);
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
      <HydrationBoundary hydrating>
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
      </HydrationBoundary>
    </StrictMode>,
    // React outlines Suspense boundaries larger than this and completes them with an inline script,
    // which the Content Security Policy (script-src 'self') rightly blocks. A page is one piece.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await streamText(prelude);
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

/** A stream's text; a loop over its reader costs a fraction of `new Response(stream).text()` in Node. */
async function streamText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = "";
  for (let read = await reader.read(); !read.done; read = await reader.read())
    text += decoder.decode(read.value, { stream: true });
  return text + decoder.decode();
}

/** The base path the app was built for (Vite's `base`), for the addresses publish writes itself. */
export const basePath = base;
