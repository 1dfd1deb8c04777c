import { parseArgs } from "node:util";
import type { ArchiveFormat } from "./generate-archive.ts";

export const USAGE = `Usage: npm run bench -- [--sizes 100,100000] [--runs 5] [--paint-runs 7] [--lighthouse-runs 3]
                       [--no-lighthouse] [--format jsonfeed|text] [--keep]

  --sizes N,N,...      archive sizes in articles (default 100,100000); the archive targets and the
                       throttled paint are judged on the largest
  --runs N             unthrottled cold loads per measurement, median reported (default 5)
  --paint-runs N       throttled loads of each page and its plain-HTML copy (default 7)
  --lighthouse-runs N  Lighthouse runs per page, median reported (default 3)
  --no-lighthouse      skip Lighthouse (saves a few minutes)
  --format F           synthetic sources: one JSON Feed (default) or a folder of plain-text articles
  --keep               keep the scratch folder (builds, archives, data) and print its path

Quick run: npm run bench -- --sizes 100,2000 --runs 3 --paint-runs 3 --lighthouse-runs 1`;

export interface BenchOptions {
  sizes: number[];
  runs: number;
  paintRuns: number;
  lighthouseRuns: number;
  lighthouse: boolean;
  format: ArchiveFormat;
  keep: boolean;
}

export class UsageError extends Error {}

const positiveInteger = (flag: string, value: string): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${flag}: "${value}" is not a whole number from 1 up`);
  return number;
};

export function parseBenchArgs(args: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...args],
      strict: true,
      options: {
        sizes: { type: "string", default: "100,100000" },
        runs: { type: "string", default: "5" },
        "paint-runs": { type: "string", default: "7" },
        "lighthouse-runs": { type: "string", default: "3" },
        "no-lighthouse": { type: "boolean", default: false },
        format: { type: "string", default: "jsonfeed" },
        keep: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const sizes = values.sizes
    .split(",")
    .map((size) => positiveInteger("--sizes", size.replaceAll("_", "").trim()));
  if (values.format !== "jsonfeed" && values.format !== "text") {
    throw new UsageError(
      `--format: "${values.format}" is neither jsonfeed nor text`,
    );
  }
  return {
    // Ascending, so "largest vs smallest" reads left to right.
    sizes: [...new Set(sizes)].sort((a, b) => a - b),
    runs: positiveInteger("--runs", values.runs),
    paintRuns: positiveInteger("--paint-runs", values["paint-runs"]),
    lighthouseRuns: positiveInteger(
      "--lighthouse-runs",
      values["lighthouse-runs"],
    ),
    lighthouse: !values["no-lighthouse"],
    format: values.format,
    keep: values.keep,
  };
}
