import { spawnSync } from "node:child_process";
import { statSync, utimesSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, runCli } from "./support/archive-runs.ts";

const inputsFile = path.join(
  repoRoot,
  "node_modules/.cache/bulletin-cli/inputs.json",
);

describe("scripts/cli.js, which npm run ingest and npm run publish start", () => {
  it("runs the tool it is named, from a bundle of the current sources", async () => {
    const result = await runCli("ingest", ["--help"], repoRoot);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run ingest/);
  });

  it("bundles again when a source file is newer than the bundle", async () => {
    await runCli("publish", ["--help"], repoRoot);
    // As if every source had been edited after the bundle was made.
    utimesSync(inputsFile, new Date(0), new Date(0));
    const result = await runCli("publish", ["--help"], repoRoot);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run publish/);
    expect(statSync(inputsFile).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
  });

  it("names the tools it knows when given another", async () => {
    const result = spawnSync(
      process.execPath,
      ["scripts/cli.js", "nonsense", "--help"],
      { cwd: repoRoot, encoding: "utf8" },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      "Usage: node scripts/cli.js ingest|publish ARGS...",
    );
  });
});
