import type { Stats } from "node:fs";
import { createReadStream } from "node:fs";
import { open, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import {
  charsetOf,
  decodeChunks,
  textEncoding,
  UnsupportedEncodingError,
  xmlEncoding,
} from "./decode-text.ts";
import type { Rejection, SourceEvent } from "./ingest-item.ts";
import { readJsonFeed, type ByteChunks } from "./json-feed.ts";
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

/**
 * The most bytes read into memory for one http(s) answer or one text file (`--max-bytes`). Feed
 * files are streamed and hold one item at a time, so they are not limited as a whole; one of their
 * items is (see docs/ingest.md).
 */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  zone?: string;
  fetchTimeoutMs: number;
  /** Validators remembered from the last run, for a conditional request (URLs only). */
  validators?: HttpValidators;
  /** DEFAULT_MAX_BYTES when absent. */
  maxBytes?: number;
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

type FileKind = Pick<
  Stats,
  | "isFile"
  | "isDirectory"
  | "isFIFO"
  | "isCharacterDevice"
  | "isBlockDevice"
  | "isSocket"
>;

/** Why a path that exists is not a file to read, or undefined when it is a regular file. */
function notAFile(info: FileKind): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "is a folder, not a file";
  // Opening a FIFO would wait for a writer for ever, and a device never ends.
  if (info.isFIFO())
    return "is a FIFO (named pipe), not a regular file; save the feed to a file first";
  if (info.isCharacterDevice() || info.isBlockDevice())
    return "is a device, not a regular file";
  if (info.isSocket()) return "is a socket, not a regular file";
  return "is not a regular file";
}

function tooLarge(maxBytes: number): string {
  const mebibytes = maxBytes / (1024 * 1024);
  const limit =
    mebibytes >= 1
      ? `${Number.isInteger(mebibytes) ? mebibytes : mebibytes.toFixed(1)} MiB (${maxBytes} bytes)`
      : `${maxBytes} bytes`;
  return `larger than the limit of ${limit}; raise it with --max-bytes`;
}

/**
 * Files of a folder and its sub-folders, sorted by path: dot files and folders skipped, symbolic
 * links followed (a link to a folder already being read, a loop, is reported and not followed
 * again; so is a broken link), files of other extensions ignored.
 */
async function folderSources(
  root: string,
): Promise<(SourceRef | UnreadableSource)[]> {
  const found: { file: string; entry: SourceRef | UnreadableSource }[] = [];
  const walk = async (folder: string, ancestors: Set<string>) => {
    const entries = await readdir(folder, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const file = path.join(folder, entry.name);
      const name = displayName(file);
      let kind: FileKind = entry;
      if (entry.isSymbolicLink()) {
        try {
          kind = await stat(file);
        } catch (error) {
          const reason =
            (error as NodeJS.ErrnoException).code === "ELOOP"
              ? "is a symbolic link that loops"
              : "is a broken symbolic link";
          found.push({ file, entry: unreadable(name, reason) });
          continue;
        }
      }
      if (kind.isFile()) {
        const format = formatOf(entry.name);
        if (format) found.push({ file, entry: { name, file, format } });
      } else if (kind.isDirectory()) {
        const real = await realpath(file);
        if (ancestors.has(real)) {
          found.push({
            file,
            entry: unreadable(
              name,
              "is a symbolic link to a folder that contains it (a loop); not followed",
            ),
          });
          continue;
        }
        await walk(file, new Set([...ancestors, real]));
      } else if (formatOf(entry.name)) {
        found.push({ file, entry: unreadable(name, notAFile(kind) ?? "") });
      }
    }
  };
  await walk(root, new Set([await realpath(root)]));
  return found
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(({ entry }) => entry);
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
    let info: Stats;
    try {
      info = await stat(arg);
    } catch (error) {
      refs.push(unreadable(arg, describeFsError(error)));
      continue;
    }
    if (info.isDirectory()) {
      try {
        refs.push(...(await folderSources(arg)));
      } catch (error) {
        refs.push(unreadable(arg, describeFsError(error)));
      }
      continue;
    }
    const why = notAFile(info);
    if (why) {
      refs.push(unreadable(displayName(arg), why));
      continue;
    }
    const format = formatOf(arg);
    refs.push({
      name: displayName(arg),
      file: arg,
      ...(format ? { format } : {}),
    });
  }
  return refs;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return (error as Error).message;
}

/** Without a known extension or content type, the first character tells JSON and XML from text. */
function sniff(head: Uint8Array): SourceFormat {
  const start = Buffer.from(head.buffer, head.byteOffset, head.length)
    .toString("utf8")
    .replace(/^[\s\ufeff\ufffe\0]+/, "")[0];
  return start === "{" ? "json" : start === "<" ? "xml" : "text";
}

function basenameOf(name: string): string {
  const base = name.split(/[/\\]/).filter(Boolean).at(-1) ?? name;
  return base.replace(/\.[^.]*$/, "");
}

/** Warnings raised while decoding, yielded between the parser's own events. */
async function* withWarnings(
  events: AsyncIterable<SourceEvent> | Iterable<SourceEvent>,
  warnings: Rejection[],
): AsyncGenerator<SourceEvent> {
  for await (const event of events) {
    for (const warning of warnings.splice(0))
      yield { kind: "warning", warning };
    yield event;
  }
  for (const warning of warnings.splice(0)) yield { kind: "warning", warning };
}

