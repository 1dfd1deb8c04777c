import { ADDED_ARTICLES, type Increment } from "./archive-scale.ts";
import type { BenchResults, SizeResult, Summary } from "./results.ts";
import { relativeChange } from "./stats.ts";

export interface TargetCheck {
  /** The issue that set the target. */
  issue: number;
  target: string;
  measured: string;
  pass: boolean;
}

/** Issue 5's (scale, initial JS), 8's (the archive), 9's (pre-rendered pages) and 10's (search) targets. */
export const LIMITS = {
  sameAtScale: 0.2,
  initialJsRatio: 1.3,
  lighthouse: {
    performance: 100,
    accessibility: 100,
    "best-practices": 100,
    seo: 100,
  },
  paintRatio: 1.25,
  ingestPerSecond: 5000,
  ingestPeakRssBytes: 512 * 2 ** 20,
  incrementSeconds: 2,
  /** "O(100) files, not O(100,000)": at most ten files per added article. */
  incrementFilesPerArticle: 10,
} as const;

const LOADS: readonly [
  keyof Pick<SizeResult, "list" | "deepLink" | "click" | "clickPrefetched">,
  string,
][] = [
  ["list", "list: first headline"],
  ["deepLink", "deep link: article h1"],
  ["click", "click → article"],
  ["clickPrefetched", "hover, prefetch, click → article"],
];

const percent = (value: number) =>
  `${value >= 0 ? "+" : ""}${(value * 100).toFixed(0)}%`;

function scaleChecks(smallest: SizeResult, largest: SizeResult): TargetCheck[] {
  const sizes = `${largest.articles.toLocaleString("en")} vs ${smallest.articles.toLocaleString("en")} articles`;
  return LOADS.flatMap(([key, label]) => {
    const small: Summary = smallest[key];
    const large: Summary = largest[key];
    const time = relativeChange(small.ms, large.ms);
    const bytes = relativeChange(small.bytes.total, large.bytes.total);
    return [
      {
        issue: 5,
        target: `${label}: time at most 20% above the smallest archive's, ${sizes}`,
        measured: `${large.ms.toFixed(0)} vs ${small.ms.toFixed(0)} ms (${percent(time)})`,
        // One-sided: the target is that a large archive costs no more. A large archive cannot make a
        // load faster, so a faster figure is noise, reported as measured but not as a miss.
        pass: time <= LIMITS.sameAtScale,
      },
      {
        issue: 5,
        target: `${label}: bytes within ±20% and the same data requests, ${sizes}`,
        measured: `${(large.bytes.total / 1000).toFixed(1)} vs ${(small.bytes.total / 1000).toFixed(1)} KB (${percent(bytes)}); data requests ${large.bytes.dataRequests} vs ${small.bytes.dataRequests}`,
        pass:
          Math.abs(bytes) <= LIMITS.sameAtScale &&
          large.bytes.dataRequests === small.bytes.dataRequests,
      },
    ];
  });
}

export function checkTargets(results: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const smallest = results.sizes[0];
  const largest = results.sizes.at(-1);
  if (smallest && largest && smallest !== largest)
    checks.push(...scaleChecks(smallest, largest));

  for (const route of results.bundle.routes) {
    const ratio = route.gzipBytes / results.bundle.floorGzipBytes;
    checks.push({
      issue: 9,
      target: `initial JS (gzip) for ${route.route} ≤ ${LIMITS.initialJsRatio} × floor`,
      measured: `${(route.gzipBytes / 1000).toFixed(1)} KB = ${ratio.toFixed(2)} × ${(results.bundle.floorGzipBytes / 1000).toFixed(1)} KB`,
      pass: ratio <= LIMITS.initialJsRatio,
    });
  }

  for (const result of results.lighthouse) {
    const page = new URL(result.url).pathname === "/" ? "list" : "article";
    for (const [category, minimum] of Object.entries(LIMITS.lighthouse) as [
      keyof typeof LIMITS.lighthouse,
      number,
    ][]) {
      const score = result.scores[category];
      checks.push({
        issue: 9,
        target: `Lighthouse ${category} (${page}) ≥ ${minimum}`,
        measured: String(score),
        pass: score >= minimum,
      });
    }
  }

  for (const comparison of results.paint) {
    const what =
      comparison.page === "list" ? "/ first headline link" : "article h1";
    checks.push({
      issue: 9,
      target: `${what} painted ≤ ${LIMITS.paintRatio}× the same page as plain HTML (throttled)`,
      measured: `${comparison.app.ms.toFixed(0)} vs ${comparison.plain.ms.toFixed(0)} ms = ${comparison.ratio.toFixed(2)}×`,
      pass: comparison.ratio <= LIMITS.paintRatio,
    });
  }

  if (smallest && largest && smallest !== largest)
    checks.push(...searchChecks(smallest, largest));
  if (largest) checks.push(...archiveChecks(largest));
  return checks;
}

