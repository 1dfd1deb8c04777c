import * as chromeLauncher from "chrome-launcher";
import lighthouse, { type Result as Report } from "lighthouse";
import { chromiumFlags, requireChromium } from "../chromium.ts";
import { median } from "./stats.ts";

export const CATEGORIES = [
  "performance",
  "accessibility",
  "best-practices",
  "seo",
] as const;
export type Category = (typeof CATEGORIES)[number];
/** Scores 0–100 per category; NaN where Lighthouse gave none. */
export type Scores = Record<Category, number>;

const METRICS = {
  fcp: "first-contentful-paint",
  lcp: "largest-contentful-paint",
  tbt: "total-blocking-time",
  cls: "cumulative-layout-shift",
  si: "speed-index",
} as const;
export type Metric = keyof typeof METRICS;

export interface LighthouseResult {
  url: string;
  /** Per category, the median over the runs (Lighthouse's own advice for variance). */
  scores: Scores;
  runs: number;
  /** Simulated mobile metrics (ms; CLS unitless), median over the runs: why the score is what it is. */
  metrics: Record<Metric, number>;
  /** Failing audits' titles, from the median-performance run, so a score below target says why. */
  failing: string[];
}

/**
 * Lighthouse 12 with its default config (mobile: Moto G Power emulation, simulated slow 4G and 4×
 * CPU slowdown) in the same Debian Chromium the browser measurements use, launched by
 * chrome-launcher with the flags this closed network needs.
 */
export async function lighthouseScores(
  urls: readonly string[],
  runs: number,
): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: requireChromium(),
    chromeFlags: [...chromiumFlags, "--headless=new"],
    logLevel: "silent",
  });
  try {
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const reports: Report[] = [];
      for (let run = 0; run < runs; run += 1) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (result.lhr.runtimeError)
          throw new Error(
            `Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`,
          );
        reports.push(result.lhr);
      }
      const score = (category: Category) => (report: Report) => {
        const value = report.categories[category]?.score;
        return typeof value === "number" ? value * 100 : Number.NaN;
      };
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [
          category,
          median(reports.map(score(category))),
        ]),
      ) as Scores;
      const byPerformance = [...reports].sort(
        (a, b) => score("performance")(a) - score("performance")(b),
      );
      const typical = byPerformance[Math.floor(byPerformance.length / 2)];
      const failing = typical
        ? Object.values(typical.audits)
            .filter(
              (audit) =>
                typeof audit.score === "number" &&
                audit.score < 0.9 &&
                audit.scoreDisplayMode !== "informative",
            )
            .map(
              (audit) =>
                `${audit.id} (${Math.round((audit.score ?? 0) * 100)})`,
            )
        : [];
      results.push({
        url,
        scores,
        runs,
        metrics: Object.fromEntries(
          Object.entries(METRICS).map(([metric, audit]) => [
            metric,
            median(
              reports.map(
                (report) => report.audits[audit]?.numericValue ?? Number.NaN,
              ),
            ),
          ]),
        ) as Record<Metric, number>,
        failing,
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
