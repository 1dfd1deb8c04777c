/**
 * `npm run bench`: Bulletin's archive, publishing and pages at 100 and 100,000 articles.
 * See scripts/bench/options.ts for flags and bench/README.md for what is measured and why.
 */
import { chromium, type Browser } from "@playwright/test";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { format } from "prettier";
import { measureScale, type ScaleResult } from "./archive-scale.ts";
import { buildApp, buildFloor, projectRoot } from "./build-apps.ts";
import {
  deepLink,
  heapAfterPaging,
  hoverThenClick,
  listThenClick,
} from "./browser-scenarios.ts";
import { appRoutes, initialJs } from "./bundle-sizes.ts";
import { chromiumFlags, requireChromium } from "../chromium.ts";
import { lighthouseScores } from "./lighthouse-scores.ts";
import { describeMachine } from "./machine.ts";
import {
  parseBenchArgs,
  USAGE,
  UsageError,
  type BenchOptions,
} from "./options.ts";
import { comparePaint } from "./paint-comparison.ts";
import { resultsMarkdown, resultsTables, targetsTable } from "./report.ts";
import {
  summarise,
  type BenchResults,
  type RouteJs,
  type SizeResult,
} from "./results.ts";
import { runMain } from "../run-main.ts";
import { searchQueryMetrics } from "./search-queries.ts";
import { startStaticServer, type StaticServer } from "../static-host.ts";
import { median } from "./stats.ts";
import { checkTargets } from "./targets.ts";
import { timedNode } from "./timed-cli.ts";

const RESULTS_DIR = path.join(projectRoot, "bench", "results");
const HEAP_PAGES = 10;
/**
 * A reader's first search (which also loads Pagefind) and a second one. Words of the synthetic
 * articles' vocabulary, so each finds articles at every size.
 */
const SEARCH_QUERIES = ["ceasefire", "railway budget"] as const;

const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Site {
  articles: number;
  dir: string;
  scale: ScaleResult;
  server: StaticServer;
  articlePath: string;
}

/** The newest article's URL path, read from the site's front page data as the app would. */
async function newestArticlePath(siteDir: string): Promise<string> {
  const latest = JSON.parse(
    await readFile(
      path.join(siteDir, "data", "headlines", "latest.json"),
      "utf8",
    ),
  ) as { headlines: { id: string; slug: string }[] };
  const newest = latest.headlines[0];
  if (!newest) throw new Error(`${siteDir} has no headlines`);
  return `/articles/${newest.id}-${newest.slug}`;
}

/**
 * A copy of the built app (and its page renderer beside it) served on its own port, then the
 * archive's scale steps publishing into it (the server reads the folder as publish changes it).
 */
async function prepareSite(
  scratch: string,
  appDir: string,
  articles: number,
  options: BenchOptions,
  servers: StaticServer[],
): Promise<Site> {
  const dir = path.join(scratch, `site-${articles}`);
  await cp(appDir, dir, { recursive: true });
  await cp(`${appDir}-ssr`, `${dir}-ssr`, { recursive: true });
  const server = await startStaticServer(dir);
  servers.push(server);
  const scale = await measureScale({
    scratch,
    articles,
    format: options.format,
    siteDir: dir,
    siteUrl: `${server.origin}/`,
    log,
  });
  return {
    articles,
    dir,
    scale,
    server,
    articlePath: await newestArticlePath(dir),
  };
}

/** Runs `measure` once per site per run, interleaving sizes so machine noise hits all of them alike. */
async function interleaved<T>(
  sites: readonly Site[],
  runs: number,
  label: string,
  measure: (site: Site) => Promise<T>,
): Promise<Map<Site, T[]>> {
  const samples = new Map<Site, T[]>(sites.map((site) => [site, []]));
  for (let run = 1; run <= runs; run += 1) {
    log(`${label}: run ${run}/${runs}`);
    // Each run starts at a different size, so no size is always the one measured first.
    const order = sites.map(
      (_, index) => sites[(index + run - 1) % sites.length] as Site,
    );
    for (const site of order) samples.get(site)?.push(await measure(site));
  }
  return samples;
}

