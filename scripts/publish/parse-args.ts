import { parseArgs } from "node:util";
import { DEFAULT_ARCHIVE } from "../archive/default-archive.ts";
import { RECENT_SEARCH_LIMIT, type SearchMode } from "./search-index.ts";

export const USAGE = `Usage: npm run publish -- [--archive PATH] [--out SITE | --data DIR] [--site-url URL] [--search | --no-search] [--wait SECONDS]

Writes the archive into a built site: only the files whose content changed.

  --archive PATH    the archive to publish (default: ${DEFAULT_ARCHIVE})
  --out SITE        the site folder made by vite build (default: dist)
  --data DIR        write only the data folder, into DIR (for npm run dev: public/data)
  --site-url URL    where the site is deployed, for absolute addresses in feeds
  --search          rebuild the whole search index (at 100,000 articles that takes minutes:
                    schedule it apart from frequent publishes, e.g. nightly); by default publish
                    indexes only the articles changed since it was built, in a small recent
                    index, and rebuilds it once more than ${RECENT_SEARCH_LIMIT.toLocaleString("en")} have changed
  --no-search       leave the search indexes alone
  --wait SECONDS    when another run holds the archive, wait this long for it (default: 0)
  --help            show this help`;

export type PublishCliOptions =
  | { help: true }
  | {
      help: false;
      archive: string;
      target: { kind: "site" | "data"; folder: string };
      siteUrl?: string;
      search: SearchMode;
      waitMs: number;
    };

export class UsageError extends Error {}

/** Reads the command line; throws UsageError for anything the user must fix (exit status 2). */
export function parsePublishArgs(args: readonly string[]): PublishCliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: false,
      strict: true,
      options: {
        archive: { type: "string" },
        out: { type: "string" },
        data: { type: "string" },
        "site-url": { type: "string" },
        wait: { type: "string" },
        search: { type: "boolean" },
        "no-search": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  if (values.out !== undefined && values.data !== undefined)
    throw new UsageError("--out and --data: give one of them");
  if (values.search && values["no-search"])
    throw new UsageError("--search and --no-search: give one of them");
  for (const name of ["archive", "out", "data"] as const) {
    if (values[name] !== undefined && !values[name].trim())
      throw new UsageError(`--${name}: needs a path`);
  }
  const siteUrl = values["site-url"];
  if (siteUrl !== undefined && !/^https?:\/\/[^/]/i.test(siteUrl)) {
    throw new UsageError(`--site-url: "${siteUrl}" is not an http(s) URL`);
  }
  const wait = values.wait === undefined ? 0 : Number(values.wait);
  if (!Number.isFinite(wait) || wait < 0 || values.wait?.trim() === "")
    throw new UsageError(`--wait: "${values.wait}" is not a number of seconds`);
  return {
    help: false,
    archive: values.archive ?? DEFAULT_ARCHIVE,
    target:
      values.data !== undefined
        ? { kind: "data", folder: values.data }
        : { kind: "site", folder: values.out ?? "dist" },
    ...(siteUrl === undefined ? {} : { siteUrl }),
    search: values.search
      ? "rebuild"
      : values["no-search"]
        ? "skip"
        : "incremental",
    waitMs: wait * 1000,
  };
}
