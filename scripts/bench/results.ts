import type { ByteSplit } from "./network-bytes.ts";
import type { Sample } from "./browser-scenarios.ts";
import type { ScaleResult } from "./archive-scale.ts";
import type { PaintComparison } from "./paint-comparison.ts";
import type { CliRun } from "./timed-cli.ts";
import type { LighthouseResult } from "./lighthouse-scores.ts";
import type { Machine } from "./machine.ts";
import { median } from "./stats.ts";

/** The median of several samples of one measurement, and the samples themselves. */
export interface Summary {
  ms: number;
  samplesMs: number[];
  /** Per field, the median over the samples. */
  bytes: ByteSplit;
}

export interface SizeResult {
  articles: number;
  scale: ScaleResult;
  /** The article every size deep-links to and clicks (the newest: the same in every archive). */
  articlePath: string;
  list: Summary;
  deepLink: Summary;
  click: Summary;
  clickPrefetched: Summary;
  /** A first search and a second one typed in the header's field: medians over the runs. */
  search: SearchSummary[];
  heap: { usedBytes: number; pagesVisited: number; samples: number[] };
}

export interface SearchSummary {
  query: string;
  /** Enter pressed → first result painted. */
  ms: number;
  /** Bytes the query fetched. */
  bytes: number;
  samplesMs: number[];
}

export interface RouteJs {
  route: string;
  files: string[];
  gzipBytes: number;
}

export interface BenchResults {
  date: string;
  command: string;
  machine: Machine;
  /** 1, 5 and 15-minute load averages when the run started and when it ended. */
  loadAverage: { start: number[]; end: number[] };
  runs: number;
  /** `node scripts/cli.js ingest --help`: the start-up every ingest and publish run includes. */
  startup: CliRun;
  sizes: SizeResult[];
  /** Throttled first paint on the largest archive, published page vs plain HTML. */
  paint: PaintComparison[];
  paintRuns: number;
  bundle: { floorGzipBytes: number; routes: RouteJs[] };
  lighthouse: LighthouseResult[];
  /** Why Lighthouse gave no scores, when it failed. */
  lighthouseError?: string;
  /** Milliseconds the whole benchmark took. */
  durationMs: number;
}

const BYTE_FIELDS = [
  "js",
  "css",
  "data",
  "other",
  "total",
  "dataRequests",
] as const;

export function summarise(samples: readonly Sample[]): Summary {
  const bytes = Object.fromEntries(
    BYTE_FIELDS.map((field) => [
      field,
      median(samples.map((sample) => sample.bytes[field])),
    ]),
  ) as ByteSplit;
  return {
    ms: median(samples.map((sample) => sample.ms)),
    samplesMs: samples.map((sample) => Math.round(sample.ms * 10) / 10),
    bytes,
  };
}
