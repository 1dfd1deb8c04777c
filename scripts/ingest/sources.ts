import { createReadStream } from "node:fs";
import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Rejection, SourceEvent } from "./ingest-item.ts";
import { readJsonFeed } from "./json-feed.ts";
import { parseTextArticle } from "./text-article.ts";
import { readXmlFeed } from "./xml-feed.ts";

export type SourceFormat = "text" | "json" | "xml";

/** One file or URL to read. `name` is how messages refer to it. */
export interface SourceRef {
  name: string;
  file?: string;
  url?: string;
  format?: SourceFormat;
}

/** What an http(s) server said identifies its last answer, sent back to ask "changed since?". */
export interface HttpValidators {
  etag?: string;
  lastModified?: string;
}

/** Sources larger than this are refused unless `--max-bytes` says otherwise. */
export const DEFAULT_MAX_BYTES = 50 * 2 ** 20;

export interface ReadOptions {
  zone?: string;
  fetchTimeoutMs: number;
  /** The largest source accepted (DEFAULT_MAX_BYTES when absent). */
  maxBytes?: number;
  /** Validators remembered from the last run, for a conditional request (URLs only). */
  validators?: HttpValidators;
}

/** A source that could not be read at all: nothing of it is ingested, and the run says so. */
export interface UnreadableSource {
  kind: "unreadable";
  rejection: Rejection;
}

export type LoadedSource =
  | UnreadableSource
  /** An http(s) source answered 304 Not Modified to a conditional request. */
  | { kind: "not-modified" }
  | {
      kind: "read";
      events: Iterable<SourceEvent> | AsyncIterable<SourceEvent>;
      /** The validators of an http(s) answer, to remember for the next run. */
      validators?: HttpValidators;
    };

function unreadable(name: string, reason: string): UnreadableSource {
  return {
    kind: "unreadable",
    rejection: { location: name, field: "source", reason },
  };
}

const EXTENSIONS: Record<string, SourceFormat> = {
  ".txt": "text",
  ".json": "json",
  ".xml": "xml",
  ".rss": "xml",
  ".atom": "xml",
};

function formatOf(file: string): SourceFormat | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase()];
}

function displayName(file: string): string {
  return file.split(path.sep).join("/");
}

/**
 * Expands SOURCE arguments: URLs as they are, files as they are, folders into their supported
 * files (recursively, dot files skipped, sorted by path so every run reads them in the same order).
 */
export async function expandSources(
  args: readonly string[],
): Promise<(SourceRef | UnreadableSource)[]> {
  const refs: (SourceRef | UnreadableSource)[] = [];
  for (const arg of args) {
    if (/^https?:\/\//i.test(arg)) {
      refs.push({ name: arg, url: arg });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (error) {
      refs.push(unreadable(arg, describeFsError(error)));
      continue;
    }
    if (!info.isDirectory()) {
      const format = formatOf(arg);
      refs.push({
        name: displayName(arg),
        file: arg,
        ...(format ? { format } : {}),
      });
      continue;
    }
    const entries = await readdir(arg, {
      recursive: true,
      withFileTypes: true,
    });
    const files = entries
      .filter((entry) => entry.isFile() && formatOf(entry.name) !== undefined)
      .map((entry) => path.join(entry.parentPath, entry.name))
      .filter(
        (file) =>
          !path
            .relative(arg, file)
            .split(path.sep)
            .some((part) => part.startsWith(".")),
      )
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const file of files)
      refs.push({
        name: displayName(file),
        file,
        format: formatOf(file) as SourceFormat,
      });
  }
  return refs;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  return (error as Error).message;
}

/** Without a known extension or content type, the first character tells JSON and XML from text. */
function sniff(text: string): SourceFormat {
  const start = text.replace(/^[\s\ufeff]+/, "")[0];
  return start === "{" ? "json" : start === "<" ? "xml" : "text";
}

function basenameOf(name: string): string {
  const base = name.split(/[/\\]/).filter(Boolean).at(-1) ?? name;
  return base.replace(/\.[^.]*$/, "");
}

