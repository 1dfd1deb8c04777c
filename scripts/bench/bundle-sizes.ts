import { readFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { BuiltApp } from "./build-apps.ts";
import { htmlEntryKey, initialJsFiles } from "./vite-manifest.ts";

/** A URL shape and the lazy chunks (manifest keys) its first paint waits for. */
export interface RouteChunks {
  route: string;
  lazy: readonly string[];
}

/**
 * The app's routes. Both pages are in the initial chunk (an article page that is a lazy chunk could
 * get stuck failing to load); a route whose page becomes lazy names its chunk here.
 */
export const appRoutes: readonly RouteChunks[] = [
  { route: "/ and /articles/:ref", lazy: [] },
];

export interface InitialJs {
  files: string[];
  rawBytes: number;
  /** Each file gzipped on its own (level 9), as a static host or CDN would serve it. */
  gzipBytes: number;
}

async function gzipSize(file: string): Promise<{ raw: number; gzip: number }> {
  const contents = await readFile(file);
  return {
    raw: contents.byteLength,
    gzip: gzipSync(contents, { level: 9 }).byteLength,
  };
}

export async function initialJs(
  app: BuiltApp,
  lazy: readonly string[] = [],
): Promise<InitialJs> {
  const files = initialJsFiles(app.manifest, htmlEntryKey(app.manifest), lazy);
  const sizes = await Promise.all(
    files.map((file) => gzipSize(path.join(app.outDir, file))),
  );
  return {
    files,
    rawBytes: sizes.reduce((sum, size) => sum + size.raw, 0),
    gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
  };
}
