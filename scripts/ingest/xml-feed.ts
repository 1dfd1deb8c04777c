import { SaxesParser, type SaxesTagNS } from "saxes";
import {
  entryToEvents,
  type FeedContext,
  type FeedEntry,
  type FeedText,
} from "./feed-entry.ts";
import { htmlEntity } from "./html-body.ts";
import {
  rejectionEvent,
  warningEvent,
  type SourceEvent,
} from "./ingest-item.ts";
import { normaliseText } from "./normalise-text.ts";

export interface XmlFeedOptions {
  sourceName: string;
  zone?: string;
}

/** Text in pieces, already decoded from the document's encoding. */
export type TextChunks = () => AsyncIterable<string> | Iterable<string>;

const ATOM = "http://www.w3.org/2005/Atom";
const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
const RSS1 = "http://purl.org/rss/1.0/";
const CONTENT = "http://purl.org/rss/1.0/modules/content/";
const DC = "http://purl.org/dc/elements/1.1/";
const XHTML = "http://www.w3.org/1999/xhtml";

/** One element of a feed item (or of the feed's own fields), kept only until the item is read. */
interface XmlElement {
  uri: string;
  local: string;
  /** By qualified name: `href`, `xml:lang`, `isPermaLink`. */
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

type Format = "rss" | "rdf" | "atom";

function textOf(element: XmlElement | undefined): string {
  if (!element) return "";
  return element.children
    .map((child) => (typeof child === "string" ? child : textOf(child)))
    .join("");
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

// Written <br/> in XML; as HTML, "<br></br>" would be two line breaks.
const VOID_ELEMENTS = new Set(
  "area base br col embed hr img input link meta source track wbr".split(" "),
);

/** Child markup as HTML: Atom's xhtml content, or HTML an RSS feed put in without escaping it. */
function innerHtml(element: XmlElement): string {
  return element.children
    .map((child) => {
      if (typeof child === "string") return escapeHtml(child);
      const attributes = Object.entries(child.attributes)
        .filter(([name]) => !name.startsWith("xmlns"))
        .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
        .join("");
      return VOID_ELEMENTS.has(child.local)
        ? `<${child.local}${attributes}>`
        : `<${child.local}${attributes}>${innerHtml(child)}</${child.local}>`;
    })
    .join("");
}

function hasElements(element: XmlElement): boolean {
  return element.children.some((child) => typeof child !== "string");
}

function children(
  element: XmlElement,
  local: string,
  uri?: string,
): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement =>
      typeof child !== "string" &&
      child.local === local &&
      (uri === undefined || child.uri === uri),
  );
}

function child(
  element: XmlElement,
  local: string,
  uri?: string,
): XmlElement | undefined {
  return children(element, local, uri)[0];
}

function trimmed(element: XmlElement | undefined): string | undefined {
  return textOf(element).trim() || undefined;
}

