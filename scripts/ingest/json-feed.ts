import {
  entryToEvent,
  FieldError,
  type FeedContext,
  type FeedEntry,
} from "./feed-entry.ts";
import { rejectionEvent, type SourceEvent } from "./ingest-item.ts";
import {
  JsonFeedScanner,
  JsonStructureError,
  type ScanEvent,
} from "./json-feed-scanner.ts";
import { normaliseText } from "./normalise-text.ts";
import { isTimeZone } from "./zoned-time.ts";

export interface JsonFeedOptions {
  sourceName: string;
  zone?: string;
}

/** Text in pieces: a file read in chunks, or one string fetched from a URL. */
export type TextChunks = () => AsyncIterable<string> | Iterable<string>;

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(
  object: JsonObject,
  field: string,
  prefix = "",
): string | undefined {
  const value = object[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string")
    throw new FieldError(
      `${prefix}${field}`,
      `must be a string, not ${describe(value)}`,
    );
  return value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  return typeof value === "object"
    ? "an object"
    : `a ${typeof value} (${JSON.stringify(value)})`;
}

/** `authors` (1.1) or `author` (1.0): names only; avatars and profile URLs have no place in a byline. */
function authorNames(object: JsonObject, prefix = ""): string[] {
  const authors =
    object.authors ??
    (object.author === undefined ? undefined : [object.author]);
  if (authors === undefined || authors === null) return [];
  if (!Array.isArray(authors))
    throw new FieldError(
      `${prefix}authors`,
      `must be a list, not ${describe(authors)}`,
    );
  return authors.flatMap((author, index) => {
    if (!isObject(author))
      throw new FieldError(
        `${prefix}authors.${index}`,
        `must be an object, not ${describe(author)}`,
      );
    const name = normaliseText(
      optionalString(author, "name", `${prefix}authors.${index}.`) ?? "",
    );
    return name ? [name] : [];
  });
}

function extensionZone(object: JsonObject, prefix = ""): string | undefined {
  const extension = object._bulletin;
  if (extension === undefined) return undefined;
  if (!isObject(extension))
    throw new FieldError(
      `${prefix}_bulletin`,
      `must be an object, not ${describe(extension)}`,
    );
  const zone = optionalString(extension, "time_zone", `${prefix}_bulletin.`);
  if (zone !== undefined && !isTimeZone(zone)) {
    throw new FieldError(
      `${prefix}_bulletin.time_zone`,
      `"${zone}" is not an IANA time zone such as Europe/Istanbul`,
    );
  }
  return zone;
}

/** Reads one JSON Feed item's fields, checking their types as the spec defines them. */
export function jsonFeedEntry(value: unknown, location: string): FeedEntry {
  if (!isObject(value))
    throw new FieldError("item", `must be an object, not ${describe(value)}`);
  // The spec asks readers to coerce a numeric id to a string.
  const rawId = value.id;
  if (
    rawId !== undefined &&
    rawId !== null &&
    typeof rawId !== "string" &&
    typeof rawId !== "number"
  ) {
    throw new FieldError("id", `must be a string, not ${describe(rawId)}`);
  }
  const tags = value.tags ?? [];
  if (!Array.isArray(tags) || tags.some((tag) => typeof tag !== "string")) {
    throw new FieldError(
      "tags",
      `must be a list of strings, not ${describe(tags)}`,
    );
  }
  const contentHtml = optionalString(value, "content_html");
  const contentText = optionalString(value, "content_text");
  const summary = optionalString(value, "summary");
  const title = optionalString(value, "title");
  const published = optionalString(value, "date_published");
  const modified = optionalString(value, "date_modified");
  const url = optionalString(value, "url");
  const externalUrl = optionalString(value, "external_url");
  const image =
    optionalString(value, "image") ?? optionalString(value, "banner_image");
  const language = optionalString(value, "language");
  const timeZone = extensionZone(value);
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
    authors: authorNames(value),
    tags: tags as string[],
    ...(language ? { language } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
}

async function* scan(
  chunks: TextChunks,
  keepItems: boolean,
): AsyncGenerator<ScanEvent> {
  const scanner = new JsonFeedScanner(keepItems);
  for await (const chunk of chunks()) yield* scanner.push(chunk);
  yield* scanner.end();
}

const VERSIONS = [
  "https://jsonfeed.org/version/1",
  "https://jsonfeed.org/version/1.1",
];

/**
 * Reads a JSON Feed 1.0 or 1.1 in two passes over its text: first the feed's own fields (which
 * may come after `items`), then the items one at a time. Memory holds one chunk and one item.
 */
export async function* readJsonFeed(
  chunks: TextChunks,
  options: JsonFeedOptions,
): AsyncGenerator<SourceEvent> {
  const { sourceName } = options;
  const meta = new Map<string, unknown>();
  let hasItems = false;
  try {
    for await (const event of scan(chunks, false)) {
      if (event.kind === "member") {
        try {
          meta.set(event.key, JSON.parse(event.raw));
        } catch {
          // Reported with its line by the second pass.
        }
      } else if (event.kind === "items-start") hasItems = true;
    }
  } catch (error) {
    if (!(error instanceof JsonStructureError)) throw error;
    // The second pass reports the error after the items before it.
    if (!meta.has("version")) {
      yield rejectionEvent(`${sourceName}:${error.line}`, "json", error.reason);
      return;
    }
  }
  const version = meta.get("version");
  if (
    typeof version !== "string" ||
    !VERSIONS.includes(version.replace(/\/$/, ""))
  ) {
    yield rejectionEvent(
      sourceName,
      "version",
      `${version === undefined ? "missing" : JSON.stringify(version)}; a JSON Feed has "version": "https://jsonfeed.org/version/1.1" (or 1)`,
    );
    return;
  }
  let context: FeedContext;
  try {
    const feed = Object.fromEntries(meta) as JsonObject;
    const title = normaliseText(optionalString(feed, "title") ?? "");
    const homePage = optionalString(feed, "home_page_url");
    const feedUrl = optionalString(feed, "feed_url");
    const language = optionalString(feed, "language");
    const zone = extensionZone(feed) ?? options.zone;
    const baseUrl = [homePage, feedUrl].find(
      (candidate) => candidate && URL.canParse(candidate),
    );
    context = {
      source: title || (baseUrl ? new URL(baseUrl).host : sourceName),
      authors: authorNames(feed),
      ...(language ? { language } : {}),
      ...(zone ? { timeZone: zone } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    };
  } catch (error) {
    if (error instanceof FieldError) {
      yield rejectionEvent(sourceName, error.field, error.message);
      return;
    }
    throw error;
  }
  if (!hasItems && !meta.has("items")) {
    // An `items` member that is not an array is reported by the scan below.
    yield rejectionEvent(
      sourceName,
      "items",
      "missing; a JSON Feed has an items list",
    );
    return;
  }

  try {
    for await (const event of scan(chunks, true)) {
      if (event.kind === "items-not-array") {
        yield rejectionEvent(
          `${sourceName}:${event.line}`,
          "items",
          "must be a list",
        );
      } else if (event.kind === "item") {
        const location = `${sourceName}:item ${event.index}`;
        let value: unknown;
        try {
          value = JSON.parse(event.raw);
        } catch (error) {
          yield rejectionEvent(location, "json", (error as Error).message);
          continue;
        }
        try {
          yield entryToEvent(jsonFeedEntry(value, location), context);
        } catch (error) {
          if (!(error instanceof FieldError)) throw error;
          yield rejectionEvent(location, error.field, error.message);
        }
      }
    }
  } catch (error) {
    if (!(error instanceof JsonStructureError)) throw error;
    yield rejectionEvent(`${sourceName}:${error.line}`, "json", error.reason);
  }
}
