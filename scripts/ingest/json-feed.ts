import { Tokenizer, TokenParser, TokenType } from "@streamparser/json";
import { Utf8Check } from "./decode-text.ts";
import {
  entryToEvents,
  type FeedContext,
  type FeedEntry,
  type FieldWarning,
} from "./feed-entry.ts";
import {
  rejectionEvent,
  warningEvent,
  type SourceEvent,
} from "./ingest-item.ts";
import { normaliseText } from "./normalise-text.ts";
import { isTimeZone } from "./zoned-time.ts";

export interface JsonFeedOptions {
  sourceName: string;
  zone?: string;
}

/** Bytes in pieces: a file read in chunks, or one body fetched from a URL. Callable twice. */
export type ByteChunks = () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

type JsonObject = Record<string, unknown>;

/** An item that cannot be read at all (it has no usable identity, or is not an object). */
class ItemError extends Error {
  readonly field: string;

  constructor(field: string, reason: string) {
    super(reason);
    this.field = field;
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "object"
    ? "an object"
    : `a ${typeof value} (${JSON.stringify(value)})`;
}

/** A string field; anything else is dropped with a warning. */
function optionalString(
  object: JsonObject,
  field: string,
  warnings: FieldWarning[],
  prefix = "",
): string | undefined {
  const value = object[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  warnings.push({
    field: `${prefix}${field}`,
    reason: `must be a string, not ${describe(value)}; left out`,
  });
  return undefined;
}

/** `authors` (1.1) or `author` (1.0): names only; avatars and profile URLs have no place in a byline. */
function authorNames(
  object: JsonObject,
  warnings: FieldWarning[],
  prefix = "",
): string[] {
  const field = object.authors === undefined ? "author" : "authors";
  const value = object.authors ?? object.author;
  if (value === undefined || value === null) return [];
  // A single author object where a list belongs is unambiguous.
  const authors = Array.isArray(value) ? value : [value];
  return authors.flatMap((author, index) => {
    const at = `${prefix}${field}${Array.isArray(value) ? `.${index}` : ""}`;
    if (typeof author === "string") return normaliseText(author) || [];
    if (!isObject(author)) {
      warnings.push({
        field: at,
        reason: `must be an object with a name, not ${describe(author)}; left out`,
      });
      return [];
    }
    return (
      normaliseText(optionalString(author, "name", warnings, `${at}.`) ?? "") ||
      []
    );
  });
}

function extensionZone(
  object: JsonObject,
  warnings: FieldWarning[],
  prefix = "",
): string | undefined {
  const extension = object._bulletin;
  if (extension === undefined || extension === null) return undefined;
  if (!isObject(extension)) {
    warnings.push({
      field: `${prefix}_bulletin`,
      reason: `must be an object, not ${describe(extension)}; left out`,
    });
    return undefined;
  }
  const zone = optionalString(
    extension,
    "time_zone",
    warnings,
    `${prefix}_bulletin.`,
  );
  if (zone !== undefined && !isTimeZone(zone)) {
    warnings.push({
      field: `${prefix}_bulletin.time_zone`,
      reason: `"${zone}" is not an IANA time zone such as Europe/Istanbul; left out`,
    });
    return undefined;
  }
  return zone;
}

function tagsOf(value: unknown, warnings: FieldWarning[]): string[] {
  if (value === undefined || value === null) return [];
  // One tag given as a string instead of a list of one.
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) {
    const strings = value.filter(
      (tag): tag is string => typeof tag === "string",
    );
    if (strings.length < value.length) {
      const wrong = value.find((tag) => typeof tag !== "string");
      warnings.push({
        field: "tags",
        reason: `must be a list of strings; ${describe(wrong)} left out`,
      });
    }
    return strings;
  }
  warnings.push({
    field: "tags",
    reason: `must be a list of strings, not ${describe(value)}; left out`,
  });
  return [];
}

/**
 * Reads one JSON Feed item's fields. A field of the wrong type is left out with a warning; an item
 * that is not an object, or whose id is not a string or number, is rejected (the id is its identity).
 */
export function jsonFeedEntry(value: unknown, location: string): FeedEntry {
  if (!isObject(value))
    throw new ItemError("item", `must be an object, not ${describe(value)}`);
  const warnings: FieldWarning[] = [];
  // The spec asks readers to coerce a numeric id to a string.
  const rawId = value.id;
  if (
    rawId !== undefined &&
    rawId !== null &&
    typeof rawId !== "string" &&
    typeof rawId !== "number"
  ) {
    throw new ItemError("id", `must be a string, not ${describe(rawId)}`);
  }
  const tags = tagsOf(value.tags, warnings);
  const contentHtml = optionalString(value, "content_html", warnings);
  const contentText = optionalString(value, "content_text", warnings);
  const summary = optionalString(value, "summary", warnings);
  const title = optionalString(value, "title", warnings);
  const published = optionalString(value, "date_published", warnings);
  const modified = optionalString(value, "date_modified", warnings);
  const url = optionalString(value, "url", warnings);
  const externalUrl = optionalString(value, "external_url", warnings);
  const image =
    optionalString(value, "image", warnings) ??
    optionalString(value, "banner_image", warnings);
  const language = optionalString(value, "language", warnings);
  const timeZone = extensionZone(value, warnings);
  return {
    location,
    ...(rawId === undefined || rawId === null ? {} : { id: String(rawId) }),
    ...(url ? { url } : {}),
    ...(externalUrl ? { externalUrl } : {}),
    ...(title === undefined ? {} : { title: { value: title, html: false } }),
    // Both may be present; the HTML is the richer one.
    ...(contentHtml?.trim()
      ? { content: { value: contentHtml, html: true } }
      : contentText?.trim()
        ? { content: { value: contentText, html: false } }
        : {}),
    ...(summary?.trim() ? { summary: { value: summary, html: false } } : {}),
    ...(image ? { image } : {}),
    ...(published
      ? { published: { field: "date_published", raw: published } }
      : {}),
    ...(modified ? { updated: { field: "date_modified", raw: modified } } : {}),
    authors: authorNames(value, warnings),
    tags,
    ...(language ? { language } : {}),
    ...(timeZone ? { timeZone } : {}),
    warnings,
  };
}

/** The feed-level members that say something about every item; the rest describe the feed itself. */
const FEED_FIELDS = [
  "version",
  "title",
  "home_page_url",
  "feed_url",
  "language",
  "author",
  "authors",
  "_bulletin",
];

// The spec's URLs; an http:// spelling or a trailing slash is unambiguous and accepted.
const VERSION = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.1)?\/?$/;

