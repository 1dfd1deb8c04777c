/**
 * What a reader's search costs in the browser (issue 10): the time from Enter to the first result
 * painted, and the bytes each query fetched. The index's own cost is a publish with `--search`,
 * measured with the other command-line runs (scripts/bench/archive-scale.ts).
 */
import type { Browser } from "@playwright/test";

export interface SearchQueryMetrics {
  query: string;
  /** From the Enter key in the header's field to the first result painted. */
  enterToFirstResultMs: number;
  /** Bytes on the wire for this query (Pagefind's code and WASM on the first, index chunks, fragments). */
  bytes: number;
}

/**
 * Searches as a reader does on a published site at `origin`: opens `/`, then for each query types
 * it in the header's field and presses Enter, timing to the first result painted and counting the
 * bytes each query fetched. The first query pays for loading Pagefind; later ones show the
 * per-query cost, which should stay flat as the archive grows.
 */
export async function searchQueryMetrics(
  browser: Browser,
  origin: string,
  queries: readonly string[],
): Promise<SearchQueryMetrics[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // Counted from Playwright's request events, which include Pagefind's worker's fetches.
    const pending = new Set<unknown>();
    let bytes = 0;
    page.on("request", (request) => pending.add(request));
    page.on("requestfailed", (request) => pending.delete(request));
    page.on("requestfinished", (request) => {
      void request.sizes().then((sizes) => {
        bytes += sizes.responseHeadersSize + sizes.responseBodySize;
        pending.delete(request);
      });
    });
    const quiet = async () => {
      for (let calm = 0; calm < 3;) {
        await page.waitForTimeout(100);
        calm = pending.size === 0 ? calm + 1 : 0;
      }
    };
    await page.goto(`${origin}/`);
    await page.waitForFunction(() =>
      Object.keys(document.querySelector(".preferences-toggle") ?? {}).some(
        (key) => key.startsWith("__reactProps$"),
      ),
    );
    await quiet();
    const results: SearchQueryMetrics[] = [];
    for (const query of queries) {
      const field = page.getByRole("searchbox", { name: "Search articles" });
      await field.fill(query);
      bytes = 0;
      // Timed in the page: from the key event to the frame after the first result is in the DOM.
      const painted = page.evaluate(
        (query) =>
          new Promise<number>((resolve) => {
            let start = 0;
            document.addEventListener(
              "keydown",
              (event) => {
                if (event.key === "Enter") start = event.timeStamp;
              },
              { capture: true, once: true },
            );
            const observer = new MutationObserver(() => {
              const first = document.querySelector(
                ".search-results li, .search-empty",
              );
              // The previous results stay up until the new ones replace them.
              const heading = document.querySelector("main h1")?.textContent;
              if (!first || start === 0 || !heading?.endsWith(query)) return;
              observer.disconnect();
              requestAnimationFrame(() =>
                requestAnimationFrame((time) => resolve(time - start)),
              );
            });
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              characterData: true,
            });
          }),
        query,
      );
      await field.press("Enter");
      const enterToFirstResultMs = await painted;
      await quiet();
      results.push({
        query,
        enterToFirstResultMs,
        bytes,
      });
    }
    return results;
  } finally {
    await context.close();
  }
}
