import { parseFeed, type AtomFeed, type RssFeed } from "feedsmith";
import { JSDOM } from "jsdom";
import {
  entryToEvent,
  type FeedContext,
  type FeedEntry,
  type FeedText,
} from "./feed-entry.ts";
import { rejectionEvent, type SourceEvent } from "./ingest-item.ts";
import { normaliseText } from "./normalise-text.ts";

export interface XmlFeedOptions {
  sourceName: string;
  zone?: string;
}

const { window } = new JSDOM("");

/**
 * feedsmith reads whatever it can out of broken XML (an unclosed <channel> parses "fine"), so a
 * truncated file would silently lose its tail. A strict XML parse first reports where it breaks.
 */
function wellFormednessError(
  xml: string,
): { line: string; reason: string } | undefined {
  const document = new window.DOMParser().parseFromString(
    xml,
    "application/xml",
  );
  const error = document.getElementsByTagName("parsererror")[0];
  if (!error) return undefined;
  const message = normaliseText(error.textContent ?? "");
  const match = /^(\d+):(\d+): (.*)$/.exec(message);
  return match
    ? { line: match[1] ?? "", reason: `${match[3]} (column ${match[2]})` }
    : { line: "", reason: message };
}

// RSS 2.0 does not say whether a title may hold markup; feeds put both "AT&amp;T" and "<b>x</b>" there.
function rssText(value: string | undefined): FeedText | undefined {
  if (!value?.trim()) return undefined;
  return { value, html: /<\/?[a-z][^>]*>|&[a-z#0-9]+;/i.test(value) };
}

function atomText(
  text: { value?: string; type?: string } | undefined,
): FeedText | undefined {
  if (!text?.value?.trim()) return undefined;
  return {
    value: text.value,
    html: text.type === "html" || text.type === "xhtml",
  };
}

/** RSS <author> is an e-mail address, "jane@example.com (Jane Doe)"; the name is the readable part. */
function rssAuthorName(author: RssFeed.Person): string {
  return normaliseText(author.name ?? author.email ?? "");
}

function rssEntry(
  item: RssFeed.Item<string>,
  index: number,
  sourceName: string,
): FeedEntry {
  const guid = item.guid?.value?.trim();
  const guidIsUrl =
    guid !== undefined &&
    item.guid?.isPermaLink !== false &&
    /^https?:\/\//i.test(guid);
  const encoded = item.content?.encoded;
  const image = item.enclosures?.find((enclosure) =>
    enclosure.type?.startsWith("image/"),
  )?.url;
  const published = item.pubDate ?? item.dc?.dates?.[0];
  const authors = item.dc?.creators ?? item.authors?.map(rssAuthorName) ?? [];
  const language = item.dc?.languages?.[0];
  const title = rssText(item.title);
  const content = rssText(encoded) ?? rssText(item.description);
  const summary = encoded ? rssText(item.description) : undefined;
  return {
    location: `${sourceName}:item ${index}`,
    ...(guid ? { id: guid } : {}),
    ...((item.link ?? (guidIsUrl ? guid : undefined))
      ? { url: item.link ?? guid }
      : {}),
    ...(title ? { title } : {}),
    // content:encoded holds the full article; description is then its summary.
    ...(content ? { content: { ...content, html: true } } : {}),
    ...(summary ? { summary: { ...summary, html: true } } : {}),
    ...(image ? { image } : {}),
    ...(published
      ? {
          published: {
            field: item.pubDate ? "pubDate" : "dc:date",
            raw: published,
          },
        }
      : {}),
    authors: authors.map(normaliseText).filter(Boolean),
    tags: (item.categories ?? []).map((category) => category.name ?? ""),
    ...(language ? { language } : {}),
  };
}

function atomEntry(
  entry: AtomFeed.Entry<string>,
  index: number,
  sourceName: string,
  feedLanguage: string | undefined,
): FeedEntry {
  const link =
    entry.links?.find(
      (candidate) => (candidate.rel ?? "alternate") === "alternate",
    )?.href ?? undefined;
  const content = entry.content?.src ? undefined : atomText(entry.content);
  const title = atomText(entry.title);
  const summary = atomText(entry.summary);
  const language = entry.xml?.lang ?? feedLanguage;
  return {
    location: `${sourceName}:item ${index}`,
    ...(entry.id ? { id: entry.id } : {}),
    ...(link ? { url: link } : {}),
    ...(title ? { title } : {}),
    ...(content ? { content } : {}),
    ...(summary ? { summary } : {}),
    ...(entry.published
      ? { published: { field: "published", raw: entry.published } }
      : {}),
    ...(entry.updated
      ? { updated: { field: "updated", raw: entry.updated } }
      : {}),
    authors: (entry.authors ?? [])
      .map((author) => normaliseText(author.name ?? ""))
      .filter(Boolean),
    tags: (entry.categories ?? []).map(
      (category) => category.label ?? category.term ?? "",
    ),
    ...(language ? { language } : {}),
  };
}

/** Reads an RSS 2.0 or Atom 1.0 document with feedsmith, one article draft per item. */
export function* readXmlFeed(
  xml: string,
  options: XmlFeedOptions,
): Generator<SourceEvent> {
  const { sourceName, zone } = options;
  const broken = wellFormednessError(xml);
  if (broken) {
    yield rejectionEvent(
      broken.line ? `${sourceName}:${broken.line}` : sourceName,
      "xml",
      broken.reason,
    );
    return;
  }
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(xml);
  } catch (error) {
    yield rejectionEvent(
      sourceName,
      "xml",
      `not an RSS 2.0 or Atom 1.0 feed (${(error as Error).message})`,
    );
    return;
  }
  if (parsed.format === "rss") {
    const channel = parsed.feed as RssFeed.Feed<string>;
    const base =
      channel.link && URL.canParse(channel.link) ? channel.link : undefined;
    const language = channel.language ?? channel.xml?.lang;
    const context: FeedContext = {
      source:
        normaliseText(channel.title ?? "") ||
        (base ? new URL(base).host : sourceName),
      authors: [],
      ...(language ? { language } : {}),
      ...(zone ? { timeZone: zone } : {}),
      ...(base ? { baseUrl: base } : {}),
    };
    let index = 0;
    for (const item of channel.items ?? []) {
      index += 1;
      const entry = rssEntry(item, index, sourceName);
      yield entryToEvent(
        {
          ...entry,
          ...(entry.language
            ? {}
            : item.xml?.lang
              ? { language: item.xml.lang }
              : {}),
        },
        context,
      );
    }
    return;
  }
  if (parsed.format === "atom") {
    const feed = parsed.feed as AtomFeed.Feed<string>;
    const base = feed.links?.find(
      (link) => (link.rel ?? "alternate") === "alternate",
    )?.href;
    const context: FeedContext = {
      source:
        normaliseText(feed.title?.value ?? "") ||
        (base && URL.canParse(base) ? new URL(base).host : sourceName),
      authors: (feed.authors ?? [])
        .map((author) => normaliseText(author.name ?? ""))
        .filter(Boolean),
      ...(zone ? { timeZone: zone } : {}),
      ...(base && URL.canParse(base) ? { baseUrl: base } : {}),
    };
    let index = 0;
    for (const entry of feed.entries ?? []) {
      index += 1;
      yield entryToEvent(
        atomEntry(entry, index, sourceName, feed.xml?.lang),
        context,
      );
    }
    return;
  }
  yield rejectionEvent(
    sourceName,
    "xml",
    `${parsed.format} feeds are not supported; use RSS 2.0, Atom 1.0 or JSON Feed`,
  );
}