type Parsed =
  | { kind: "field"; key: string; value: unknown }
  | { kind: "item"; value: unknown; index: number }
  | { kind: "items-start" }
  | { kind: "items-not-list"; line: number }
  | { kind: "broken"; line: number; reason: string; items: number };

const LF = 0x0a;

/** Line numbers for byte offsets in a stream, remembering only the current and the previous chunk. */
class Lines {
  private chunks: { start: number; lines: number; bytes: Uint8Array }[] = [];
  private offset = 0;
  private lines = 0;

  push(bytes: Uint8Array): void {
    this.chunks = [
      ...this.chunks.slice(-1),
      { start: this.offset, lines: this.lines, bytes },
    ];
    this.offset += bytes.length;
    for (
      let index = bytes.indexOf(LF);
      index >= 0;
      index = bytes.indexOf(LF, index + 1)
    )
      this.lines += 1;
  }

  /** 1-based line of a byte offset (the last line when the offset is no longer known). */
  lineAt(offset: number): number {
    const chunk = this.chunks.find(
      ({ start, bytes }) => offset >= start && offset < start + bytes.length,
    );
    if (!chunk) return this.lines + 1;
    let lines = chunk.lines;
    const end = offset - chunk.start;
    for (
      let index = chunk.bytes.indexOf(LF);
      index >= 0 && index < end;
      index = chunk.bytes.indexOf(LF, index + 1)
    )
      lines += 1;
    return lines + 1;
  }

  byteAt(offset: number): number | undefined {
    const chunk = this.chunks.find(
      ({ start, bytes }) => offset >= start && offset < start + bytes.length,
    );
    return chunk?.bytes[offset - chunk.start];
  }
}

function describeByte(byte: number | undefined): string {
  if (byte === undefined) return "the end of the input";
  return byte >= 0x20 && byte < 0x7f
    ? JSON.stringify(String.fromCharCode(byte))
    : `byte 0x${byte.toString(16).padStart(2, "0").toUpperCase()}`;
}

