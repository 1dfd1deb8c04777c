import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from "@playwright/test";

/**
 * Fails a test on any console error, uncaught exception, failed request or HTTP error response
 * that the test did not provoke. A test that provokes one says so first with `problems.allow()`,
 * or `problems.allowNotFound()` for an address that is meant to be answered with 404.
 */
export interface ProblemWatch {
  /** Tolerates problems whose description matches, e.g. the URL a test routes to a 500. */
  allow(pattern: RegExp): void;
  /**
   * Tolerates the 404 status of exactly this address (a path on the test site, e.g.
   * `/no/such/page`, or an absolute URL), and the console message Chromium logs for it: the
   * static host answers an unknown address with 404.html and status 404, as it should.
   */
  allowNotFound(address: string): void;
  /** Watches a page the test opened itself (the default `page` and `openPage` are already watched). */
  watch(page: Page): void;
}

interface Fixtures {
  problems: ProblemWatch;
  /** A page in a fresh browser context (own storage, history and cache), watched like `page`. */
  openPage: (options?: BrowserContextOptions) => Promise<Page>;
}

function describeConsole(page: Page) {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const where = message.location().url;
    seen.push(
      `console error: ${message.text()}${where ? ` (at ${where})` : ""}`,
    );
  });
  page.on("pageerror", (error) =>
    seen.push(`uncaught exception: ${error.stack ?? error.message}`),
  );
  // Loading another document cancels what the last one was still fetching (a lazy chunk the test
  // did not wait for, even one the old page asked for while the next was loading): Chromium reports
  // that as net::ERR_ABORTED, and it is no failure. Only leaving a page aborts a script's fetch.
  let documents = 0;
  const startedIn = new WeakMap<Request, number>();
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame())
      documents += 1;
    else startedIn.set(request, documents);
  });
  page.on("requestfailed", (request) => {
    const reason = request.failure()?.errorText ?? "unknown";
    const left =
      (startedIn.get(request) ?? documents) < documents ||
      /\/assets\/[^/]+\.js$/.test(new URL(request.url()).pathname);
    if (reason === "net::ERR_ABORTED" && left) return;
    seen.push(
      `request failed: ${request.method()} ${request.url()}: ${reason}`,
    );
  });
  page.on("response", (response) => {
    if (response.status() >= 400) {
      seen.push(
        `HTTP ${response.status()}: ${response.request().method()} ${response.url()}`,
      );
    }
  });
  return seen;
}

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const test = base.extend<Fixtures>({
  problems: [
    // Playwright calls the second argument `use`; another name keeps the React hooks lint rule quiet.
    async ({ page, baseURL }, provide) => {
      const logs: string[][] = [];
      const allowed: RegExp[] = [];
      const watch = (watched: Page) => logs.push(describeConsole(watched));
      watch(page);
      const allowNotFound = (address: string) => {
        const url = escapeRegExp(new URL(address, baseURL).href);
        allowed.push(
          new RegExp(`^HTTP 404: GET ${url}$`),
          new RegExp(
            `^console error: Failed to load resource: the server responded with a status of 404 \\(Not Found\\) \\(at ${url}\\)$`,
          ),
        );
      };
      await provide({
        allow: (pattern) => allowed.push(pattern),
        allowNotFound,
        watch,
      });
      const unexpected = logs
        .flat()
        .filter((problem) => !allowed.some((pattern) => pattern.test(problem)));
      expect(
        unexpected,
        "console errors, exceptions or failed requests the test did not provoke",
      ).toEqual([]);
    },
    { auto: true },
  ],

  openPage: async (
    { browser, problems, locale, timezoneId, colorScheme, viewport, baseURL },
    provide,
  ) => {
    const contexts: BrowserContext[] = [];
    await provide(async (options = {}) => {
      // The project's and the file's settings, then the test's own.
      const context = await browser.newContext({
        locale,
        timezoneId,
        colorScheme,
        viewport,
        baseURL,
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      problems.watch(page);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
