import type { BodyBlock } from "../../src/articles/article-schema.ts";
import { htmlToBody, htmlToText, textToBody } from "./html-body.ts";
import {
  itemEvent,
  rejectionEvent,
  type ArticleDraft,
  type SourceEvent,
} from "./ingest-item.ts";
import { headlineFromText, normaliseText } from "./normalise-text.ts";
import { parseTimestamp } from "./parse-timestamp.ts";

/** A text value and whether its source declared it HTML. */
export interface FeedText {
  value: string;
  html: boolean;
}

export interface FeedDate {
  /** The source's field name, used in messages (`date_published`, `pubDate`, …). */
  field: string;
  raw: string;
}

/** One item of any feed format, in the terms the three formats share. */
export interface FeedEntry {
  location: string;
  id?: string;
  url?: string;
  externalUrl?: string;
  title?: FeedText;
  content?: FeedText;
  summary?: FeedText;
  image?: string;
  published?: FeedDate;
  updated?: FeedDate;
  authors: string[];
  tags: string[];
  language?: string;
  timeZone?: string;
}

/** What a feed says about all of its items. */
export interface FeedContext {
  /** The feed's own name (its title), the article's `source`. */
  source: string;
  language?: string;
  authors: string[];
  /** Publisher zone from the feed itself or `--zone`. */
  timeZone?: string;
  /** For relative item URLs. */
  baseUrl?: string;
}

export const DEFAULT_LANGUAGE = "en";

class FieldError extends Error {
  readonly field: string;

  constructor(field: string, reason: string) {
    super(reason);
    this.field = field;
  }
}

function absoluteUrl(
  field: string,
  value: string | undefined,
  baseUrl: string | undefined,
): string | undefined {
  if (value === undefined || !value.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), baseUrl);
  } catch {
    throw new FieldError(
      field,
      `"${value}" is not a URL${baseUrl ? "" : " (and the feed has no home page to resolve it against)"}`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FieldError(field, `"${value}" is not an http(s) URL`);
  }
  return url.href;
}

function plain(text: FeedText | undefined): string {
  if (!text) return "";
  return text.html ? htmlToText(text.value) : normaliseText(text.value);
}

function body(text: FeedText | undefined): BodyBlock[] {
  if (!text) return [];
  return text.html ? htmlToBody(text.value) : textToBody(text.value);
}

function timestamp(
  date: FeedDate | undefined,
  timeZone: string | undefined,
): string | undefined {
  if (!date) return undefined;
  const result = parseTimestamp(date.raw, timeZone);
  if (!result.ok) throw new FieldError(date.field, result.reason);
  return result.instant;
}

/**
 * Turns a feed item into an article draft. The identity is the item's id, else its URL, else the
 * feed's name and the item's title: never the title alone, which editors correct.
 */
export function entryToEvent(
  entry: FeedEntry,
  context: FeedContext,
): SourceEvent {
  try {
    const url = absoluteUrl("url", entry.url, context.baseUrl);
    const externalUrl = absoluteUrl(
      "external_url",
      entry.externalUrl,
      context.baseUrl,
    );
    const image = absoluteUrl("image", entry.image, context.baseUrl);
    const timeZone = entry.timeZone ?? context.timeZone;

    let blocks = body(entry.content);
    const summaryText = plain(entry.summary);
    let standfirst: string | undefined = summaryText || undefined;
    if (blocks.length === 0 && entry.summary) {
      // A summary-only item: the summary is the article, not a standfirst above it.
      blocks = body(entry.summary);
      standfirst = undefined;
    }
    if (blocks.length === 0) {
      throw new FieldError(
        "content",
        entry.content
          ? "nothing is left after removing unsafe HTML"
          : "the item has no content or summary",
      );
    }

    const title = plain(entry.title);
    const headline =
      title ||
      headlineFromText(
        blocks
          .map((block) =>
            "text" in block
              ? block.text
              : block.type === "html"
                ? htmlToText(block.html)
                : "",
          )
          .join(" "),
      );
    if (!headline)
      throw new FieldError(
        "title",
        "missing, and the item has no text to make one from",
      );

    const publishedAt = timestamp(entry.published, timeZone);
    let updatedAt = timestamp(entry.updated, timeZone);
    // Atom requires <updated> even for untouched entries; an update at the moment of publishing is none.
    if (
      updatedAt &&
      publishedAt &&
      Date.parse(updatedAt) === Date.parse(publishedAt)
    )
      updatedAt = undefined;

    const authors = entry.authors.length > 0 ? entry.authors : context.authors;
    const identity =
      entry.id?.trim() || url || `${context.source}\n${headline}`;
    const draft: ArticleDraft = {
      headline,
      ...(standfirst ? { standfirst } : {}),
      source: context.source,
      language: entry.language || context.language || DEFAULT_LANGUAGE,
      ...(publishedAt ? { publishedAt } : {}),
      ...(updatedAt ? { updatedAt } : {}),
      ...(timeZone ? { timeZone } : {}),
      tags: [...new Set(entry.tags.map(normaliseText).filter(Boolean))],
      ...(authors.length > 0 ? { byline: authors.join(", ") } : {}),
      ...((url ?? externalUrl) ? { url: url ?? externalUrl } : {}),
      ...(image ? { image: { src: image, alt: "" } } : {}),
      body: blocks,
    };
    return itemEvent({
      location: entry.location,
      identity,
      draft,
      ...(externalUrl ? { externalUrl } : {}),
    });
  } catch (error) {
    if (error instanceof FieldError)
      return rejectionEvent(entry.location, error.field, error.message);
    throw error;
  }
}

export { FieldError };
