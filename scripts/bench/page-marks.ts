import type { Page } from "@playwright/test";

/** What the benchmark waits for, by CSS selector. */
export const MARKS = {
  /** The first headline link of the list. */
  headline: ".headline-list a",
  /** The article page's one h1 (the list's h1 is outside `article.article`). */
  articleH1: "article.article h1",
} as const;

export type MarkName = keyof typeof MARKS;

interface BenchWindow {
  __benchMarks: Partial<Record<string, number>>;
}

/**
 * Installed before any page script: records, for each selector, when its element is first painted
 * (performance.now(), i.e. ms since navigation start). A MutationObserver sees the element inserted;
 * the time is taken in a task queued from the next animation frame, which runs after that frame is
 * painted: no polling from Node, so no round-trip latency in the figure.
 *
 * Plain JavaScript in a string, not a function: tsx's transform adds a `__name` helper to named
 * functions, which does not exist in the page when Playwright serialises the function's source.
 */
const INSTALL_MARKS = `(() => {
  const marks = ${JSON.stringify(MARKS)};
  window.__benchMarks = {};
  const pending = new Set();
  const check = () => {
    for (const [name, selector] of Object.entries(marks)) {
      if (window.__benchMarks[name] !== undefined || pending.has(name)) continue;
      const element = document.querySelector(selector);
      if (!element || !element.textContent.trim()) continue;
      pending.add(name);
      requestAnimationFrame(() => setTimeout(() => {
        pending.delete(name);
        window.__benchMarks[name] = performance.now();
      }, 0));
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export async function installPageMarks(page: Page): Promise<void> {
  await page.addInitScript({ content: INSTALL_MARKS });
}

/** Waits for a mark and returns its time (ms since navigation start). */
export async function waitForMark(
  page: Page,
  name: MarkName,
  timeoutMs = 15_000,
): Promise<number> {
  const handle = await page.waitForFunction(
    (mark) => (window as unknown as BenchWindow).__benchMarks[mark],
    name,
    // The poll is not the measurement (the page records the time), so it can be sparse.
    { timeout: timeoutMs, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

/** Forgets a mark so the next appearance of its element is timed (e.g. the h1 after a click). */
export async function clearMark(page: Page, name: MarkName): Promise<void> {
  await page.evaluate((mark) => {
    (window as unknown as BenchWindow).__benchMarks[mark] = undefined;
  }, name);
}

/**
 * Clicks the first element matching `selector` from inside the page, taking the start time in the
 * same task. `element.click()` fires no pointerenter or focus, so it does not trigger the app's
 * hover/focus prefetch: this is the "click without prefetch" case unless the test hovered first.
 */
export async function clickInPage(
  page: Page,
  selector: string,
): Promise<number> {
  return page.evaluate((target) => {
    const element = document.querySelector<HTMLElement>(target);
    if (!element) throw new Error(`nothing matches ${target}`);
    const at = performance.now();
    element.click();
    return at;
  }, selector);
}
