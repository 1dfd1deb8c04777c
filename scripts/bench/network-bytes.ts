import type { CDPSession } from "@playwright/test";

export type ResourceKind = "js" | "css" | "data" | "other";

export type ByteSplit = Record<ResourceKind | "total", number> & {
  /** Requests for data JSON: proves the list fetched one index page, the article one file. */
  dataRequests: number;
};

/** Kind by URL: JSON under /data/ is data; the rest by extension (what a deployer would cache). */
export function resourceKind(url: string): ResourceKind {
  const { pathname } = new URL(url);
  if (pathname.startsWith("/data/") && pathname.endsWith(".json"))
    return "data";
  if (pathname.endsWith(".js") || pathname.endsWith(".mjs")) return "js";
  if (pathname.endsWith(".css")) return "css";
  return "other";
}

const emptySplit = (): ByteSplit => ({
  js: 0,
  css: 0,
  data: 0,
  other: 0,
  total: 0,
  dataRequests: 0,
});

/**
 * Bytes on the wire (headers and compressed body, CDP's encodedDataLength) per kind, from the
 * DevTools protocol rather than resource timing so the HTML document and failed requests count too.
 */
export class NetworkBytes {
  private readonly urls = new Map<string, string>();
  private inflight = new Set<string>();
  private lastActivity = performance.now();
  private split = emptySplit();

  private constructor() {}

  static async attach(cdp: CDPSession): Promise<NetworkBytes> {
    const tracker = new NetworkBytes();
    cdp.on("Network.requestWillBeSent", (event) => {
      tracker.urls.set(event.requestId, event.request.url);
      tracker.inflight.add(event.requestId);
      tracker.lastActivity = performance.now();
    });
    cdp.on("Network.loadingFinished", (event) => {
      const url = tracker.urls.get(event.requestId);
      tracker.finish(event.requestId);
      if (!url || url.startsWith("data:")) return;
      const kind = resourceKind(url);
      tracker.split[kind] += event.encodedDataLength;
      tracker.split.total += event.encodedDataLength;
      if (kind === "data") tracker.split.dataRequests += 1;
    });
    cdp.on("Network.loadingFailed", (event) => tracker.finish(event.requestId));
    await cdp.send("Network.enable");
    return tracker;
  }

  private finish(requestId: string) {
    this.inflight.delete(requestId);
    this.lastActivity = performance.now();
  }

  /** Starts a new count (e.g. at a click, after the list page finished loading). */
  reset(): void {
    this.split = emptySplit();
  }

  snapshot(): ByteSplit {
    return { ...this.split };
  }

  /** Resolves once nothing has been in flight for `quietMs`; gives up after `timeoutMs`. */
  async idle(quietMs = 250, timeoutMs = 10_000): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (
        this.inflight.size === 0 &&
        performance.now() - this.lastActivity >= quietMs
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(
      `network still busy after ${timeoutMs} ms (${this.inflight.size} requests in flight)`,
    );
  }
}
