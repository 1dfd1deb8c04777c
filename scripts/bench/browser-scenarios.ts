import type { Browser, BrowserContext, Page } from "@playwright/test";
import { NetworkBytes, type ByteSplit } from "./network-bytes.ts";
import {
  clearMark,
  clickInPage,
  installPageMarks,
  MARKS,
  waitForMark,
  type MarkName,
} from "./page-marks.ts";

/** One timed load or click: milliseconds and the bytes it transferred. */
export interface Sample {
  ms: number;
  bytes: ByteSplit;
}

interface Session {
  context: BrowserContext;
  page: Page;
  network: NetworkBytes;
}

/**
 * A fresh browser context per measurement: its own empty HTTP cache, storage and service workers,
 * i.e. a first visit. The viewport is a phone's, like Lighthouse's mobile defaults.
 */
async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    locale: "en-US",
    timezoneId: "Europe/Istanbul",
  });
  const page = await context.newPage();
  await installPageMarks(page);
  const network = await NetworkBytes.attach(await context.newCDPSession(page));
  return { context, page, network };
}

async function withSession<T>(
  browser: Browser,
  run: (session: Session) => Promise<T>,
): Promise<T> {
  const session = await openSession(browser);
  try {
    return await run(session);
  } finally {
    await session.context.close();
  }
}

/** Navigation start → `mark` painted, and every byte of the load (waits for the network to settle). */
async function timedNavigation(
  { page, network }: Session,
  url: string,
  mark: MarkName,
  timeoutMs?: number,
): Promise<Sample> {
  await page.goto(url, { waitUntil: "commit" });
  const ms = await waitForMark(page, mark, timeoutMs);
  await network.idle(250, timeoutMs);
  return { ms, bytes: network.snapshot() };
}

/** Issue 9's conditions: a mid-range phone on a Slow-4G-like link. */
export const THROTTLING = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
} as const;

/**
 * Cold load of `url` → `mark` painted, with THROTTLING applied through the DevTools protocol
 * (Emulation.setCPUThrottlingRate, Network.emulateNetworkConditions) before the navigation.
 */
export function throttledLoad(
  browser: Browser,
  url: string,
  mark: MarkName,
): Promise<Sample> {
  return withSession(browser, async (session) => {
    const cdp = await session.context.newCDPSession(session.page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: THROTTLING.latencyMs,
      downloadThroughput: THROTTLING.downloadBitsPerSecond / 8,
      uploadThroughput: THROTTLING.uploadBitsPerSecond / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", {
      rate: THROTTLING.cpuSlowdown,
    });
    return timedNavigation(session, url, mark, 60_000);
  });
}

/** Click (from inside the page) → the article's h1 painted, and the bytes since `network.reset()`. */
async function timedClick(
  { page, network }: Session,
  selector: string,
): Promise<number> {
  await clearMark(page, "articleH1");
  const clickedAt = await clickInPage(page, selector);
  const shownAt = await waitForMark(page, "articleH1");
  await network.idle();
  return shownAt - clickedAt;
}

export interface ListAndClick {
  list: Sample;
  click: Sample;
}

/** Cold load of the list, then a click on the first headline with nothing prefetched. */
export function listThenClick(
  browser: Browser,
  origin: string,
): Promise<ListAndClick> {
  return withSession(browser, async (session) => {
    const list = await timedNavigation(session, `${origin}/`, "headline");
    session.network.reset();
    const ms = await timedClick(session, MARKS.headline);
    return { list, click: { ms, bytes: session.network.snapshot() } };
  });
}

/**
 * Cold load of the list, hover the first headline and let its prefetch (data and article chunk)
 * finish, then click. Bytes count from the hover, so they include what the prefetch fetched.
 */
export function hoverThenClick(
  browser: Browser,
  origin: string,
): Promise<Sample> {
  return withSession(browser, async (session) => {
    await timedNavigation(session, `${origin}/`, "headline");
    session.network.reset();
    await session.page.hover(MARKS.headline);
    await session.network.idle();
    const ms = await timedClick(session, MARKS.headline);
    return { ms, bytes: session.network.snapshot() };
  });
}

/** Cold deep link to an article: navigation start → its h1. */
export function deepLink(browser: Browser, url: string): Promise<Sample> {
  return withSession(browser, (session) =>
    timedNavigation(session, url, "articleH1"),
  );
}

export interface HeapSample {
  /** JS heap in use after a forced garbage collection. */
  usedBytes: number;
  pagesVisited: number;
}

/**
 * Opens the list and follows "Older" until `pages` list pages have been shown, as a reader paging back through the
 * archive would, then forces a garbage collection and reads the heap: what stays is what the app
 * keeps (query cache, router state), not garbage waiting to be collected.
 */
export function heapAfterPaging(
  browser: Browser,
  origin: string,
  pages: number,
): Promise<HeapSample> {
  return withSession(browser, async ({ context, page, network }) => {
    await page.goto(`${origin}/`, { waitUntil: "commit" });
    await waitForMark(page, "headline");
    let visited = 1;
    while (visited < pages && (await page.locator("a[rel=next]").count()) > 0) {
      const previousFirst = await page
        .locator(MARKS.headline)
        .first()
        .getAttribute("href");
      await clickInPage(page, "a[rel=next]");
      await page.waitForFunction(
        ([selector, before]) =>
          document.querySelector(selector)?.getAttribute("href") !== before,
        [MARKS.headline, previousFirst] as const,
        { timeout: 15_000, polling: 20 },
      );
      visited += 1;
    }
    await network.idle();
    const cdp = await context.newCDPSession(page);
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = await cdp.send("Runtime.getHeapUsage");
    return { usedBytes: heap.usedSize, pagesVisited: visited };
  });
}
