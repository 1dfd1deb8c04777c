import { execFile, spawn, type ChildProcess } from "node:child_process";
import {
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach } from "vitest";
import { Archive } from "../../../scripts/archive/archive.ts";
import { formatRejection } from "../../../scripts/ingest/ingest-item.ts";
import {
  runIngest,
  type IngestOptions,
} from "../../../scripts/ingest/run-ingest.ts";
import { runPublish } from "../../../scripts/publish/run-publish.ts";
import type { SearchMode } from "../../../scripts/publish/search-index.ts";
import { SiteWriter } from "../../../scripts/publish/site-writer.ts";
import type { PageRenderer } from "../../../scripts/publish/page-renderer.ts";

/** Shared helpers for the archive, ingest and publish tests: temporary folders, runs, CLIs, feeds. */

export const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../..",
);

/** A fresh temporary folder per test, removed afterwards. */
export function temporaryWorkFolder(): { readonly path: string } {
  const holder = { path: "" };
  beforeEach(async () => {
    holder.path = await mkdtemp(path.join(tmpdir(), "bulletin-test-"));
  });
  afterEach(async () => {
    await rm(holder.path, { recursive: true, force: true });
  });
  return holder;
}

/** One ingest run, in this process, as the CLI runs it: begin, read, commit. */
export async function ingestInto(
  archiveFile: string,
  sources: string[],
  options: Partial<Omit<IngestOptions, "archive" | "sources">> = {},
) {
  const messages: string[] = [];
  const archive = Archive.open(archiveFile, { create: true });
  try {
    archive.begin("test ingest", 0);
    const counts = await runIngest({
      archive,
      sources,
      fetchTimeoutMs: 2000,
      onRejection: (rejection) => messages.push(formatRejection(rejection)),
      onWarning: (warning) =>
        messages.push(`warning: ${formatRejection(warning)}`),
      ...options,
    });
    archive.commit();
    return { counts, messages, articles: archive.stats().articles };
  } finally {
    archive.close();
  }
}

/**
 * A stand-in for the app's page renderer, for tests of what publish writes and when: each page is
 * its path and the data it was given, so a test sees exactly which pages changed.
 */
export const fakeRenderer: PageRenderer = {
  render: async (appPath, data) => ({
    kind: "page",
    status: appPath === "/404.html" ? 404 : 200,
    head: `<title>${appPath}</title>`,
    body: `<main>${JSON.stringify(data).replaceAll("<", "&lt;")}</main>`,
    state: {
      url: appPath,
      data,
      router: {},
    },
  }),
  address: (appPath) => appPath,
};

/**
 * One publish run, in this process; `shell` makes it a whole site (pages from `renderer`, by default
 * the stand-in) rather than a data folder.
 */
export async function publishInto(
  archiveFile: string,
  folder: string,
  options: {
    shell?: string;
    siteUrl?: string;
    renderer?: PageRenderer;
    search?: SearchMode;
    recentSearchLimit?: number;
  } = {},
) {
  const archive = Archive.open(archiveFile, { create: false });
  const writer = new SiteWriter(folder);
  try {
    archive.begin("test publish", 0);
    writer.open();
    return await runPublish({
      archive,
      writer,
      ...(options.shell
        ? {
            site: {
              shell: Buffer.from(options.shell),
              renderer: options.renderer ?? fakeRenderer,
            },
          }
        : {}),
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      ...(options.search ? { search: options.search } : {}),
      ...(options.recentSearchLimit === undefined
        ? {}
        : { recentSearchLimit: options.recentSearchLimit }),
    });
  } finally {
    writer.close();
    archive.close();
  }
}

/**
 * Builds the app (shell, assets and page renderer) into `outDir`, as `vite build` does for a site;
 * a few seconds, so a test file does it once.
 */
export async function buildApp(outDir: string): Promise<string> {
  const { build } = await import("vite");
  await build({
    root: repoRoot,
    configFile: path.join(repoRoot, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** An app shell as vite build writes it, minimal. */
export const TEST_SHELL =
  '<!doctype html><html lang="en"><head><meta name="generator" content="Bulletin" /></head><body><div id="root"></div></body></html>\n';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

// As package.json runs them: scripts/cli.js runs the tool's bundle in its own process, so signals
// reach the tool itself.
const cli = [process.execPath, path.join(repoRoot, "scripts/cli.js")] as const;

/** Runs `npm run ingest` or `npm run publish`'s script with these arguments, in `cwd`. */
export async function runCli(
  command: "ingest" | "publish",
  args: string[],
  cwd: string,
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      cli[0],
      [cli[1], command, ...args],
      { cwd },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Starts a CLI run without waiting for it, for tests that kill or race it. */
export function startCli(
  command: "ingest" | "publish",
  args: string[],
  cwd: string,
): ChildProcess {
  return spawn(cli[0], [cli[1], command, ...args], {
    cwd,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** Resolves with a child's exit code and output. */
export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) =>
    child.on("exit", (code, signal) =>
      resolve({
        code: code ?? (signal === "SIGKILL" ? 137 : 1),
        stdout,
        stderr,
      }),
    ),
  );
}

export interface FeedItem {
  id: string;
  title: string;
  content_text?: string;
  content_html?: string;
  date_published?: string;
  date_modified?: string;
  url?: string;
  tags?: string[];
}

/** A JSON Feed 1.1 document. */
export function jsonFeed(items: FeedItem[], title = "Test Feed"): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title,
    items,
  });
}

export async function writeJsonFeed(
  file: string,
  items: FeedItem[],
): Promise<string> {
  await writeFile(file, jsonFeed(items));
  return file;
}

/** Every file under `folder` as [relative path, what `read` makes of it]. */
async function treeEntries<T>(
  folder: string,
  read: (file: string) => Promise<T>,
): Promise<(readonly [string, T])[]> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true });
  return Promise.all(
    files
      .filter((file) => file.isFile())
      .map(async (file) => {
        const full = path.join(file.parentPath, file.name);
        return [path.relative(folder, full), await read(full)] as const;
      }),
  );
}

/** Every file under `folder`, relative path → contents. */
export async function readTree(
  folder: string,
): Promise<Record<string, string>> {
  const entries = await treeEntries(folder, (file) => readFile(file, "utf8"));
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every file under `folder`, relative path → modification time in ms. */
export async function modificationTimes(
  folder: string,
): Promise<Record<string, number>> {
  return Object.fromEntries(
    await treeEntries(folder, async (file) => (await stat(file)).mtimeMs),
  );
}

export type Handler = (
  request: IncomingMessage,
  response: ServerResponse,
) => void;

/** An http server on 127.0.0.1 whose answers a test sets with `handle`. */
export async function startFeedServer() {
  let handler: Handler = (_request, response) => {
    response.writeHead(404);
    response.end();
  };
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    handle(next: Handler) {
      handler = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