async function measureBrowser(
  browser: Browser,
  sites: readonly Site[],
  runs: number,
): Promise<SizeResult[]> {
  // One untimed pass: the server's gzip cache and the OS file cache are warm, as a CDN's would be;
  // the browser side stays cold (every load gets a new context).
  for (const site of sites) await listThenClick(browser, site.server.origin);
  const lists = await interleaved(
    sites,
    runs,
    "list, then click without prefetch",
    (site) => listThenClick(browser, site.server.origin),
  );
  const prefetched = await interleaved(
    sites,
    runs,
    "hover, prefetch, click",
    (site) => hoverThenClick(browser, site.server.origin),
  );
  const deepLinks = await interleaved(sites, runs, "deep link", (site) =>
    deepLink(browser, site.server.origin + site.articlePath),
  );
  const searches = await interleaved(sites, runs, "search", (site) =>
    searchQueryMetrics(browser, site.server.origin, SEARCH_QUERIES),
  );
  const heaps = await interleaved(
    sites,
    Math.min(runs, 3),
    `heap after ${HEAP_PAGES} list pages`,
    (site) => heapAfterPaging(browser, site.server.origin, HEAP_PAGES),
  );
  return sites.map((site): SizeResult => {
    const listSamples = lists.get(site) ?? [];
    const heapSamples = heaps.get(site) ?? [];
    const searchSamples = searches.get(site) ?? [];
    return {
      articles: site.articles,
      scale: site.scale,
      articlePath: site.articlePath,
      list: summarise(listSamples.map((sample) => sample.list)),
      click: summarise(listSamples.map((sample) => sample.click)),
      clickPrefetched: summarise(prefetched.get(site) ?? []),
      deepLink: summarise(deepLinks.get(site) ?? []),
      search: SEARCH_QUERIES.map((query, index) => {
        const samples = searchSamples.flatMap((sample) => sample[index] ?? []);
        return {
          query,
          ms: median(samples.map((sample) => sample.enterToFirstResultMs)),
          bytes: median(samples.map((sample) => sample.bytes)),
          samplesMs: samples.map((sample) =>
            Math.round(sample.enterToFirstResultMs),
          ),
        };
      }),
      heap: {
        usedBytes: median(heapSamples.map((sample) => sample.usedBytes)),
        pagesVisited: Math.min(
          ...heapSamples.map((sample) => sample.pagesVisited),
        ),
        samples: heapSamples.map((sample) => sample.usedBytes),
      },
    };
  });
}

const loadAverage = () =>
  loadavg().map((value) => Math.round(value * 100) / 100);

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  const startLoad = loadAverage();
  const command = [
    "npm run bench",
    ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
  ].join(" ");
  const scratch = await mkdtemp(path.join(tmpdir(), "bulletin-bench-"));
  const sites: Site[] = [];
  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    log(`load average ${startLoad.join(", ")}`);
    log(`building the app and the floor in ${scratch}`);
    const [app, floor] = await Promise.all([
      buildApp(path.join(scratch, "app")),
      buildFloor(path.join(scratch, "floor")),
    ]);
    const floorJs = await initialJs(floor);
    const routes: RouteJs[] = [];
    for (const { route, lazy } of appRoutes)
      routes.push({ route, ...(await initialJs(app, lazy)) });
    // The first run bundles the tools (scripts/cli.js); the second is a start-up as every run has.
    await timedNode(["scripts/cli.js", "ingest", "--help"]);
    const startup = await timedNode(["scripts/cli.js", "ingest", "--help"]);
    log(
      `node scripts/cli.js ingest --help: ${startup.seconds.toFixed(2)} s (CPU ${startup.cpuSeconds.toFixed(2)} s)`,
    );

    // Sequential: the ingest and publish are timed and must not compete for the two cores.
    for (const articles of options.sizes)
      sites.push(
        await prepareSite(scratch, app.outDir, articles, options, servers),
      );
    const largest = sites.at(-1);
    if (!largest) throw new Error("no archive sizes");

    browser = await chromium.launch({
      executablePath: requireChromium(),
      args: chromiumFlags,
      headless: true,
    });
    const paint = await comparePaint(
      browser,
      {
        dir: largest.dir,
        origin: largest.server.origin,
        articlePath: largest.articlePath,
      },
      options.paintRuns,
      log,
    );
    const sizes = await measureBrowser(browser, sites, options.runs);
    await browser.close();
    browser = undefined;

    let lighthouse: BenchResults["lighthouse"] = [];
    let lighthouseError: string | undefined;
    if (options.lighthouse) {
      log(
        `Lighthouse on the ${largest.articles.toLocaleString("en")}-article site (${options.lighthouseRuns} runs per page)`,
      );
      try {
        lighthouse = await lighthouseScores(
          [
            `${largest.server.origin}/`,
            largest.server.origin + largest.articlePath,
          ],
          options.lighthouseRuns,
        );
      } catch (error) {
        // Everything before took long to measure; report it with the failure rather than lose it.
        lighthouseError = (error as Error).message;
        log(`Lighthouse failed: ${lighthouseError}`);
      }
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      command,
      machine: describeMachine(),
      loadAverage: { start: startLoad, end: loadAverage() },
      runs: options.runs,
      startup,
      sizes,
      paint,
      paintRuns: options.paintRuns,
      bundle: { floorGzipBytes: floorJs.gzipBytes, routes },
      lighthouse,
      ...(lighthouseError ? { lighthouseError } : {}),
      durationMs: performance.now() - started,
    };
    const checks = checkTargets(results);
    await mkdir(RESULTS_DIR, { recursive: true });
    // Formatted as `npm run format:check` expects, so committing the results keeps the check green.
    await writeFile(
      path.join(RESULTS_DIR, "latest.md"),
      await format(resultsMarkdown(results, checks), { parser: "markdown" }),
    );
    await writeFile(
      path.join(RESULTS_DIR, "latest.json"),
      await format(JSON.stringify({ ...results, targets: checks }), {
        parser: "json",
      }),
    );
    console.log(`\n${resultsTables(results)}\n\n${targetsTable(checks)}\n`);
    log(
      `wrote bench/results/latest.md and latest.json in ${((performance.now() - started) / 60_000).toFixed(1)} min; load average ${loadAverage().join(", ")}`,
    );
    // Missed targets are findings, not a failure of the benchmark itself.
    return 0;
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
    if (options.keep) log(`kept ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
}

runMain(main, 1);
