import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, type ProblemWatch } from "./fixtures.ts";

/** Helpers for the reader's own state: saved, read, offline, shortcuts. */

const WCAG_21_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(WCAG_21_A_AA)
    .analyze();
  const summary = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `  ${node.target.join(" ")}: ${node.failureSummary}`)
        .join("\n"),
  );
  expect(summary, "axe WCAG 2.1 A/AA violations").toEqual([]);
}

/** The list item of a headline on a list page. */
export function headlineItem(page: Page, name: string | RegExp): Locator {
  return page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name }) });
}

/** A headline's Save or Read toggle, named "Save: <headline>" in a list. */
export function listToggle(item: Locator, action: "Save" | "Read"): Locator {
  return item.getByRole("button", { name: new RegExp(`^${action}: `) });
}

/** The article's own toggle, named "Save" or "Read". */
export function articleToggle(page: Page, action: "Save" | "Read"): Locator {
  return page
    .getByRole("main")
    .getByRole("button", { name: action, exact: true });
}

/** Resolves once a service worker controls the page (the first visit's, through clients.claim). */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, {
        once: true,
      }),
    );
  });
}

/** Whether the service worker's data cache holds this data file (e.g. "headlines/latest.json"). */
export function isCached(page: Page, dataPath: string): Promise<boolean> {
  return page.evaluate(async (path) => {
    const cache = await caches.open("bulletin-data");
    return (
      (await cache.match(new URL(`/data/${path}`, location.href))) !== undefined
    );
  }, dataPath);
}

/** The browser's own complaints about requests that fail while offline, which tests provoke. */
export function allowOfflineFailures(problems: ProblemWatch) {
  problems.allow(/ERR_INTERNET_DISCONNECTED|net::ERR_FAILED/);
}
