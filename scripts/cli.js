/**
 * Runs one of Bulletin's command-line tools from a bundle: `node scripts/cli.js ingest|publish ARGS`.
 *
 * Node 20 cannot run TypeScript itself, and running it through tsx costs about 0.5 s of start-up
 * plus a transform of every module on each run: more than a scheduled "ingest the last hour and
 * publish" should take (issue 8: 100 new articles in 2 s). So the tools are bundled once with
 * esbuild into node_modules/.cache and bundled again only when one of their source files changed.
 * Plain JavaScript on purpose: this file runs before anything can compile TypeScript.
 */
import {
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "..");
const TOOLS = {
  ingest: "scripts/ingest/cli.ts",
  publish: "scripts/publish/cli.ts",
};
// Worker threads the tools start, bundled beside them (scripts/ingest/worker-batches.ts finds it).
const WORKERS = {
  "prepare-worker": "scripts/ingest/prepare-worker.ts",
};
const bundleDir = path.join(root, "node_modules", ".cache", "bulletin-cli");
const inputsFile = path.join(bundleDir, "inputs.json");

/** The modification time of a file in milliseconds, or Infinity when it is gone. */
function modified(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** True when the bundles exist and no source file they were made from changed since. */
function isFresh() {
  let inputs;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, "utf8"));
  } catch {
    return false;
  }
  const built = modified(inputsFile);
  // A bundle made before a tool or worker was added lacks its file.
  const bundles = Object.keys({ ...TOOLS, ...WORKERS }).map((name) =>
    path.join(bundleDir, `${name}.mjs`),
  );
  return (
    bundles.every((bundle) => modified(bundle) <= built) &&
    inputs.every((input) => modified(path.join(root, input)) <= built)
  );
}

/**
 * Bundles every tool into a staging folder, then renames each file into place, the list of inputs
 * last: a rename replaces a file whole, so a run starting meanwhile (tests start several at once)
 * finds either the old bundle or the new one, never none.
 */
async function bundle() {
  const { build } = await import("esbuild");
  const staging = path.join(bundleDir, `.staging-${process.pid}`);
  const result = await build({
    absWorkingDir: root,
    entryPoints: { ...TOOLS, ...WORKERS },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Packages load from node_modules as they do under tsx: native libsql, jsdom, pagefind.
    packages: "external",
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    sourcemap: "linked",
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(
    path.join(staging, "inputs.json"),
    JSON.stringify(Object.keys(result.metafile.inputs)),
  );
  const files = readdirSync(staging).sort((a, b) =>
    a === "inputs.json" ? 1 : b === "inputs.json" ? -1 : 0,
  );
  for (const file of files) {
    renameSync(path.join(staging, file), path.join(bundleDir, file));
  }
  rmSync(staging, { recursive: true, force: true });
}

const [name, ...args] = process.argv.slice(2);
if (!Object.hasOwn(TOOLS, name ?? "")) {
  process.stderr.write(
    `Usage: node scripts/cli.js ${Object.keys(TOOLS).join("|")} ARGS...\n`,
  );
  process.exit(2);
}
if (!isFresh()) await bundle();
// Stack traces point into the TypeScript sources, not the bundle.
process.setSourceMapsEnabled(true);
const entry = path.join(bundleDir, `${name}.mjs`);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(entry).href);