/** Issue 10: a search costs about the same time and bytes at any archive size. */
function searchChecks(
  smallest: SizeResult,
  largest: SizeResult,
): TargetCheck[] {
  const sizes = `${largest.articles.toLocaleString("en")} vs ${smallest.articles.toLocaleString("en")} articles`;
  return largest.search.flatMap((large, position) => {
    const small = smallest.search[position];
    if (!small) return [];
    const label = `${position === 0 ? "first" : "next"} search "${large.query}"`;
    const time = relativeChange(small.ms, large.ms);
    const bytes = relativeChange(small.bytes, large.bytes);
    return [
      {
        issue: 10,
        target: `${label}: Enter → first result at most 20% above the smallest archive's, ${sizes}`,
        measured: `${large.ms.toFixed(0)} vs ${small.ms.toFixed(0)} ms (${percent(time)})`,
        pass: time <= LIMITS.sameAtScale,
      },
      {
        issue: 10,
        target: `${label}: bytes within ±20%, ${sizes}`,
        measured: `${(large.bytes / 1000).toFixed(1)} vs ${(small.bytes / 1000).toFixed(1)} KB (${percent(bytes)})`,
        pass: Math.abs(bytes) <= LIMITS.sameAtScale,
      },
    ];
  });
}

const seconds = (run: Increment) =>
  `${run.seconds.toFixed(2)} s wall (ingest ${run.ingest.seconds.toFixed(2)} + publish ${run.publish.seconds.toFixed(2)}); CPU ${run.cpuSeconds.toFixed(2)} s`;

function archiveChecks(largest: SizeResult): TargetCheck[] {
  const { ingest, add, rerun } = largest.scale;
  const size = largest.articles.toLocaleString("en");
  const maxFiles = LIMITS.incrementFilesPerArticle * ADDED_ARTICLES;
  return [
    {
      issue: 8,
      target: `ingest of ${size} new articles ≥ ${LIMITS.ingestPerSecond.toLocaleString("en")} articles/s`,
      measured: `${Math.round(ingest.itemsPerSecond).toLocaleString("en")} articles/s (${ingest.seconds.toFixed(1)} s wall, CPU ${ingest.cpuSeconds.toFixed(1)} s)`,
      pass: ingest.itemsPerSecond >= LIMITS.ingestPerSecond,
    },
    {
      issue: 8,
      target: `ingest of ${size} articles: peak RSS < 512 MB`,
      measured: `${(ingest.peakRssBytes / 2 ** 20).toFixed(0)} MB`,
      pass: ingest.peakRssBytes < LIMITS.ingestPeakRssBytes,
    },
    {
      issue: 8,
      target: `${ADDED_ARTICLES} articles added to ${size} and published ≤ ${LIMITS.incrementSeconds} s end to end`,
      measured: seconds(add),
      pass: add.seconds <= LIMITS.incrementSeconds,
    },
    {
      issue: 8,
      target: `${ADDED_ARTICLES} articles added: O(${ADDED_ARTICLES}) files written (≤ ${maxFiles.toLocaleString("en")}), counted on disk`,
      measured: `${add.publish.filesWritten.toLocaleString("en")} files (${add.ingest.added} new articles)`,
      pass:
        add.ingest.added === ADDED_ARTICLES &&
        add.publish.filesWritten <= maxFiles,
    },
    {
      issue: 8,
      target:
        "the same ingest and publish again: 0 articles changed, 0 files written",
      measured: `${rerun.ingest.added + rerun.ingest.updated} changed, ${rerun.publish.filesWritten} files written; ${seconds(rerun)}`,
      pass:
        rerun.ingest.added + rerun.ingest.updated === 0 &&
        rerun.publish.filesWritten === 0,
    },
  ];
}
