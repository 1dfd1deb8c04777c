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

const count = (value: number) => value.toLocaleString("en");
const megabytes = (bytes: number) =>
  Number.isFinite(bytes) ? (bytes / 2 ** 20).toFixed(1) : "–";
const split = (bytes: ByteSplit) =>
  `${kilobytes(bytes.js)} / ${kilobytes(bytes.css)} / ${kilobytes(bytes.data)} / ${kilobytes(bytes.other)}`;
const change = (reference: number, value: number) => {
  const relative = relativeChange(reference, value);
  return Number.isFinite(relative)
    ? `${relative >= 0 ? "+" : ""}${(relative * 100).toFixed(0)}%`
    : "–";
};

type Row = {
  label: string;
  value: (size: SizeResult) => Cell;
  raw?: (size: SizeResult) => number;
};

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

/**
 * The benchmark's one table: a row per measurement, a column per archive size, and the change from
 * the smallest to the largest archive (the "same at any size" target).
 */
export function resultsTable(results: BenchResults): string {
  const floor = results.floor;
  const rows: Row[] = [
    {
      label: "ingest, articles/s",
      value: (size) => count(Math.round(size.ingest.articlesPerSecond)),
      raw: (size) => size.ingest.articlesPerSecond,
    },
    {
      label: "ingest, wall time s",
      value: (size) => size.ingest.seconds.toFixed(1),
      raw: (size) => size.ingest.seconds,
    },
    {
      label: "ingest, peak RSS MB",
      value: (size) => megabytes(size.ingest.peakRssBytes),
      raw: (size) => size.ingest.peakRssBytes,
    },
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
    {
      label: "list first paint ÷ floor first paint",
      value: (size) => ratio(size.list.ms / floor.ms),
    },
    {
      label: "list JS bytes ÷ floor JS bytes",
      value: (size) => ratio(size.list.bytes.js / floor.bytes.js),
    },
    {
      label: "deep link JS bytes ÷ floor JS bytes",
      value: (size) => ratio(size.deepLink.bytes.js / floor.bytes.js),
    },
  ];
  const first = results.sizes[0];
  const last = results.sizes.at(-1);
  const headers = [
    "measurement (median)",
    ...results.sizes.map((size) => `${count(size.articles)} articles`),
    "largest vs smallest",
  ];
  const body = rows.map((row) => [
    row.label,
    ...results.sizes.map(row.value),
    row.raw && first && last && first !== last
      ? change(row.raw(first), row.raw(last))
      : "",
  ]);
  const blank = results.sizes.map(() => "");
  body.push(
    [
      "floor: its one line painted, ms",
      milliseconds(floor.ms),
      ...blank.slice(1),
      "",
    ],
    [
      "floor: KB JS / CSS / data / other",
      split(floor.bytes),
      ...blank.slice(1),
      "",
    ],
  );
  for (const result of results.lighthouse) {
    const page = new URL(result.url).pathname === "/" ? "list" : "article";
    const scores = `${result.scores.performance} / ${result.scores.accessibility} / ${result.scores["best-practices"]} / ${result.scores.seo}`;
    body.push([
      `Lighthouse ${page}: perf / a11y / best pr. / SEO`,
      ...blank.slice(1),
      scores,
      "",
    ]);
    const { fcp, lcp, tbt, cls } = result.metrics;
    body.push([
      `Lighthouse ${page}: FCP / LCP / TBT ms, CLS`,
      ...blank.slice(1),
      `${milliseconds(fcp)} / ${milliseconds(lcp)} / ${milliseconds(tbt)}, ${cls.toFixed(2)}`,
      "",
    ]);
  }
  for (const route of results.bundle.routes) {
    body.push([
      `initial JS gzip ${route.route}, KB (× floor)`,
      `${kilobytes(route.gzipBytes)} (${ratio(route.gzipBytes / results.bundle.floorGzipBytes)})`,
      ...blank.slice(1),
      "",
    ]);
  }
  return markdownTable(headers, body);
}

export function targetsTable(checks: readonly TargetCheck[]): string {
  return markdownTable(
    ["target", "measured", "holds"],
    checks.map((check) => [
      check.target,
      check.measured,
      check.pass ? "yes" : "**no**",
    ]),
  );
}

export function resultsMarkdown(
  results: BenchResults,
  checks: readonly TargetCheck[],
): string {
  const { machine } = results;
  const lighthouseNote = results.lighthouse.length
    ? `Lighthouse 12 (mobile defaults, median of ${results.lighthouse[0]?.runs} runs) ran against the ${count(results.sizes.at(-1)?.articles ?? 0)}-article archive; failing audits: ${results.lighthouse
        .map(
          (result) =>
            `${new URL(result.url).pathname === "/" ? "list" : "article"}: ${result.failing.join(", ") || "none"}`,
        )
        .join("; ")}.`
    : "Lighthouse was skipped (--no-lighthouse).";
  return `# Bulletin benchmark: latest results

- **Date:** ${results.date}
- **Command:** \`${results.command}\`
- **Machine:** ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ${machine.chromium} (headless)
- **Method:** cold cache (a new browser context per load), median of ${results.runs} runs, the loads of every archive size interleaved; served from 127.0.0.1 with gzip, immutable /assets/ and revalidated data; no network or CPU throttling. Times run from navigation start (or the click) to the element painted. Bytes are on the wire (headers + gzip body). Clicks and deep links open the newest article, the same one in every archive. Initial JS is computed from Vite's manifest (entry, static imports, and the article chunk for article URLs), each file gzip -9.
- **Took:** ${(results.durationMs / 60_000).toFixed(1)} min

${resultsTable(results)}

${lighthouseNote}

## Targets (issue 5)

${targetsTable(checks)}
`;
}
