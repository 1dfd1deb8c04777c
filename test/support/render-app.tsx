import { QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode } from "react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { createQueryClient } from "../../src/query-client";
import { LanguageProvider } from "../../src/i18n/language-provider";
import { createRoutes } from "../../src/router";
import { TimePreferencesProvider } from "../../src/time/time-preferences";

type RenderAppOptions = {
  /** The browser's languages: they pick the interface language and, through it, the dates'. */
  browserLanguages?: readonly string[];
  readerTimeZone?: string;
  now?: Date;
};

/** Renders the real route table at `url` with fresh caches, a fixed clock, locale and zone. */
export function renderApp(url: string, options: RenderAppOptions = {}) {
  const queryClient = createQueryClient();
  // A failure should show at once, not after the retries that help readers on flaky networks.
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  });
  const router = createMemoryRouter(createRoutes(queryClient), {
    initialEntries: [url],
  });
  const user = userEvent.setup();
  // StrictMode as in main.tsx, so effects that are not idempotent show up here first.
  const view = render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <TimePreferencesProvider
          browserLanguages={options.browserLanguages ?? ["en-US"]}
          readerTimeZone={options.readerTimeZone ?? "America/New_York"}
          now={options.now ?? new Date("2026-11-27T12:00:00Z")}
        >
          <LanguageProvider>
            <RouterProvider router={router} />
          </LanguageProvider>
        </TimePreferencesProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  return { ...view, router, queryClient, user };
}
