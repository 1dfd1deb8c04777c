/**
 * Builds the site the browser tests run against, the way a publisher deploys Bulletin:
 *
 *   1. `vite build` into a scratch folder (the production bundle, nothing test-specific);
 *   2. the ingest turns the fixed test sources (test/e2e/content) into a data folder;
 *   3. that folder replaces the build's `data/`, without rebuilding.
 *
 * The Playwright config then serves the folder as a plain static site with an SPA fallback.
 */
import { spawnSync } from "node:child_process";
import { cp, rm } from "node:fs/promises";
import path from "node:path";
import { build } from "vite";
import { contentDir, dataDir, repoRoot, siteDir } from "./site.ts";

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

await rm(dataDir, { recursive: true, force: true });
run("npm", ["run", "--silent", "ingest", "--", "--out", dataDir, contentDir]);

// Whatever data the build copied from public/ is replaced by the test data set.
const siteData = path.join(siteDir, "data");
await rm(siteData, { recursive: true, force: true });
await cp(dataDir, siteData, { recursive: true });
console.log(`Browser test site ready in ${path.relative(repoRoot, siteDir)}`);