function parseText(
  text: string,
  format: SourceFormat,
  ref: SourceRef,
  options: ReadOptions,
): Iterable<SourceEvent> | AsyncIterable<SourceEvent> {
  const zone = options.zone ? { zone: options.zone } : {};
  if (format === "json")
    return readJsonFeed(() => [text], { sourceName: ref.name, ...zone });
  if (format === "xml")
    return readXmlFeed(text, { sourceName: ref.name, ...zone });
  const basename = basenameOf(ref.url ? new URL(ref.url).pathname : ref.name);
  return [parseTextArticle(text, { sourceName: ref.name, basename, ...zone })];
}

type Fetched =
  | UnreadableSource
  | { kind: "not-modified" }
  | {
      kind: "fetched";
      text: string;
      format: SourceFormat;
      validators: HttpValidators;
    };

async function fetchText(
  ref: SourceRef & { url: string },
  options: ReadOptions,
): Promise<Fetched> {
  const { etag, lastModified } = options.validators ?? {};
  let response: Response;
  try {
    response = await fetch(ref.url, {
      signal: AbortSignal.timeout(options.fetchTimeoutMs),
      headers: {
        Accept:
          "application/feed+json, application/json, application/rss+xml, application/atom+xml, application/xml, text/xml, text/plain;q=0.9, */*;q=0.5",
        ...(etag ? { "If-None-Match": etag } : {}),
        ...(lastModified ? { "If-Modified-Since": lastModified } : {}),
      },
    });
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError"
        ? `no answer within ${options.fetchTimeoutMs / 1000} s`
        : `could not fetch (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message})`;
    return unreadable(ref.name, reason);
  }
  if (response.status === 304) {
    await response.body?.cancel();
    return { kind: "not-modified" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    return unreadable(
      ref.name,
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`,
    );
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError"
        ? `no complete answer within ${options.fetchTimeoutMs / 1000} s`
        : (error as Error).message;
    return unreadable(ref.name, reason);
  }
  const type = response.headers.get("content-type") ?? "";
  const format = /json/i.test(type)
    ? "json"
    : /xml/i.test(type)
      ? "xml"
      : (formatOf(new URL(ref.url).pathname) ?? sniff(text));
  const validators: HttpValidators = {};
  const newEtag = response.headers.get("etag");
  const newLastModified = response.headers.get("last-modified");
  if (newEtag) validators.etag = newEtag;
  if (newLastModified) validators.lastModified = newLastModified;
  return { kind: "fetched", text, format, validators };
}

/**
 * Starts reading one source. A small file is read and parsed at once (so many can be in flight);
 * a JSON Feed file is streamed lazily. Never rejects: a source that cannot be read is "unreadable".
 */
export async function loadSource(
  ref: SourceRef,
  options: ReadOptions,
): Promise<LoadedSource> {
  try {
    if (ref.url !== undefined) {
      const fetched = await fetchText({ ...ref, url: ref.url }, options);
      if (fetched.kind !== "fetched") return fetched;
      return {
        kind: "read",
        events: parseText(fetched.text, fetched.format, ref, options),
        validators: fetched.validators,
      };
    }
    const file = ref.file ?? ref.name;
    if (ref.format === "json") {
      const zone = options.zone ? { zone: options.zone } : {};
      // Read lazily in 64 KiB pieces; stat first so a missing file is a clean rejection. Pieces this
      // size mostly stay below V8's large-object threshold (128 KiB), so each chunk and the scanner's
      // buffer die young; 1 MiB pieces went straight to the old generation and, twice over a 169 MB
      // feed, grew the heap to ~400 MB between full collections.
      await stat(file);
      return {
        kind: "read",
        events: readJsonFeed(
          () =>
            createReadStream(file, {
              encoding: "utf8",
              highWaterMark: 1 << 16,
            }),
          { sourceName: ref.name, ...zone },
        ),
      };
    }
    // Synchronous: for small files it is several times faster than the promise API.
    const text = readFileSync(file, "utf8");
    return {
      kind: "read",
      events: parseText(text, ref.format ?? sniff(text), ref, options),
    };
  } catch (error) {
    return unreadable(ref.name, describeFsError(error));
  }
}