interface Body {
  /** Re-readable: a JSON Feed whose own fields follow its items is read twice. */
  chunks: ByteChunks;
  head: Uint8Array;
  charset?: string;
}

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  await Promise.resolve();
  yield bytes;
}

async function parseBody(
  body: Body,
  format: SourceFormat,
  ref: SourceRef,
  options: ReadOptions,
): Promise<AsyncIterable<SourceEvent>> {
  const zone = options.zone ? { zone: options.zone } : {};
  const warnings: Rejection[] = [];
  const onWarning = (warning: Rejection) => warnings.push(warning);
  if (format === "json")
    return readJsonFeed(body.chunks, { sourceName: ref.name, ...zone });
  if (format === "xml") {
    const encoding = xmlEncoding(body.head, body.charset);
    const text = () =>
      decodeChunks(body.chunks(), encoding, ref.name, onWarning);
    return withWarnings(
      readXmlFeed(text, { sourceName: ref.name, ...zone }),
      warnings,
    );
  }
  const encoding = textEncoding(body.head, body.charset);
  let text = "";
  for await (const piece of decodeChunks(
    body.chunks(),
    encoding,
    ref.name,
    onWarning,
  ))
    text += piece;
  const basename = basenameOf(ref.url ? new URL(ref.url).pathname : ref.name);
  let event: SourceEvent;
  try {
    event = parseTextArticle(text, { sourceName: ref.name, basename, ...zone });
  } catch (error) {
    event = {
      kind: "rejection",
      rejection: {
        location: ref.name,
        field: "text",
        reason: `could not be read: ${(error as Error).message}`,
      },
    };
  }
  return withWarnings([event], warnings);
}

type Fetched =
  | UnreadableSource
  | { kind: "not-modified" }
  | {
      kind: "fetched";
      bytes: Uint8Array;
      format: SourceFormat;
      charset?: string;
      validators: HttpValidators;
    };

/** Reads a response body up to `maxBytes`, cancelling it (not reading on) once it is larger. */
async function readLimited(
  response: Response,
  maxBytes: number,
): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    pieces.push(value);
  }
  return Buffer.concat(pieces, total);
}

async function fetchBody(
  ref: SourceRef & { url: string },
  options: ReadOptions,
  maxBytes: number,
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
  let bytes: Uint8Array | undefined;
  try {
    bytes = await readLimited(response, maxBytes);
  } catch (error) {
    const reason =
      (error as Error).name === "TimeoutError"
        ? `no complete answer within ${options.fetchTimeoutMs / 1000} s`
        : (error as Error).message;
    return unreadable(ref.name, reason);
  }
  if (!bytes)
    return unreadable(ref.name, `the answer is ${tooLarge(maxBytes)}`);
  const type = response.headers.get("content-type") ?? "";
  const format = /json/i.test(type)
    ? "json"
    : /xml/i.test(type)
      ? "xml"
      : (formatOf(new URL(ref.url).pathname) ?? sniff(bytes.subarray(0, 1024)));
  const validators: HttpValidators = {};
  const newEtag = response.headers.get("etag");
  const newLastModified = response.headers.get("last-modified");
  if (newEtag) validators.etag = newEtag;
  if (newLastModified) validators.lastModified = newLastModified;
  const charset = charsetOf(type);
  return {
    kind: "fetched",
    bytes,
    format,
    ...(charset ? { charset } : {}),
    validators,
  };
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Starts reading one source. Feed files are streamed lazily in 64 KiB pieces; a text file is read
 * whole. Never rejects: a source that cannot be read is "unreadable".
 */
export async function loadSource(
  ref: SourceRef,
  options: ReadOptions,
): Promise<LoadedSource> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  try {
    if (ref.url !== undefined) {
      const fetched = await fetchBody(
        { ...ref, url: ref.url },
        options,
        maxBytes,
      );
      if (fetched.kind !== "fetched") return fetched;
      const { bytes } = fetched;
      return {
        kind: "read",
        events: await parseBody(
          {
            chunks: () => oneChunk(bytes),
            head: bytes.subarray(0, 1024),
            ...(fetched.charset ? { charset: fetched.charset } : {}),
          },
          fetched.format,
          ref,
          options,
        ),
        validators: fetched.validators,
      };
    }
    const file = ref.file ?? ref.name;
    const info = await stat(file);
    const why = notAFile(info);
    if (why) return unreadable(ref.name, why);
    const head = await readHead(file);
    const format = ref.format ?? sniff(head);
    if (format === "text" && info.size > maxBytes)
      return unreadable(ref.name, `the file is ${tooLarge(maxBytes)}`);
    // 64 KiB pieces mostly stay below V8's large-object threshold (128 KiB), so each chunk dies
    // young; 1 MiB pieces went straight to the old generation and grew the heap by hundreds of MB.
    const chunks = () =>
      createReadStream(file, {
        highWaterMark: 1 << 16,
      }) as AsyncIterable<Buffer>;
    return {
      kind: "read",
      events: await parseBody({ chunks, head }, format, ref, options),
    };
  } catch (error) {
    if (error instanceof UnsupportedEncodingError)
      return unreadable(ref.name, error.message);
    return unreadable(ref.name, describeFsError(error));
  }
}
