import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./build-apps.ts";

export interface IngestRun {
  articles: number;
  seconds: number;
  articlesPerSecond: number;
  /** Peak resident memory of the ingest process, from GNU time; NaN where it is not installed. */
  peakRssBytes: number;
  exitCode: number;
  /** The ingest's summary line, as it printed it. */
  summary: string;
}

const GNU_TIME = "/usr/bin/time";

/** "Maximum resident set size (kbytes): 201056" in `time -v` output → bytes. */
export function parsePeakRss(timeOutput: string): number {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(
    timeOutput,
  );
  return match?.[1] ? Number(match[1]) * 1024 : Number.NaN;
}

/**
 * Runs the real ingest CLI (as `npm run ingest` does, minus npm) in its own process under GNU time,
 * so peak memory is the ingest's own and not this harness's. The time includes Node and tsx start-up
 * (about a second), which dominates small archives and vanishes in large ones.
 */
export async function timedIngest(
  source: string,
  archiveFile: string,
  articles: number,
  zone?: string,
): Promise<IngestRun> {
  const cli = [
    process.execPath,
    "--import",
    "tsx",
    path.join(projectRoot, "scripts/ingest/cli.ts"),
    "--archive",
    archiveFile,
    ...(zone ? ["--zone", zone] : []),
    source,
  ];
  const useTime = existsSync(GNU_TIME);
  const [command, ...args] = useTime ? [GNU_TIME, "-v", ...cli] : cli;
  const started = performance.now();
  const child = spawn(command as string, args, {
    cwd: projectRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code ?? 1));
  });
  const seconds = (performance.now() - started) / 1000;
  const summary =
    `${stdout}\n${stderr}`
      .split("\n")
      .find((line) => line.startsWith("ingest:"))
      ?.trim() ?? "";
  if (exitCode !== 0) {
    throw new Error(
      `ingest exited with ${exitCode} for ${source}\n${stderr.split("\n").slice(-20).join("\n")}`,
    );
  }
  return {
    articles,
    seconds,
    articlesPerSecond: articles / seconds,
    peakRssBytes: useTime ? parsePeakRss(stderr) : Number.NaN,
    exitCode,
    summary,
  };
}
