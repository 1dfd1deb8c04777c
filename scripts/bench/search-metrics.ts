/**
 * Search figures for the bench (issue 10): what building the index costs, and what a reader's
 * search costs in the browser. Two exported functions for scripts/bench/run.ts to call:
 *
 *   const index = await searchIndexMetrics("/tmp/archive.sqlite", "/tmp/site");
 *   const query = await searchQueryMetrics(browser, "http://127.0.0.1:4173", ["harbour", "council"]);
 *
 * or, for the index alone: tsx scripts/bench/search-metrics.ts ARCHIVE SITE
 */
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { Archive } from "../archive/archive.ts";
import { SEARCH_FOLDER, writeSearchIndex } from "../publish/search-index.ts";
import { SiteWriter } from "../publish/site-writer.ts";
import { projectRoot } from "./build-apps.ts";

export interface SearchIndexMetrics {
  records: number;
  seconds: number;
  files: number;
  /** Bytes of the whole `pagefind/` folder as deployed (uncompressed). */
  bytes: number;
  /**
   * Peak resident memory: of the Node process that feeds Pagefind, and the largest of its child
   * processes (Pagefind's own indexer binary), from GNU time; NaN where it is not installed.
   */
  peakNodeMb: number;
  peakIndexerMb: number;
}

function folderBytes(folder: string): number {
  let bytes = 0;
  for (const entry of readdirSync(folder, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (entry.isFile())
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}

/** Builds the search index in this process; what the child below runs. */
async function buildIndex(archivePath: string, siteDir: string) {
  const archive = Archive.open(archivePath, { create: false });
  const writer = new SiteWriter(siteDir);
  writer.open();
  try {
    const result = await writeSearchIndex(archive, writer);
    return {
      records: result.records,
      seconds: result.milliseconds / 1000,
      files: result.files,
      bytes: folderBytes(path.join(siteDir, SEARCH_FOLDER)),
      peakNodeMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    writer.close();
    archive.close();
  }
}

/**
 * Builds the index of every article in `archivePath` into `siteDir/pagefind/` (a full build, as
 * publish does: Pagefind cannot add records to an existing index), in a child process so its
 * memory is its own.
 */
export function searchIndexMetrics(
  archivePath: string,
  siteDir: string,
): Promise<SearchIndexMetrics> {
  const node = [
    "node",
    "--import",
    "tsx",
    path.join(projectRoot, "scripts/bench/search-metrics.ts"),
    archivePath,
    siteDir,
  ];
  const timed = statSafe("/usr/bin/time");
  const [command, ...args] = timed ? ["/usr/bin/time", "-v", ...node] : node;
  return new Promise((resolve, reject) => {
    const child = spawn(command ?? "node", args, { cwd: projectRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) {
        reject(
          new Error(
            `search index build exited with ${code}\n${stderr.slice(-2000)}`,
          ),
        );
        return;
      }
      const line = stdout.trim().split("\n").at(-1) ?? "{}";
      const built = JSON.parse(line) as Omit<
        SearchIndexMetrics,
        "peakIndexerMb"
      >;
      const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        ...built,
        peakIndexerMb: maxRss ? Number(maxRss[1]) / 1024 : Number.NaN,
      });
    });
  });
}

function statSafe(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

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

if (process.argv[1] === import.meta.filename) {
  const [archivePath, siteDir] = process.argv.slice(2);
  if (!archivePath || !siteDir) {
    console.error("Usage: tsx scripts/bench/search-metrics.ts ARCHIVE SITE");
    process.exitCode = 2;
  } else {
    process.stdout.write(
      `${JSON.stringify(await buildIndex(archivePath, siteDir))}\n`,
    );
  }
}
