/**
 * Builds the site the browser tests run against, the way a publisher deploys Bulletin:
 *
 *   1. `vite build` into a scratch folder (the production bundle, nothing test-specific);
 *   2. the ingest reads the fixed test sources (test/e2e/content) into a fresh archive;
 *   3. publish writes that archive into the built site.
 *
 * The Playwright config then serves the folder as a plain static site.
 */
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { build } from "vite";
import { archiveFile, contentDir, repoRoot, siteDir } from "./site.ts";

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: "inherit" });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`,
    );
  }
}

await build({
  root: repoRoot,
  configFile: path.join(repoRoot, "vite.config.ts"),
  logLevel: "warn",
  build: { outDir: siteDir, emptyOutDir: true },
});

// Whatever data the build copied from public/ is not the test data set.
await rm(path.join(siteDir, "data"), { recursive: true, force: true });
for (const suffix of ["", "-wal", "-shm"]) {
  await rm(`${archiveFile}${suffix}`, { force: true });
}
run("npm", [
  "run",
  "--silent",
  "ingest",
  "--",
  "--archive",
  archiveFile,
  contentDir,
]);
run("npm", [
  "run",
  "--silent",
  "publish",
  "--",
  "--archive",
  archiveFile,
  "--out",
  siteDir,
]);
console.log(`Browser test site ready in ${path.relative(repoRoot, siteDir)}`);
