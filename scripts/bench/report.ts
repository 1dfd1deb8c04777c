import { ADDED_ARTICLES, type Increment } from "./archive-scale.ts";
import { THROTTLING } from "./browser-scenarios.ts";
import type { ByteSplit } from "./network-bytes.ts";
import type { BenchResults, SizeResult, Summary } from "./results.ts";
import { relativeChange } from "./stats.ts";
import {
  kilobytes,
  markdownTable,
  milliseconds,
  ratio,
  type Cell,
} from "./table.ts";
import type { TargetCheck } from "./targets.ts";
import type { CliRun } from "./timed-cli.ts";

const count = (value: number) =>
  Number.isFinite(value) ? Math.round(value).toLocaleString("en") : "–";
const megabytes = (bytes: number) =>
  Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(1) : "–";
const split = (bytes: ByteSplit) =>
  `${kilobytes(bytes.js)} / ${kilobytes(bytes.css)} / ${kilobytes(bytes.data)} / ${kilobytes(bytes.other)}`;
/** Wall time, and CPU time in brackets: on a busy machine the first waits for the second. */
const times = (run: CliRun | Increment) =>
  `${run.seconds.toFixed(2)} (${run.cpuSeconds.toFixed(2)})`;
const change = (reference: number, value: number) => {
  const relative = relativeChange(reference, value);
  return Number.isFinite(relative)
    ? `${relative >= 0 ? "+" : ""}${(relative * 100).toFixed(0)}%`
    : "–";
};
const loads = (values: readonly number[]) =>
  values.map((value) => value.toFixed(2)).join(", ");

type Row = {
  label: string;
  value: (size: SizeResult) => Cell;
  raw?: (size: SizeResult) => number;
};

/** A row per measurement, a column per archive size, and the change from smallest to largest. */
function sizeTable(results: BenchResults, rows: readonly Row[]): string {
  const first = results.sizes[0];
  const last = results.sizes.at(-1);
  const compare = first !== undefined && last !== undefined && first !== last;
  const headers = [
    "measurement",
    ...results.sizes.map((size) => `${count(size.articles)} articles`),
    ...(compare ? ["largest vs smallest"] : []),
  ];
  return markdownTable(
    headers,
    rows.map((row) => [
      row.label,
      ...results.sizes.map(row.value),
      ...(compare
        ? [row.raw ? change(row.raw(first), row.raw(last)) : ""]
        : []),
    ]),
  );
}

/** One command run over the whole archive: its rate, its time and its peak memory. */
function runRows(
  label: string,
  rate: { label: string; of: (size: SizeResult) => number },
  run: (size: SizeResult) => CliRun,
): Row[] {
  return [
    { label: rate.label, value: (size) => count(rate.of(size)), raw: rate.of },
    { label: `${label}: s wall (CPU)`, value: (size) => times(run(size)) },
    {
      label: `${label}: peak RSS, MB`,
      value: (size) => megabytes(run(size).peakRssBytes),
      raw: (size) => run(size).peakRssBytes,
    },
  ];
}

function archiveTable(results: BenchResults): string {
  const added = `+${ADDED_ARTICLES} articles`;
  return sizeTable(results, [
    ...runRows(
      "ingest",
      {
        label: "ingest into a new archive: articles/s",
        of: (size) => size.scale.ingest.itemsPerSecond,
      },
      (size) => size.scale.ingest,
    ),
    {
      label: "archive on disk, MB",
      value: (size) => megabytes(size.scale.archiveBytes),
    },
    {
      label: "archive on disk per 100,000 articles, MB",
      value: (size) =>
        megabytes((size.scale.archiveBytes / size.articles) * 100_000),
    },
    {
      label: "publish every page: files written",
      value: (size) => count(size.scale.publish.filesWritten),
    },
    ...runRows(
      "publish every page",
      {
        label: "publish every page: files/s",
        of: (size) => size.scale.publish.filesPerSecond,
      },
      (size) => size.scale.publish,
    ),
    {
      label: `${added}, ingest + publish: s wall (CPU)`,
      value: (size) => times(size.scale.add),
      raw: (size) => size.scale.add.seconds,
    },
    {
      label: `${added}: ingest s, publish s (wall)`,
      value: (size) =>
        `${size.scale.add.ingest.seconds.toFixed(2)}, ${size.scale.add.publish.seconds.toFixed(2)}`,
    },
    {
      label: `${added}: files written (publish's own count)`,
      value: (size) =>
        `${count(size.scale.add.publish.filesWritten)} (${count(size.scale.add.publish.reportedWritten)})`,
      raw: (size) => size.scale.add.publish.filesWritten,
    },
    {
      label: `${added}: publish peak RSS, MB`,
      value: (size) => megabytes(size.scale.add.publish.peakRssBytes),
    },
    {
      label: "same again: articles changed, files written",
      value: (size) =>
        `${size.scale.rerun.ingest.added + size.scale.rerun.ingest.updated}, ${size.scale.rerun.publish.filesWritten}`,
    },
    {
      label: "same again: s wall (CPU)",
      value: (size) => times(size.scale.rerun),
    },
  ]);
}

