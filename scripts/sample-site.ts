import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runMain } from "./run-main.ts";

/**
 * Publishes the bundled sample content the way a publisher would publish theirs: content/ is
 * ingested into a fresh archive, which is then published into the built site (`npm run build`:
 * `--out dist`) or, for the dev server, into its data folder (`npm start`: `--data public/data`).
 * The archive is rebuilt every time, so the sample site always matches content/.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const archive = path.join(root, "node_modules/.cache/bulletin/sample.sqlite");

function run(script: string, args: string[]): number {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", path.join(root, script), ...args],
    { stdio: "inherit" },
  );
  return result.status ?? 1;
}

async function main(): Promise<number> {
  const target = process.argv.slice(2);
  for (const suffix of ["", "-wal", "-shm", ".lock"]) {
    rmSync(`${archive}${suffix}`, { force: true });
  }
  const ingested = run("scripts/ingest/cli.ts", [
    "--archive",
    archive,
    path.join(root, "content"),
  ]);
  // The sample content is all valid; a rejection there is a bug to see, not to publish around.
  if (ingested !== 0) return ingested;
  return run("scripts/publish/cli.ts", ["--archive", archive, ...target]);
}

runMain(main, 1);
