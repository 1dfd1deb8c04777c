import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./build-apps.ts";

/** One run of a command-line script in its own process. */
export interface CliRun {
  /** Wall time, Node's start-up included. */
  seconds: number;
  /** User plus system CPU time, from GNU time: what the run cost when the machine is busy. */
  cpuSeconds: number;
  /** Peak resident memory of the process, from GNU time. */
  peakRssBytes: number;
  /** The script's summary line: its first line on stdout. */
  summary: string;
  /** Every line it wrote to stdout (publish adds one about search after its summary). */
  lines: string[];
}

const GNU_TIME = "/usr/bin/time";

/** Reads `time -v` output: peak RSS in bytes and user + system CPU seconds (NaN where missing). */
export function parseGnuTime(output: string): {
  peakRssBytes: number;
  cpuSeconds: number;
} {
  const number = (pattern: RegExp) => {
    const match = pattern.exec(output);
    return match?.[1] ? Number(match[1]) : Number.NaN;
  };
  return {
    peakRssBytes:
      number(/Maximum resident set size \(kbytes\):\s*(\d+)/) * 1024,
    cpuSeconds:
      number(/User time \(seconds\):\s*([\d.]+)/) +
      number(/System time \(seconds\):\s*([\d.]+)/),
  };
}

/**
 * Runs `node ARGS` (a project tool as its npm script runs it, minus npm) under GNU time, so peak
 * memory and CPU time are the tool's own and not this harness's. A non-zero exit is an error: the
 * benchmark's inputs are meant to be clean.
 */
export async function timedNode(args: readonly string[]): Promise<CliRun> {
  if (!existsSync(GNU_TIME))
    throw new Error(
      `${GNU_TIME} is missing: the benchmark reads peak memory and CPU time from GNU time (apt-get install time)`,
    );
  const started = performance.now();
  const child = spawn(GNU_TIME, ["-v", process.execPath, ...args], {
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
  if (exitCode !== 0) {
    throw new Error(
      `node ${args.join(" ")} exited with ${exitCode}\n${stderr.split("\n").slice(-20).join("\n")}`,
    );
  }
  const lines = stdout
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    seconds,
    ...parseGnuTime(stderr),
    summary: lines[0] ?? "",
    lines,
  };
}

/** Runs one of the project's tools (scripts/cli.js: ingest or publish) with its arguments. */
export function timedTool(
  tool: "ingest" | "publish",
  args: readonly string[],
): Promise<CliRun> {
  return timedNode([path.join(projectRoot, "scripts/cli.js"), tool, ...args]);
}