function loadRows(
  key: "list" | "deepLink" | "click" | "clickPrefetched",
  label: string,
): Row[] {
  const of = (size: SizeResult): Summary => size[key];
  return [
    {
      label: `${label}, ms`,
      value: (size) => milliseconds(of(size).ms),
      raw: (size) => of(size).ms,
    },
    {
      label: `${label}, KB JS / CSS / data / other`,
      value: (size) => split(of(size).bytes),
      raw: (size) => of(size).bytes.total,
    },
    {
      label: `${label}, data requests`,
      value: (size) => of(size).bytes.dataRequests,
    },
  ];
}

function browserTable(results: BenchResults): string {
  return sizeTable(results, [
    ...loadRows("list", "/ first headline painted"),
    ...loadRows("deepLink", "deep link → article h1"),
    ...loadRows("click", "click → article h1, no prefetch"),
    ...loadRows("clickPrefetched", "hover + prefetch, click → h1"),
    {
      label: "JS heap after 10 list pages, MB",
      value: (size) =>
        `${megabytes(size.heap.usedBytes)}${size.heap.pagesVisited < 10 ? ` (${size.heap.pagesVisited} pages)` : ""}`,
      raw: (size) => size.heap.usedBytes,
    },
  ]);
}

function searchTable(results: BenchResults): string {
  const index = (size: SizeResult) => size.scale.searchIndex;
  const queryRows = (results.sizes[0]?.search ?? []).flatMap(
    ({ query }, position): Row[] => {
      const of = (size: SizeResult) => size.search[position];
      const which = position === 0 ? "first search" : "next search";
      return [
        {
          label: `${which} "${query}": Enter → first result, ms`,
          value: (size) => milliseconds(of(size)?.ms ?? Number.NaN),
          raw: (size) => of(size)?.ms ?? Number.NaN,
        },
        {
          label: `${which} "${query}": KB fetched`,
          value: (size) => kilobytes(of(size)?.bytes ?? Number.NaN),
          raw: (size) => of(size)?.bytes ?? Number.NaN,
        },
      ];
    },
  );
  return sizeTable(results, [
    {
      label: "search index: articles, files",
      value: (size) =>
        `${count(index(size).built.records)}, ${count(index(size).built.files)}`,
    },
    {
      label: "search index: build s, as publish reports it",
      value: (size) => index(size).built.seconds.toFixed(1),
      raw: (size) => index(size).built.seconds,
    },
    {
      label: "publish --search: s wall (CPU)",
      value: (size) => times(index(size)),
    },
    {
      label: "search index: peak RSS of the largest process, MB",
      value: (size) => megabytes(index(size).peakRssBytes),
      raw: (size) => index(size).peakRssBytes,
    },
    {
      label: "search index on disk, MB",
      value: (size) => megabytes(index(size).bytes),
      raw: (size) => index(size).bytes,
    },
    {
      label: `+${ADDED_ARTICLES} articles: recent index s, files`,
      value: (size) =>
        `${size.scale.addSearch.seconds.toFixed(1)}, ${count(size.scale.addSearch.files)}`,
    },
    ...queryRows,
  ]);
}

function paintTable(results: BenchResults): string {
  return markdownTable(
    [
      "page",
      "published, ms",
      "plain HTML, ms",
      "ratio",
      "published: KB JS / CSS / data / other",
      "plain: KB JS / CSS / data / other",
    ],
    results.paint.map((comparison) => [
      comparison.page === "list"
        ? "/ first headline link"
        : `article h1 (${comparison.path})`,
      milliseconds(comparison.app.ms),
      milliseconds(comparison.plain.ms),
      ratio(comparison.ratio),
      split(comparison.app.bytes),
      split(comparison.plain.bytes),
    ]),
  );
}

function lighthouseTable(results: BenchResults): string {
  return markdownTable(
    [
      "page",
      "performance",
      "accessibility",
      "best practices",
      "SEO",
      "FCP / LCP / TBT ms, CLS",
    ],
    results.lighthouse.map((result) => {
      const { fcp, lcp, tbt, cls } = result.metrics;
      return [
        new URL(result.url).pathname === "/" ? "list (/)" : "article",
        result.scores.performance,
        result.scores.accessibility,
        result.scores["best-practices"],
        result.scores.seo,
        `${milliseconds(fcp)} / ${milliseconds(lcp)} / ${milliseconds(tbt)}, ${cls.toFixed(2)}`,
      ];
    }),
  );
}

