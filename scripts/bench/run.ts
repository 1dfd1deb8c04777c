/**
 * `npm run bench`: Bulletin's performance at 100, 10,000 and 100,000 articles, against the floor.
 * See scripts/bench/options.ts for flags and bench/README.md for what is measured and why.
 */
import { chromium, type Browser } from "@playwright/test";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { format } from "prettier";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp, buildFloor, projectRoot } from "./build-apps.ts";
import { appRoutes, initialJs } from "./bundle-sizes.ts";
import {
  deepLink,
  floorLoad,
  heapAfterPaging,
  hoverThenClick,
  listThenClick,
  type Sample,
} from "./browser-scenarios.ts";
import { chromiumFlags, requireChromium } from "../chromium.ts";
import { writeArchive } from "./generate-archive.ts";
import { lighthouseScores } from "./lighthouse-scores.ts";
import { describeMachine } from "./machine.ts";
import {
  parseBenchArgs,
  USAGE,
  UsageError,
  type BenchOptions,
} from "./options.ts";
import { resultsMarkdown, resultsTable, targetsTable } from "./report.ts";
import {
  summarise,
  type BenchResults,
  type RouteJs,
  type SizeResult,
} from "./results.ts";
import { startStaticServer, type StaticServer } from "../static-host.ts";
import { spawnSync } from "node:child_process";
import { cp } from "node:fs/promises";
import { median } from "./stats.ts";
import { checkTargets } from "./targets.ts";
import { timedIngest, type IngestRun } from "./timed-ingest.ts";
import { runMain } from "../run-main.ts";

const RESULTS_DIR = path.join(projectRoot, "bench", "results");
const HEAP_PAGES = 10;
/** Zone for the plain-text format's date lines (JSON Feed items carry their own offsets and zones). */
const TEXT_ZONE = "Europe/Istanbul";

const log = (message: string) =>
  console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

interface Archive {
  articles: number;
  siteDir: string;
  ingest: IngestRun;
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

/** A copy of the built app (and its page renderer beside it) for one archive to be published into. */
async function siteFor(appDir: string, siteDir: string): Promise<void> {
  await cp(appDir, siteDir, { recursive: true });
  await cp(`${appDir}-ssr`, `${siteDir}-ssr`, { recursive: true });
}

async function prepareArchive(
  scratch: string,
  appDir: string,
  articles: number,
  options: BenchOptions,
): Promise<Archive> {
  const sourceDir = path.join(scratch, `source-${articles}`);
  const archiveFile = path.join(scratch, `archive-${articles}.sqlite`);
  const siteDir = path.join(scratch, `site-${articles}`);
  log(
    `${articles.toLocaleString("en")} articles: generating ${options.format} sources`,
  );
  const source = await writeArchive(sourceDir, articles, options.format);
  log(`${articles.toLocaleString("en")} articles: ingesting`);
  const ingest = await timedIngest(
    source,
    archiveFile,
    articles,
    options.format === "text" ? TEXT_ZONE : undefined,
  );
  log(
    `  ${ingest.summary} (${ingest.seconds.toFixed(1)} s, ${Math.round(ingest.articlesPerSecond)} articles/s)`,
  );
  // The sources are only needed by the ingest; at 100,000 articles they are a few hundred MB.
  await rm(sourceDir, { recursive: true, force: true });
  log(`${articles.toLocaleString("en")} articles: publishing`);
  await siteFor(appDir, siteDir);
  const published = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      path.join(projectRoot, "scripts/publish/cli.ts"),
      "--archive",
      archiveFile,
      "--out",
      siteDir,
    ],
    { cwd: projectRoot, encoding: "utf8" },
  );
  if (published.status !== 0)
    throw new Error(`publish failed for ${articles}: ${published.stderr}`);
  log(`  ${published.stdout.trim()}`);
  const server = await startStaticServer(siteDir);
  return {
    articles,
    siteDir,
    ingest,
    server,
    articlePath: await newestArticlePath(siteDir),
  };
}

/** Runs `measure` once per archive per run, interleaving sizes so machine noise hits all of them alike. */
async function interleaved<T>(
  archives: readonly Archive[],
  runs: number,
  label: string,
  measure: (archive: Archive) => Promise<T>,
): Promise<Map<Archive, T[]>> {
  const samples = new Map<Archive, T[]>(
    archives.map((archive) => [archive, []]),
  );
  for (let run = 1; run <= runs; run += 1) {
    log(`${label}: run ${run}/${runs}`);
    // Each run starts at a different size, so no size is always the one measured first.
    const order = archives.map(
      (_, index) => archives[(index + run - 1) % archives.length] as Archive,
    );
    for (const archive of order)
      samples.get(archive)?.push(await measure(archive));
  }
  return samples;
}

