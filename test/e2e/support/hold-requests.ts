import type { Page, Route } from "@playwright/test";

/**
 * Requests a test answers itself, one at a time: each matching request waits until the test takes
 * it with `next()` and answers it (fulfil, abort, continue). While it waits the test can check what
 * the page shows in flight, and counting requests never races them.
 */
export interface HeldRequests {
  /** The next matching request, once the page has sent it. */
  next(): Promise<Route>;
  /** How many matching requests the page has sent so far. */
  readonly count: number;
}

export async function holdRequests(
  page: Page,
  url: string,
): Promise<HeldRequests> {
  const held: Route[] = [];
  const waiting: ((route: Route) => void)[] = [];
  let count = 0;
  await page.route(url, (route) => {
    count += 1;
    const taker = waiting.shift();
    if (taker) taker(route);
    else held.push(route);
  });
  return {
    next: () => {
      const route = held.shift();
      return route
        ? Promise.resolve(route)
        : new Promise((resolve) => waiting.push(resolve));
    },
    get count() {
      return count;
    },
  };
}