// RSS 2.0 does not say whether a title may hold markup; feeds put both "AT&amp;T" and "<b>x</b>" there.
function rssText(element: XmlElement | undefined): FeedText | undefined {
  if (!element) return undefined;
  if (hasElements(element)) return { value: innerHtml(element), html: true };
  const value = textOf(element);
  if (!value.trim()) return undefined;
  return { value, html: /<\/?[a-z][^>]*>|&[a-z#0-9]+;/i.test(value) };
}

/** Atom's xhtml text is wrapped in one XHTML <div> that is not part of it (RFC 4287 §3.1.1.3). */
function xhtmlContent(element: XmlElement): string {
  const elements = element.children.filter(
    (node): node is XmlElement => typeof node !== "string",
  );
  const [wrapper] = elements;
  const onlyWrapper =
    elements.length === 1 &&
    wrapper?.local === "div" &&
    wrapper.uri === XHTML &&
    element.children.every(
      (node) => node === wrapper || (typeof node === "string" && !node.trim()),
    );
  return innerHtml(onlyWrapper && wrapper ? wrapper : element);
}

function atomText(element: XmlElement | undefined): FeedText | undefined {
  if (!element) return undefined;
  const type = element.attributes.type ?? "text";
  const value = type === "xhtml" ? xhtmlContent(element) : textOf(element);
  if (!value.trim()) return undefined;
  return {
    value,
    html: type === "html" || type === "xhtml" || /html/i.test(type),
  };
}

/** RSS <author> is an e-mail address, "jane@example.com (Jane Doe)"; the name is the readable part. */
function rssAuthorName(value: string): string {
  const named = /^\s*\S+@\S+\s*\((.+)\)\s*$/.exec(value);
  return normaliseText(named?.[1] ?? value);
}

function rssEntry(
  item: XmlElement,
  location: string,
  feedLanguage: string | undefined,
): FeedEntry {
  const guidElement = child(item, "guid");
  const guid = trimmed(guidElement) ?? item.attributes["rdf:about"];
  const guidIsUrl =
    guid !== undefined &&
    guidElement?.attributes.isPermaLink?.trim() !== "false" &&
    /^https?:\/\//i.test(guid);
  const link = trimmed(child(item, "link"));
  const encoded = rssText(child(item, "encoded", CONTENT));
  const description = rssText(child(item, "description"));
  const image = children(item, "enclosure")
    .find((enclosure) => enclosure.attributes.type?.startsWith("image/"))
    ?.attributes.url?.trim();
  const pubDate = trimmed(child(item, "pubDate"));
  const dcDate = trimmed(child(item, "date", DC));
  const creators = children(item, "creator", DC).map((creator) =>
    normaliseText(textOf(creator)),
  );
  const authors =
    creators.length > 0
      ? creators
      : children(item, "author").map((author) => rssAuthorName(textOf(author)));
  const language =
    trimmed(child(item, "language", DC)) ??
    item.attributes["xml:lang"] ??
    feedLanguage;
  const title = rssText(child(item, "title"));
  // content:encoded holds the full article; description is then its summary.
  const content = encoded ?? description;
  const summary = encoded ? description : undefined;
  const url = link ?? (guidIsUrl ? guid : undefined);
  return {
    location,
    ...(guid ? { id: guid } : {}),
    ...(url ? { url } : {}),
    ...(title ? { title } : {}),
    ...(content ? { content: { ...content, html: true } } : {}),
    ...(summary ? { summary: { ...summary, html: true } } : {}),
    ...(image ? { image } : {}),
    ...(pubDate
      ? { published: { field: "pubDate", raw: pubDate } }
      : dcDate
        ? { published: { field: "dc:date", raw: dcDate } }
        : {}),
    authors: authors.filter(Boolean),
    tags: children(item, "category")
      .concat(children(item, "subject", DC))
      .map(textOf),
    ...(language ? { language } : {}),
  };
}

function atomAuthors(element: XmlElement): string[] {
  return children(element, "author", ATOM)
    .map((author) => normaliseText(textOf(child(author, "name", ATOM))))
    .filter(Boolean);
}

function alternateLink(element: XmlElement): string | undefined {
  return children(element, "link", ATOM)
    .find((link) => (link.attributes.rel ?? "alternate") === "alternate")
    ?.attributes.href?.trim();
}

function atomEntry(
  entry: XmlElement,
  location: string,
  feedLanguage: string | undefined,
): FeedEntry {
  const id = trimmed(child(entry, "id", ATOM));
  const link = alternateLink(entry);
  const contentElement = child(entry, "content", ATOM);
  // Content held elsewhere (src) is not the article's text.
  const content = contentElement?.attributes.src
    ? undefined
    : atomText(contentElement);
  const title = atomText(child(entry, "title", ATOM));
  const summary = atomText(child(entry, "summary", ATOM));
  const published = trimmed(child(entry, "published", ATOM));
  const updated = trimmed(child(entry, "updated", ATOM));
  const language = entry.attributes["xml:lang"] ?? feedLanguage;
  return {
    location,
    ...(id ? { id } : {}),
    ...(link ? { url: link } : {}),
    ...(title ? { title } : {}),
    ...(content ? { content } : {}),
    ...(summary ? { summary } : {}),
    ...(published ? { published: { field: "published", raw: published } } : {}),
    ...(updated ? { updated: { field: "updated", raw: updated } } : {}),
    authors: atomAuthors(entry),
    tags: children(entry, "category", ATOM).map(
      (category) => category.attributes.label ?? category.attributes.term ?? "",
    ),
    ...(language ? { language } : {}),
  };
}

/** Errors after which the rest of the document cannot be trusted; others are reported and read past. */
const BREAKING =
  /^(?:unclosed tag|unmatched closing tag|unexpected close tag|unexpected end|documents may contain only one root|document must contain a root element|text data outside of root node)/;

interface XmlProblem {
  line: number;
  column: number;
  reason: string;
}

/** Where saxes says it found a problem, in lines of the file as written. */
function problemOf(error: Error, linesSkipped: number): XmlProblem {
  const match = /^(\d+):(\d+): (.*)$/s.exec(error.message);
  return match
    ? {
        line: Number(match[1]) + linesSkipped,
        column: Number(match[2]),
        reason: (match[3] ?? "").replace(/\.$/, ""),
      }
    : { line: 1 + linesSkipped, column: 0, reason: error.message };
}

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom 1.0 document as a stream with saxes: only the item being read
 * is in memory, as a small element tree, so a feed of 200,000 items costs what one item costs.
 * Lenient where a feed reader is: HTML entities such as &nbsp; are read as HTML would read them,
 * and characters XML forbids are reported and read past. After an error that breaks the structure
 * (a tag left open, a stray closing tag) the items before it are kept and the rest is one rejection.
 */
export async function* readXmlFeed(
  text: TextChunks,
  options: XmlFeedOptions,
): AsyncGenerator<SourceEvent> {
  const { sourceName, zone } = options;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const queue: SourceEvent[] = [];
  const htmlEntities = new Set<string>();
  const xmlEntities = parser.ENTITIES;
  parser.ENTITIES = new Proxy(xmlEntities, {
    get(target, name) {
      const defined = Reflect.get(target, name) as string | undefined;
      if (defined !== undefined || typeof name !== "string") return defined;
      const html = htmlEntity(name);
      if (html !== undefined) htmlEntities.add(name);
      return html;
    },
  });

  // Lines of whitespace removed before the XML declaration, for line numbers as the file has them.
  let linesSkipped = 0;
  let format: Format | undefined;
  let broken: XmlProblem | undefined;
  let firstProblem: XmlProblem | undefined;
  let problems = 0;
  /** Open elements, outermost first; `element` is set inside a captured subtree. */
  const stack: { tag: SaxesTagNS; element?: XmlElement; container: boolean }[] =
    [];
  const feed = new Map<string, XmlElement[]>();
  let rootLanguage: string | undefined;
  let context: FeedContext | undefined;
  let items = 0;
  let itemOpen = false;

  const feedField = (local: string, uri?: string) =>
    (feed.get(local) ?? []).find(
      (element) => uri === undefined || element.uri === uri,
    );

  const contextNow = (): FeedContext => {
    if (context) return context;
    const base =
      format === "atom"
        ? (() => {
            const links = feed.get("link") ?? [];
            return links
              .filter((link) => link.uri === ATOM)
              .find(
                (link) => (link.attributes.rel ?? "alternate") === "alternate",
              )
              ?.attributes.href?.trim();
          })()
        : trimmed(feedField("link", format === "rdf" ? RSS1 : ""));
    const baseUrl = base && URL.canParse(base) ? base : undefined;
    const title = normaliseText(textOf(feedField("title")));
    const language =
      format === "atom"
        ? rootLanguage
        : (trimmed(feedField("language")) ??
          trimmed(feedField("language", DC)) ??
          rootLanguage);
    context = {
      source: title || (baseUrl ? new URL(baseUrl).host : sourceName),
      authors:
        format === "atom"
          ? (feed.get("author") ?? [])
              .filter((author) => author.uri === ATOM)
              .map((author) =>
                normaliseText(textOf(child(author, "name", ATOM))),
              )
              .filter(Boolean)
          : [],
      ...(language ? { language } : {}),
      ...(zone ? { timeZone: zone } : {}),
      ...(baseUrl ? { baseUrl } : {}),
    };
    return context;
  };

  const readItem = (item: XmlElement) => {
    items += 1;
    const location = `${sourceName}:item ${items}`;
    try {
      const ctx = contextNow();
      const entry =
        format === "atom"
          ? atomEntry(item, location, ctx.language)
          : rssEntry(item, location, ctx.language);
      queue.push(...entryToEvents(entry, ctx));
    } catch (error) {
      queue.push(
        rejectionEvent(
          location,
          "item",
          `could not be read: ${(error as Error).message}`,
        ),
      );
    }
  };

  const isItem = (element: XmlElement) =>
    format === "atom"
      ? element.local === "entry" && element.uri === ATOM
      : element.local === "item" &&
        element.uri === (format === "rdf" ? RSS1 : "");

  parser.on("error", (error) => {
    const problem = problemOf(error, linesSkipped);
    if (BREAKING.test(problem.reason)) {
      broken ??= problem;
      return;
    }
    problems += 1;
    firstProblem ??= problem;
  });

  parser.on("opentag", (tag) => {
    if (broken) return;
    const parent = stack.at(-1);
    if (!parent) {
      const root =
        tag.local === "rss" && tag.uri === ""
          ? "rss"
          : tag.local === "feed" && tag.uri === ATOM
            ? "atom"
            : tag.local === "RDF" && tag.uri === RDF
              ? "rdf"
              : undefined;
      if (!root) {
        broken = {
          line: parser.line + linesSkipped,
          column: parser.column,
          reason: `not an RSS or Atom feed: the document is <${tag.name}>${tag.uri ? ` in ${tag.uri}` : ""}`,
        };
        return;
      }
      format = root;
      rootLanguage = tag.attributes["xml:lang"]?.value;
      stack.push({ tag, container: root !== "rss" });
      return;
    }
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes))
      attributes[attribute.name] = attribute.value;
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes,
      children: [],
    };
    if (parent.element) {
      parent.element.children.push(element);
      stack.push({ tag, element, container: false });
    } else if (parent.container) {
      if (isItem(element)) itemOpen = true;
      stack.push({ tag, element, container: false });
    } else {
      // RSS 2.0: <rss><channel> holds the feed's fields and its items.
      const container =
        format === "rss" && tag.local === "channel" && stack.length === 1;
      if (container)
        rootLanguage = tag.attributes["xml:lang"]?.value ?? rootLanguage;
      stack.push({ tag, container });
    }
  });

  const onText = (value: string) => {
    if (broken) return;
    stack.at(-1)?.element?.children.push(value);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);

  parser.on("closetag", () => {
    if (broken) return;
    const frame = stack.pop();
    const parent = stack.at(-1);
    if (!frame?.element || !parent?.container) return;
    const element = frame.element;
    if (isItem(element)) {
      itemOpen = false;
      readItem(element);
    } else if (!context) {
      // A field of the feed itself (RSS 1.0 keeps them inside its <channel>).
      const fields =
        format === "rdf" && element.local === "channel"
          ? element.children
          : [element];
      for (const field of fields) {
        if (typeof field === "string") continue;
        feed.set(field.local, [...(feed.get(field.local) ?? []), field]);
      }
    }
  });

  let started = false;
  try {
    for await (let chunk of text()) {
      if (!started) {
        // Whitespace before the XML declaration is an error no reader needs to stop for.
        const leading = /^\s+(?=<\?xml)/.exec(chunk)?.[0];
        if (leading) {
          queue.push(
            warningEvent(
              `${sourceName}:1`,
              "xml",
              "whitespace before the XML declaration ignored",
            ),
          );
          chunk = chunk.slice(leading.length);
          linesSkipped = leading.split("\n").length - 1;
        }
        started = chunk.trim() !== "";
        if (!started) continue;
      }
      parser.write(chunk);
      yield* queue.splice(0);
      if (broken) break;
    }
    if (!broken) parser.close();
  } catch (error) {
    // saxes reports through the handler; anything thrown is a bug in reading one item or the file.
    broken ??= {
      line: parser.line + linesSkipped,
      column: parser.column,
      reason: (error as Error).message,
    };
  }
  yield* queue.splice(0);

  if (htmlEntities.size > 0)
    yield warningEvent(
      sourceName,
      "xml",
      `HTML entities XML does not define (${[...htmlEntities].map((name) => `&${name};`).join(", ")}) read as HTML reads them`,
    );
  if (firstProblem)
    yield warningEvent(
      `${sourceName}:${firstProblem.line}`,
      "xml",
      `${firstProblem.reason} (column ${firstProblem.column})${problems > 1 ? `, and ${problems - 1} more such problem${problems > 2 ? "s" : ""}` : ""}; read past`,
    );
  if (broken) {
    const lost =
      items > 0 || itemOpen ? "; nothing after this point could be read" : "";
    yield rejectionEvent(
      `${sourceName}:${broken.line}`,
      "xml",
      `${broken.reason} (column ${broken.column})${lost}`,
    );
    return;
  }
  if (!format)
    yield rejectionEvent(
      sourceName,
      "xml",
      "not an RSS or Atom feed: the document is empty",
    );
}