async function measureBrowser(
  browser: Browser,
  archives: readonly Archive[],
  runs: number,
): Promise<SizeResult[]> {
  // One untimed pass: the server's gzip cache and the OS file cache are warm, as a CDN's would be;
  // the browser side stays cold (every load gets a new context).
  for (const archive of archives)
    await listThenClick(browser, archive.server.origin);
  const lists = await interleaved(
    archives,
    runs,
    "list, then click without prefetch",
    (archive) => listThenClick(browser, archive.server.origin),
  );
  const prefetched = await interleaved(
    archives,
    runs,
    "hover, prefetch, click",
    (archive) => hoverThenClick(browser, archive.server.origin),
  );
  const deepLinks = await interleaved(archives, runs, "deep link", (archive) =>
    deepLink(browser, archive.server.origin + archive.articlePath),
  );
  const heaps = await interleaved(
    archives,
    Math.min(runs, 3),
    `heap after ${HEAP_PAGES} list pages`,
    (archive) => heapAfterPaging(browser, archive.server.origin, HEAP_PAGES),
  );
  return archives.map((archive): SizeResult => {
    const listSamples = lists.get(archive) ?? [];
    const heapSamples = heaps.get(archive) ?? [];
    return {
      articles: archive.articles,
      ingest: archive.ingest,
      articlePath: archive.articlePath,
      list: summarise(listSamples.map((sample) => sample.list)),
      click: summarise(listSamples.map((sample) => sample.click)),
      clickPrefetched: summarise(prefetched.get(archive) ?? []),
      deepLink: summarise(deepLinks.get(archive) ?? []),
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
  const command = [
    "npm run bench",
    ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : []),
  ].join(" ");
  const scratch = await mkdtemp(path.join(tmpdir(), "bulletin-bench-"));
  const archives: Archive[] = [];
  let floorServer: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    log(`building the app and the floor in ${scratch}`);
    const [app, floor] = await Promise.all([
      buildApp(path.join(scratch, "app")),
      buildFloor(path.join(scratch, "floor")),
    ]);
    const floorJs = await initialJs(floor);
    const routes: RouteJs[] = [];
    for (const { route, lazy } of appRoutes)
      routes.push({ route, ...(await initialJs(app, lazy)) });

    // Sequential: the ingest is timed and must not compete with another ingest for the two cores.
    for (const articles of options.sizes)
      archives.push(
        await prepareArchive(scratch, app.outDir, articles, options),
      );
    const smallest = archives[0];
    if (!smallest) throw new Error("no archive sizes");
    floorServer = await startStaticServer(floor.outDir);

    browser = await chromium.launch({
      executablePath: requireChromium(),
      args: chromiumFlags,
      headless: true,
    });
    const sizes = await measureBrowser(browser, archives, options.runs);
    log("floor");
    const floorOrigin = floorServer.origin;
    await floorLoad(browser, floorOrigin);
    const floorSamples: Sample[] = [];
    for (let run = 0; run < options.runs; run += 1)
      floorSamples.push(await floorLoad(browser, floorOrigin));
    await browser.close();
    browser = undefined;

    const largest = archives.at(-1) ?? smallest;
    let lighthouse: BenchResults["lighthouse"] = [];
    if (options.lighthouse) {
      log(
        `Lighthouse on the ${largest.articles.toLocaleString("en")}-article archive (${options.lighthouseRuns} runs per page)`,
      );
      lighthouse = await lighthouseScores(
        [
          `${largest.server.origin}/`,
          largest.server.origin + largest.articlePath,
        ],
        options.lighthouseRuns,
      );
    }

    const results: BenchResults = {
      date: new Date().toISOString(),
      command,
      machine: describeMachine(),
      runs: options.runs,
      sizes,
      floor: summarise(floorSamples),
      bundle: { floorGzipBytes: floorJs.gzipBytes, routes },
      lighthouse,
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
    console.log(`\n${resultsTable(results)}\n\n${targetsTable(checks)}\n`);
    log(
      `wrote bench/results/latest.md and latest.json in ${((performance.now() - started) / 60_000).toFixed(1)} min`,
    );
    // Missed targets are findings, not a failure of the benchmark itself.
    return 0;
  } finally {
    await browser?.close();
    await Promise.all(
      [floorServer, ...archives.map((archive) => archive.server)].map(
        (server) => server?.close(),
      ),
    );
    if (options.keep) log(`kept ${scratch}`);
    else await rm(scratch, { recursive: true, force: true });
  }
}

runMain(main, 1);