/**
 * One streaming pass over a JSON Feed with @streamparser/json: the feed's own members and its items,
 * one at a time (an item is dropped from memory once yielded). A syntax error ends the pass with
 * "broken" after the items before it.
 */
async function* parseFeed(
  chunks: ByteChunks,
  onUtf8?: (check: Utf8Check) => void,
): AsyncGenerator<Parsed> {
  // Strings gathered as bytes and decoded once, not piece by piece: a fifth less CPU on a feed of
  // long texts (content_text is full of \n escapes, each of which ends a piece).
  const tokenizer = new Tokenizer({ stringBufferSize: 1 << 16 });
  const parser = new TokenParser({
    paths: [...FEED_FIELDS.map((field) => `$.${field}`), "$.items.*"],
    keepStack: false,
  });
  const lines = new Lines();
  const queue: Parsed[] = [];
  let depth = 0;
  let expectingKey = false;
  let key: string | undefined;
  let items = 0;
  let offset = 0;
  tokenizer.onToken = (info) => {
    offset = info.offset;
    const { token } = info;
    if (depth === 1) {
      if (expectingKey && token === TokenType.STRING) {
        key = info.value as string;
        expectingKey = false;
      } else if (token === TokenType.COMMA) expectingKey = true;
      else if (key === "items" && token !== TokenType.COLON) {
        queue.push(
          token === TokenType.LEFT_BRACKET
            ? { kind: "items-start" }
            : { kind: "items-not-list", line: lines.lineAt(offset) },
        );
        key = undefined;
      }
    }
    if (token === TokenType.LEFT_BRACE || token === TokenType.LEFT_BRACKET) {
      depth += 1;
      if (depth === 1) expectingKey = token === TokenType.LEFT_BRACE;
    } else if (
      token === TokenType.RIGHT_BRACE ||
      token === TokenType.RIGHT_BRACKET
    )
      depth -= 1;
    parser.write(info);
  };
  parser.onValue = ({ value, key: name, parent }) => {
    if (typeof name === "number") {
      if (!Array.isArray(parent)) return;
      items += 1;
      queue.push({ kind: "item", value, index: items });
    } else if (typeof name === "string")
      queue.push({ kind: "field", key: name, value });
  };
  tokenizer.onEnd = () => {
    if (!parser.isEnded) parser.end();
  };
  const broken = (reason: string, at: number): Parsed => ({
    kind: "broken",
    line: lines.lineAt(at),
    reason,
    items,
  });
  const utf8 = new Utf8Check();
  const write = (bytes: Uint8Array) => {
    lines.push(bytes);
    if (bytes.length > 0) tokenizer.write(bytes);
  };
  try {
    for await (const chunk of chunks()) {
      write(utf8.push(chunk));
      yield* queue.splice(0);
    }
    write(utf8.end());
    onUtf8?.(utf8);
    if (!tokenizer.isEnded) tokenizer.end();
  } catch (error) {
    onUtf8?.(utf8);
    yield* queue.splice(0);
    const message = (error as Error).message;
    const position = /absolute position "(\d+)"/.exec(message)?.[1];
    if (/ended in (?:the middle|mid-parsing)/.test(message))
      yield broken(
        "unexpected end of input; the file looks truncated",
        Number.MAX_SAFE_INTEGER,
      );
    else {
      const at = position === undefined ? offset : Number(position);
      yield broken(
        `not valid JSON: unexpected ${describeByte(lines.byteAt(at))}`,
        at,
      );
    }
    return;
  }
  yield* queue.splice(0);
  if (depth !== 0 || !parser.isEnded)
    yield broken(
      "unexpected end of input; the file looks truncated",
      Number.MAX_SAFE_INTEGER,
    );
}

function feedContext(
  fields: Map<string, unknown>,
  options: JsonFeedOptions,
  warnings: FieldWarning[],
): FeedContext {
  const feed = Object.fromEntries(fields) as JsonObject;
  const title = normaliseText(optionalString(feed, "title", warnings) ?? "");
  const homePage = optionalString(feed, "home_page_url", warnings);
  const feedUrl = optionalString(feed, "feed_url", warnings);
  const language = optionalString(feed, "language", warnings);
  const zone = extensionZone(feed, warnings) ?? options.zone;
  const baseUrl = [homePage, feedUrl].find(
    (candidate) => candidate && URL.canParse(candidate),
  );
  return {
    source: title || (baseUrl ? new URL(baseUrl).host : options.sourceName),
    authors: authorNames(feed, warnings),
    ...(language ? { language } : {}),
    ...(zone ? { timeZone: zone } : {}),
    ...(baseUrl ? { baseUrl } : {}),
  };
}

