import type { BodyBlock } from "../../src/articles/article-schema.ts";
import { htmlToBody, htmlToText, textToBody } from "./html-body.ts";
import {
  itemEvent,
  rejectionEvent,
  warningEvent,
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
  /** Fields the format-specific reader already left out. */
  warnings?: FieldWarning[];
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

/** A field that was wrong and left out; its item is still kept. */
export interface FieldWarning {
  field: string;
  reason: string;
}

/** Why an item cannot be kept at all. */
class FieldError extends Error {
  readonly field: string;

  constructor(field: string, reason: string) {
    super(reason);
    this.field = field;
  }
}

/** An absolute http(s) URL, or undefined with a warning when the value is not one. */
function absoluteUrl(
  field: string,
  value: string | undefined,
  baseUrl: string | undefined,
  warnings: FieldWarning[],
): string | undefined {
  if (value === undefined || !value.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim(), baseUrl);
  } catch {
    warnings.push({
      field,
      reason: `"${value}" is not a URL${baseUrl ? "" : " (and the feed has no home page to resolve it against)"}; left out`,
    });
    return undefined;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    warnings.push({
      field,
      reason: `"${value}" is not an http(s) URL; left out`,
    });
    return undefined;
  }
  return url.href;
}

function plain(text: FeedText | undefined): string {
  if (!text) return "";
  return text.html ? htmlToText(text.value) : normaliseText(text.value);
}

function body(
  text: FeedText | undefined,
  baseUrl: string | undefined,
): BodyBlock[] {
  if (!text) return [];
  if (!text.html) return textToBody(text.value);
  const result = htmlToBody(text.value, baseUrl);
  if (!result.ok) throw new FieldError("content", result.reason);
  return result.blocks;
}

function timestamp(
  date: FeedDate | undefined,
  timeZone: string | undefined,
  warnings: FieldWarning[],
): string | undefined {
  if (!date) return undefined;
  const result = parseTimestamp(date.raw, timeZone);
  if (result.ok) return result.instant;
  warnings.push({ field: date.field, reason: `${result.reason}; left out` });
  return undefined;
}

const languageTags = new Map<string, boolean>();

// Remembered per tag: Intl's check costs ~5 µs and a feed repeats the same one or two tags.
function isLanguageTag(tag: string): boolean {
  let valid = languageTags.get(tag);
  if (valid === undefined) {
    try {
      valid = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      valid = false;
    }
    languageTags.set(tag, valid);
  }
  return valid;
}

function language(
  entry: FeedEntry,
  context: FeedContext,
  warnings: FieldWarning[],
): string {
  for (const [field, tag] of [
    ["language", entry.language],
    ["feed language", context.language],
  ] as const) {
    if (!tag?.trim()) continue;
    if (isLanguageTag(tag.trim())) return tag.trim();
    warnings.push({
      field,
      reason: `"${tag}" is not a BCP 47 language tag such as en or tr; left out`,
    });
  }
  return DEFAULT_LANGUAGE;
}

function draftEvents(entry: FeedEntry, context: FeedContext): SourceEvent[] {
  const warnings: FieldWarning[] = [...(entry.warnings ?? [])];
  const url = absoluteUrl("url", entry.url, context.baseUrl, warnings);
  const externalUrl = absoluteUrl(
    "external_url",
    entry.externalUrl,
    context.baseUrl,
    warnings,
  );
  const image = absoluteUrl("image", entry.image, context.baseUrl, warnings);
  const timeZone = entry.timeZone ?? context.timeZone;
  const link = url ?? externalUrl;
  // Relative links and images in the body are relative to the item's own page.
  const bodyBase = link ?? context.baseUrl;

  let blocks = body(entry.content, bodyBase);
  const summaryText = plain(entry.summary);
  let standfirst: string | undefined = summaryText || undefined;
  if (blocks.length === 0 && entry.summary) {
    // A summary-only item: the summary is the article, not a standfirst above it.
    blocks = body(entry.summary, bodyBase);
    standfirst = undefined;
  }
  if (blocks.length === 0) {
    // A headline with a link to the original is what link blogs and title-only feeds publish.
    if (!link) {
      throw new FieldError(
        "content",
        entry.content || entry.summary
          ? "nothing is left after removing unsafe HTML, and the item has no link to the original"
          : "the item has no content or summary, and no link to the original",
      );
    }
    if (entry.content || entry.summary)
      warnings.push({
        field: "content",
        reason:
          "nothing is left after removing unsafe HTML (scripts, embeds, frames); kept as a headline with a link to the original",
      });
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

  const publishedAt = timestamp(entry.published, timeZone, warnings);
  let updatedAt = timestamp(entry.updated, timeZone, warnings);
  // Atom requires <updated> even for untouched entries; an update at the moment of publishing is none.
  if (
    updatedAt &&
    publishedAt &&
    Date.parse(updatedAt) === Date.parse(publishedAt)
  )
    updatedAt = undefined;

  const authors = entry.authors.length > 0 ? entry.authors : context.authors;
  // Never the URL alone when there is an id: distinct entries sharing a link stay distinct.
  const identity = entry.id?.trim() || url || `${context.source}\n${headline}`;
  const draft: ArticleDraft = {
    headline,
    ...(standfirst ? { standfirst } : {}),
    source: context.source,
    language: language(entry, context, warnings),
    ...(publishedAt ? { publishedAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    ...(timeZone ? { timeZone } : {}),
    tags: [...new Set(entry.tags.map(normaliseText).filter(Boolean))],
    ...(authors.length > 0 ? { byline: authors.join(", ") } : {}),
    ...(link ? { url: link } : {}),
    ...(image ? { image: { src: image, alt: "" } } : {}),
    body: blocks,
  };
  return [
    ...warnings.map((warning) =>
      warningEvent(entry.location, warning.field, warning.reason),
    ),
    itemEvent({
      location: entry.location,
      identity,
      draft,
      ...(externalUrl ? { externalUrl } : {}),
    }),
  ];
}

/**
 * Turns a feed item into an article draft, preceded by a warning for each field left out. The
 * identity is the item's id, else its URL, else the feed's name and the item's title: never the
 * title alone, which editors correct. Never throws: whatever goes wrong rejects this item only.
 */
export function entryToEvents(
  entry: FeedEntry,
  context: FeedContext,
): SourceEvent[] {
  try {
    return draftEvents(entry, context);
  } catch (error) {
    if (error instanceof FieldError)
      return [rejectionEvent(entry.location, error.field, error.message)];
    return [
      rejectionEvent(
        entry.location,
        "item",
        `could not be read: ${(error as Error).message}`,
      ),
    ];
  }
}
