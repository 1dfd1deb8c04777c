import type { Locator, Page } from "@playwright/test";
import type { ProblemWatch } from "./fixtures.ts";

/** Helpers for the reader's own state: saved, read, offline, shortcuts. */

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
