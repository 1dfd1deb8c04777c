import type { QueryClient } from "@tanstack/react-query";
import { replace, type RouteObject } from "react-router";
import { articleLoader } from "./pages/article-loader";
import { ArticlePage } from "./pages/article-page";
import { FrontPage, frontPageLoader } from "./pages/front-page";
import { notFound } from "./pages/route-errors";
import { paths } from "./paths";
import { AppLayout, AppLoading } from "./shell/app-layout";
import { NotFoundView } from "./shell/not-found-view";
import { RouteErrorBoundary } from "./shell/route-error-boundary";

/** Every URL the app answers, in one place. URL builders for these shapes live in paths.ts. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: AppLayout,
      HydrateFallback: AppLoading,
      ErrorBoundary: RouteErrorBoundary,
      children: [
        {
          // Errors render inside the layout, so the header and skip link stay.
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              loader: frontPageLoader(queryClient),
              Component: FrontPage,
            },
            {
              // Static hosts serve the front page at /index.html too.
              path: "index.html",
              loader: () => replace(paths.front()),
            },
            {
              // Older pages: not what a first visit opens, so their code loads when needed.
              path: "page/:page",
              lazy: {
                loader: async () =>
                  (await import("./pages/archive-page")).archivePageLoader(
                    queryClient,
                  ),
                Component: async () =>
                  (await import("./pages/archive-page")).ArchivePage,
              },
            },
            {
              path: "articles/:articleRef",
              loader: articleLoader(queryClient),
              Component: ArticlePage,
            },
            ...(["tag", "source"] as const).flatMap((kind) => [
              {
                path: `${kind}s/:topicRef`,
                lazy: {
                  loader: async () =>
                    (await import("./pages/topic-loaders")).topicLatestLoader(
                      queryClient,
                      kind,
                    ),
                  Component: async () =>
                    (await import("./pages/topic-page")).TopicPage,
                },
              },
              {
                path: `${kind}s/:topicRef/page/:page`,
                lazy: {
                  loader: async () =>
                    (await import("./pages/topic-loaders")).topicPageLoader(
                      queryClient,
                      kind,
                    ),
                  Component: async () =>
                    (await import("./pages/topic-page")).TopicArchivePage,
                },
              },
            ]),
            {
              path: "search",
              lazy: {
                loader: async () =>
                  (await import("./pages/search-loader")).searchLoader(
                    queryClient,
                  ),
                Component: async () =>
                  (await import("./pages/search-page")).SearchPage,
              },
            },
            {
              path: "saved",
              lazy: {
                Component: async () =>
                  (await import("./pages/saved-page")).SavedPage,
              },
            },
            {
              path: "saved/:articleRef",
              lazy: {
                loader: async () =>
                  (await import("./pages/saved-article-page"))
                    .savedArticleLoader,
                Component: async () =>
                  (await import("./pages/saved-article-page")).SavedArticlePage,
              },
            },
            {
              path: "*",
              loader: () => notFound(),
              // Never rendered (the loader always throws); without it the router warns that the
              // route has nothing to render.
              Component: NotFoundView,
            },
          ],
        },
      ],
    },
  ];
}