function itemEvents(
  parsed: Parsed & { kind: "item" },
  context: FeedContext,
  sourceName: string,
): SourceEvent[] {
  const location = `${sourceName}:item ${parsed.index}`;
  try {
    return entryToEvents(jsonFeedEntry(parsed.value, location), context);
  } catch (error) {
    if (error instanceof ItemError)
      return [rejectionEvent(location, error.field, error.message)];
    // Whatever went wrong, it went wrong for this item only.
    return [
      rejectionEvent(
        location,
        "item",
        `could not be read: ${(error as Error).message}`,
      ),
    ];
  }
}

/**
 * Reads a JSON Feed 1.0 or 1.1 as a stream: memory holds one chunk and one item. The feed's own
 * fields normally come before `items`; when `version` has not been seen by the first item, the
 * fields may all follow the items, so the first pass only collects them and a second reads the items.
 */
export async function* readJsonFeed(
  chunks: ByteChunks,
  options: JsonFeedOptions,
): AsyncGenerator<SourceEvent> {
  const { sourceName } = options;
  const fields = new Map<string, unknown>();
  let context: FeedContext | undefined;
  let deferred = false;
  let itemsSeen = false;
  let utf8: Utf8Check | undefined;

  const start = function* (): Generator<SourceEvent, boolean> {
    const version = fields.get("version");
    if (typeof version !== "string" || !VERSION.test(version.trim())) {
      yield rejectionEvent(
        sourceName,
        "version",
        `${version === undefined ? "missing" : JSON.stringify(version)}; a JSON Feed has "version": "https://jsonfeed.org/version/1.1" (or 1)`,
      );
      return false;
    }
    const warnings: FieldWarning[] = [];
    context = feedContext(fields, options, warnings);
    for (const warning of warnings)
      yield warningEvent(sourceName, warning.field, warning.reason);
    return true;
  };

  for await (const parsed of parseFeed(chunks, (check) => (utf8 = check))) {
    switch (parsed.kind) {
      case "field":
        if (context && parsed.key !== "version")
          yield warningEvent(
            sourceName,
            parsed.key,
            'comes after "items", so the items were read without it; put the feed\'s own fields first',
          );
        else fields.set(parsed.key, parsed.value);
        break;
      case "items-start":
        itemsSeen = true;
        if (!context && !deferred) {
          if (!fields.has("version")) deferred = true;
          else if (!(yield* start())) return;
        }
        break;
      case "items-not-list":
        itemsSeen = true;
        yield rejectionEvent(
          `${sourceName}:${parsed.line}`,
          "items",
          "must be a list",
        );
        break;
      case "item":
        if (context) yield* itemEvents(parsed, context, sourceName);
        break;
      case "broken": {
        yield* utf8Warning();
        const location = `${sourceName}:${parsed.line}`;
        if (!context) {
          if (!fields.has("version")) {
            yield rejectionEvent(location, "json", parsed.reason);
            return;
          }
          if (!(yield* start())) return;
          if (deferred) yield* secondPass(parsed.items);
        }
        // The items before the break stand; the rest of the file is this one rejection.
        yield rejectionEvent(
          location,
          "json",
          `${parsed.reason}; nothing after this point could be read`,
        );
        return;
      }
    }
  }
  yield* utf8Warning();
  if (!context) {
    if (!(yield* start())) return;
    if (deferred) yield* secondPass(Number.MAX_SAFE_INTEGER);
    else if (!itemsSeen)
      yield rejectionEvent(
        sourceName,
        "items",
        "missing; a JSON Feed has an items list",
      );
  }

  function* utf8Warning(): Generator<SourceEvent> {
    const warning = utf8?.finish(sourceName);
    if (warning) yield { kind: "warning", warning };
  }

  async function* secondPass(upTo: number): AsyncGenerator<SourceEvent> {
    for await (const parsed of parseFeed(chunks)) {
      if (parsed.kind !== "item") continue;
      if (parsed.index > upTo) return;
      if (context) yield* itemEvents(parsed, context, sourceName);
    }
  }
}
