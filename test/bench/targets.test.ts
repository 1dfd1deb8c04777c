import { describe, expect, it } from "vitest";
import type {
  Increment,
  IngestRun,
  PublishRun,
  ScaleResult,
} from "../../scripts/bench/archive-scale.ts";
import type { PaintComparison } from "../../scripts/bench/paint-comparison.ts";
import type {
  BenchResults,
  SearchSummary,
  SizeResult,
  Summary,
} from "../../scripts/bench/results.ts";
import { checkTargets } from "../../scripts/bench/targets.ts";

const run = {
  seconds: 1,
  cpuSeconds: 0.5,
  peakRssBytes: 100 * 2 ** 20,
  summary: "",
  lines: [],
};

function ingest(overrides: Partial<IngestRun> = {}): IngestRun {
  return {
    ...run,
    items: 100_000,
    added: 100_000,
    updated: 0,
    itemsPerSecond: 6_000,
    ...overrides,
  };
}

function publish(overrides: Partial<PublishRun> = {}): PublishRun {
  return {
    ...run,
    filesWritten: 320,
    reportedWritten: 320,
    filesPerSecond: 320,
    ...overrides,
  };
}

function increment(overrides: Partial<Increment> = {}): Increment {
  return {
    ingest: ingest({ items: 100, added: 100 }),
    publish: publish(),
    seconds: 1.5,
    cpuSeconds: 1,
    ...overrides,
  };
}

function summary(ms: number): Summary {
  return {
    ms,
    samplesMs: [ms],
    bytes: { js: 0, css: 0, data: 0, other: 0, total: 10_000, dataRequests: 0 },
  };
}

const searches = (firstMs = 300, firstBytes = 90_000): SearchSummary[] => [
  { query: "ceasefire", ms: firstMs, bytes: firstBytes, samplesMs: [firstMs] },
  { query: "railway budget", ms: 100, bytes: 20_000, samplesMs: [100] },
];

function size(
  articles: number,
  scale: Partial<ScaleResult> = {},
  search = searches(),
): SizeResult {
  const built = { records: articles, seconds: 1, files: 10 };
  return {
    articles,
    scale: {
      articles,
      ingest: ingest(),
      archiveBytes: 1,
      publish: publish(),
      searchIndex: { ...run, built, bytes: 1 },
      add: increment(),
      addSearch: { ...built, records: 100 },
      rerun: increment({
        ingest: ingest({ items: 100, added: 0 }),
        publish: publish({ filesWritten: 0 }),
      }),
      ...scale,
    },
    articlePath: "/articles/x-y",
    list: summary(500),
    deepLink: summary(500),
    click: summary(100),
    clickPrefetched: summary(50),
    search,
    heap: { usedBytes: 1, pagesVisited: 10, samples: [1] },
  };
}

function paint(
  page: "list" | "article",
  app: number,
  plain: number,
): PaintComparison {
  return {
    page,
    path: page === "list" ? "/" : "/articles/x-y",
    mark: page === "list" ? "headline" : "articleH1",
    app: summary(app),
    plain: summary(plain),
    ratio: app / plain,
  };
}

function results(overrides: Partial<BenchResults> = {}): BenchResults {
  return {
    date: "2026-11-29T00:00:00.000Z",
    command: "npm run bench",
    machine: {
      cpu: "test",
      cores: 2,
      memoryGiB: 1,
      os: "linux",
      node: "v20",
      chromium: "test",
    },
    loadAverage: { start: [1, 1, 1], end: [1, 1, 1] },
    runs: 1,
    startup: run,
    sizes: [size(100), size(100_000)],
    paint: [paint("list", 1200, 1000), paint("article", 1300, 1000)],
    paintRuns: 7,
    bundle: { floorGzipBytes: 100, routes: [] },
    lighthouse: [],
    durationMs: 1,
    ...overrides,
  };
}

const verdict = (checks: ReturnType<typeof checkTargets>, target: RegExp) => {
  const check = checks.find((candidate) => target.test(candidate.target));
  if (!check) throw new Error(`no target matches ${target}`);
  return check;
};

describe("checkTargets", () => {
  it("judges the throttled paint against plain HTML at 1.25×", () => {
    const checks = checkTargets(results());
    expect(verdict(checks, /first headline link painted/)).toMatchObject({
      issue: 9,
      measured: "1200 vs 1000 ms = 1.20×",
      pass: true,
    });
    expect(verdict(checks, /article h1 painted/)).toMatchObject({
      measured: "1300 vs 1000 ms = 1.30×",
      pass: false,
    });
  });

  it("judges the archive on the largest size only", () => {
    const slow = results({
      sizes: [
        size(100),
        size(100_000, {
          ingest: ingest({
            itemsPerSecond: 4_999,
            peakRssBytes: 600 * 2 ** 20,
          }),
        }),
      ],
    });
    const checks = checkTargets(slow);
    expect(verdict(checks, /articles\/s/)).toMatchObject({
      issue: 8,
      pass: false,
    });
    expect(verdict(checks, /articles\/s/).target).toContain("100,000");
    expect(verdict(checks, /peak RSS/)).toMatchObject({
      measured: "600 MB",
      pass: false,
    });
  });

  it("misses the increment on time or on O(added) files, and the re-run on any write", () => {
    const checks = checkTargets(
      results({
        sizes: [
          size(100_000, {
            add: increment({
              seconds: 2.01,
              publish: publish({ filesWritten: 1_001 }),
            }),
            rerun: increment({
              ingest: ingest({ items: 100, added: 0 }),
              publish: publish({ filesWritten: 1 }),
            }),
          }),
        ],
      }),
    );
    expect(verdict(checks, /end to end/).pass).toBe(false);
    expect(verdict(checks, /files written \(≤ 1,000\)/)).toMatchObject({
      measured: "1,001 files (100 new articles)",
      pass: false,
    });
    expect(verdict(checks, /0 files written/).pass).toBe(false);
  });

  it("holds when every archive figure is within its target", () => {
    const checks = checkTargets(results()).filter((check) => check.issue === 8);
    expect(checks).toHaveLength(5);
    expect(checks.every((check) => check.pass)).toBe(true);
  });

  it("holds search to the smallest archive's time and bytes, within 20%", () => {
    const checks = checkTargets(
      results({
        sizes: [size(100), size(100_000, {}, searches(361, 108_001))],
      }),
    );
    const search = checks.filter((check) => check.issue === 10);
    expect(search).toHaveLength(4);
    expect(verdict(search, /first search "ceasefire": Enter/)).toMatchObject({
      measured: "361 vs 300 ms (+20%)",
      pass: false,
    });
    expect(verdict(search, /first search "ceasefire": bytes/)).toMatchObject({
      measured: "108.0 vs 90.0 KB (+20%)",
      pass: false,
    });
    expect(verdict(search, /next search "railway budget": bytes/).pass).toBe(
      true,
    );
  });

  it("asks Lighthouse for 100 in every category", () => {
    const checks = checkTargets(
      results({
        lighthouse: [
          {
            url: "http://127.0.0.1:1/",
            scores: {
              performance: 99,
              accessibility: 100,
              "best-practices": 100,
              seo: 100,
            },
            runs: 1,
            metrics: { fcp: 1, lcp: 1, tbt: 0, cls: 0, si: 1 },
            failing: [],
          },
        ],
      }),
    );
    expect(verdict(checks, /Lighthouse performance \(list\)/)).toMatchObject({
      measured: "99",
      pass: false,
    });
    expect(verdict(checks, /Lighthouse seo \(list\)/).pass).toBe(true);
  });
});