function bundleTable(results: BenchResults): string {
  return markdownTable(
    ["route", "initial JS gzip, KB", "× floor"],
    results.bundle.routes.map((route) => [
      route.route,
      kilobytes(route.gzipBytes),
      ratio(route.gzipBytes / results.bundle.floorGzipBytes),
    ]),
  );
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return markdownTable(
    ["issue", "target", "measured", "holds"],
    checks.map((check) => [
      `#${check.issue}`,
      check.target,
      check.measured,
      check.pass ? "yes" : "**no**",
    ]),
  );
}

/** Every table, as printed at the end of a run. */
export function resultsTables(results: BenchResults): string {
  return [
    archiveTable(results),
    searchTable(results),
    paintTable(results),
    browserTable(results),
    ...(results.lighthouse.length ? [lighthouseTable(results)] : []),
    bundleTable(results),
  ].join("\n\n");
}

export function resultsMarkdown(
  results: BenchResults,
  checks: readonly TargetCheck[],
): string {
  const { machine, startup } = results;
  const largest = count(results.sizes.at(-1)?.articles ?? 0);
  const lighthouse = results.lighthouse.length
    ? `Lighthouse 12 (mobile defaults: simulated slow 4G and 4× CPU slowdown; median of ${results.lighthouse[0]?.runs} runs) on the ${largest}-article site.

${lighthouseTable(results)}

Failing audits: ${results.lighthouse
        .map(
          (result) =>
            `${new URL(result.url).pathname === "/" ? "list" : "article"}: ${result.failing.join(", ") || "none"}`,
        )
        .join("; ")}.`
    : results.lighthouseError
      ? `Lighthouse failed: ${results.lighthouseError}`
      : "Lighthouse was skipped (--no-lighthouse).";
  return `# Bulletin benchmark: latest results

- **Date:** ${results.date}
- **Command:** \`${results.command}\`
- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ${machine.chromium} (headless)
- **Load average** (1, 5, 15 min): ${loads(results.loadAverage.start)} at the start, ${loads(results.loadAverage.end)} at the end. Other work shares the machine: wall times wait for CPU, so CPU times are given beside them.
- **Took:** ${(results.durationMs / 60_000).toFixed(1)} min

## The archive and publishing (issues 8 and 9)

Each step is the real command line (\`node scripts/cli.js ingest\` or \`publish\`, as npm runs them: the tool's bundle, made once from the TypeScript sources) in its own process under GNU \`time -v\`: wall seconds, CPU seconds (user + system) in brackets, peak RSS. Every run includes Node's start-up and the tool's loading, on its own (\`ingest --help\`) ${times(startup)} s here. Files written are counted on disk (modified since the publish started); the publish's own count is in brackets. Publish writes into the built site with \`--site-url\`, so pages, redirects, data, feed and sitemaps are all included.

${archiveTable(results)}

## Search (issue 10)

The search index of every article is built by a publish with \`--search\` after the first publish (which ran with \`--no-search\`); its build time is the one publish reports for the index alone, and its peak memory is that of the largest process (Pagefind's indexer). Then, in the browser, unthrottled, cold cache, median of ${results.runs}: a reader on \`/\` types a word in the header's search field and presses Enter (the first search also loads Pagefind's code and index entry), then searches again. Times run from the Enter key to the frame after the first result is in the page; bytes are everything the search fetched.

${searchTable(results)}

## First paint, throttled (issue 9)

Chromium at ${THROTTLING.cpuSlowdown}× CPU slowdown and a Slow-4G-like link (${THROTTLING.latencyMs} ms RTT, ${THROTTLING.downloadBitsPerSecond / 1e6} Mbit/s down, ${THROTTLING.uploadBitsPerSecond / 1e6} Mbit/s up) through the DevTools protocol, cold cache (a new browser context per load), median of ${results.paintRuns}, on the ${largest}-article site. "Plain HTML" is the very same published page with every script element and modulepreload removed: same markup, same CSS, same server. Times run from navigation start to the element painted.

${paintTable(results)}

## In the browser, unthrottled (issue 5)

Loopback, no throttling, cold cache, median of ${results.runs}, archive sizes interleaved. Clicks and deep links open the newest article.

${browserTable(results)}

## Lighthouse (issue 9)

${lighthouse}

## Initial JS (issue 5)

From Vite's manifest (entry and static imports), each file gzip -9, against the floor app.

${bundleTable(results)}

## Targets

${targetsTable(checks)}
`;
}
