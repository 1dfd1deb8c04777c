import { readFile } from "node:fs/promises";
import path from "node:path";
import { build } from "vite";
import type { Manifest } from "./vite-manifest.ts";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export interface BuiltApp {
  outDir: string;
  manifest: Manifest;
}

/**
 * Builds with Vite's API in this process rather than `npx vite build`: no npm or second Node start,
 * which keeps the budget check (part of `npm test`) to a few seconds. `build.manifest` tells us
 * which chunk each page loads.
 */
async function viteBuild(
  configFile: string,
  root: string,
  outDir: string,
): Promise<BuiltApp> {
  await build({
    configFile,
    root,
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      reportCompressedSize: false,
    },
  });
  const manifest = JSON.parse(
    await readFile(path.join(outDir, ".vite", "manifest.json"), "utf8"),
  ) as Manifest;
  return { outDir, manifest };
}

/** The app as `vite build` makes it (without the ingest: the benchmark serves its own data). */
export function buildApp(outDir: string): Promise<BuiltApp> {
  return viteBuild(
    path.join(projectRoot, "vite.config.ts"),
    projectRoot,
    outDir,
  );
}

/** The floor app in bench/floor, resolved against the project's node_modules. */
export function buildFloor(outDir: string): Promise<BuiltApp> {
  const root = path.join(projectRoot, "bench", "floor");
  return viteBuild(path.join(root, "vite.config.ts"), root, outDir);
}
