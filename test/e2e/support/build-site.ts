/**
 * Builds the site the browser tests run against, the way a publisher deploys Bulletin:
 *
 *   1. `vite build` into a scratch folder (the production bundle, nothing test-specific);
 *   2. the ingest reads a first edition of the fixed test sources (test/e2e/content, with the seed
 *      under its former headline) into a fresh archive, then the sources as they are: the seed's
 *      headline is corrected, so the site has a former slug, as a real archive soon does;
 *   3. publish writes that archive into the built site, with the address the tests serve it at
 *      (so canonical and Open Graph addresses are absolute, and the sitemaps are written).
 *
 * The Playwright config then serves the folder as a plain static site.
 */
import { spawnSync } from "node:child_process";
import { cp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { build } from "vite";
import {
  archiveFile,
  baseURL,
  contentDir,
  repoRoot,
  siteDir,
  workDir,
} from "./site.ts";
import { seed } from "./test-data.ts";

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

const firstEdition = path.join(workDir, "content-first-edition");
await rm(firstEdition, { recursive: true, force: true });
await cp(contentDir, firstEdition, { recursive: true });
const seedFile = path.join(firstEdition, `${seed.basename}.txt`);
await writeFile(
  seedFile,
  (await readFile(seedFile, "utf8")).replaceAll(
    seed.headline,
    seed.formerHeadline,
  ),
);

for (const sources of [firstEdition, contentDir]) {
  run("npm", [
    "run",
    "--silent",
    "ingest",
    "--",
    "--archive",
    archiveFile,
    sources,
  ]);
}
run("npm", [
  "run",
  "--silent",
  "publish",
  "--",
  "--archive",
  archiveFile,
  "--out",
  siteDir,
  "--site-url",
  `${baseURL}/`,
]);
console.log(`Browser test site ready in ${path.relative(repoRoot, siteDir)}`);
