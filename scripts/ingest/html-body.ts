import type { BodyBlock } from "../../src/articles/article-schema.ts";
import { createHtmlSanitizer } from "../../src/articles/sanitize-html.ts";
import { jsdomWindow, type JsdomWindow } from "../jsdom-window.ts";
import { normaliseText } from "./normalise-text.ts";

const sanitisers = new WeakMap<JsdomWindow, (html: string) => string>();

function newTemplate() {
  return jsdomWindow().document.createElement("template");
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Feed HTML made safe to render: scripts, handlers, dangerous URLs, embeds and styles removed. */
export function sanitiseHtml(html: string): string {
  const window = jsdomWindow();
  let sanitise = sanitisers.get(window);
  if (!sanitise) {
    sanitise = createHtmlSanitizer(window);
    sanitisers.set(window, sanitise);
  }
  return sanitise(html).trim();
}

/**
 * Deeper than this, an item's HTML is not read: jsdom's parser recurses per level (4,000 nested
 * elements overflow the stack) and slows down quadratically (1,000 levels take ~0.3 s). Real
 * articles nest a few dozen levels at most.
 */
export const MAX_HTML_DEPTH = 256;

// Elements that never contain others, and those whose end tag may be left out (the next sibling
// closes them), so "<p>a<p>b" does not count as nesting.
const NOT_NESTING = new Set(
  "area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup rb rt rp tbody thead tfoot colgroup caption".split(
    " ",
  ),
);
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*?(\/?)>/g;

/** How deep the markup nests, read from its tags alone (no parse): linear in its length. */
function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (NOT_NESTING.has((name ?? "").toLowerCase()) || selfClosing) continue;
    if (closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, (depth += 1));
  }
  return deepest;
}

const URL_ATTRIBUTES = ["href", "src", "cite", "poster"];

/** Relative links and images made absolute against the page the HTML came from. */
function resolveUrls(root: Pick<Element, "querySelectorAll">, baseUrl: string) {
  for (const element of root.querySelectorAll("[href],[src],[cite],[poster]")) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const trimmed = value.trim();
      // Absolute and fragment-only URLs stay as written.
      if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith("#"))
        continue;
      if (URL.canParse(trimmed, baseUrl))
        element.setAttribute(name, new URL(trimmed, baseUrl).href);
      else element.removeAttribute(name);
    }
  }
}

/**
 * The text of an HTML fragment (for titles and fallbacks), tags dropped and entities decoded. HTML
 * nested too deep to parse safely gives its text with every tag stripped.
 */
export function htmlToText(html: string): string {
  // No markup and no entities: nothing for a parser to do (most RSS descriptions and titles).
  if (!/[<&]/.test(html)) return normaliseText(html);
  if (nestingDepth(html) > MAX_HTML_DEPTH)
    return normaliseText(html.replace(/<[^>]*>/g, " "));
  const template = newTemplate();
  template.innerHTML = sanitiseHtml(html);
  // Block boundaries read as spaces so "<p>a</p><p>b</p>" does not become "ab".
  for (const element of template.content.querySelectorAll(
    "p,div,br,li,h1,h2,h3,h4,h5,h6,blockquote",
  )) {
    element.append(" ");
  }
  return normaliseText(template.content.textContent ?? "");
}

/** What an HTML named character reference (`nbsp`) stands for; undefined when HTML has no such name. */
export function htmlEntity(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) return undefined;
  const template = newTemplate();
  template.innerHTML = `&${name};`;
  const text = template.content.textContent ?? "";
  return text === `&${name};` ? undefined : text;
}

/** Plain text split into paragraphs at blank lines; single line breaks are soft wraps. */
export function textToBody(text: string): BodyBlock[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map(normaliseText)
    .filter(Boolean)
    .map((paragraph) => ({ type: "paragraph", text: paragraph }));
}

type Element = InstanceType<JsdomWindow["Element"]>;

const HTML_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  "#39": "'",
};

// Most feed bodies are nothing but plain paragraphs; reading those without a DOM keeps a
// 100,000-item feed fast. Anything else (attributes, inline markup, other entities) takes the DOM path.
const PLAIN_PARAGRAPHS =
  /^(?:\s*<p>[^<>&]*(?:&(?:amp|lt|gt|quot|apos|nbsp|#39);[^<>&]*)*<\/p>)+\s*$/;

function plainParagraphs(html: string): BodyBlock[] | undefined {
  if (!PLAIN_PARAGRAPHS.test(html)) return undefined;
  const blocks: BodyBlock[] = [];
  for (const match of html.matchAll(/<p>([^<]*)<\/p>/g)) {
    const text = normaliseText(
      (match[1] ?? "").replace(
        /&([a-z0-9#]+);/g,
        (_, name: string) => HTML_ENTITIES[name] ?? "",
      ),
    );
    // An empty paragraph has no typed form; let the DOM path decide.
    if (!text) return undefined;
    blocks.push({ type: "paragraph", text });
  }
  return blocks;
}

/** Text of an element whose only children are text nodes; undefined when it holds markup. */
function plainText(element: Element): string | undefined {
  for (const child of element.childNodes) {
    if (child.nodeType !== TEXT_NODE) return undefined;
  }
  const text = normaliseText(element.textContent ?? "");
  return text || undefined;
}

function attributeNames(element: Element): string[] {
  return Array.from(element.attributes, (attribute) => attribute.name).sort();
}

function hasOnly(element: Element, allowed: string[]): boolean {
  return attributeNames(element).every((name) => allowed.includes(name));
}

function isAbsoluteHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(value) && URL.canParse(value);
}

function imageBlock(img: Element, caption?: string): BodyBlock | undefined {
  const src = img.getAttribute("src") ?? "";
  if (!hasOnly(img, ["src", "alt"]) || !isAbsoluteHttpUrl(src))
    return undefined;
  const alt = normaliseText(img.getAttribute("alt") ?? "");
  return caption
    ? { type: "image", src, alt, caption }
    : { type: "image", src, alt };
}

function elementChildren(
  element: Pick<Element, "childNodes">,
): Element[] | undefined {
  const children: Element[] = [];
  for (const child of element.childNodes) {
    if (child.nodeType === ELEMENT_NODE) children.push(child as Element);
    else if (child.nodeType !== TEXT_NODE || (child.textContent ?? "").trim())
      return undefined;
  }
  return children;
}

/** One top-level element as a typed block, or undefined when that would lose something. */
function toBlock(element: Element): BodyBlock | undefined {
  const tag = element.tagName.toLowerCase();
  // Attributes (a list's start, a quote's cite URL, an id) have no typed form: keep the HTML instead.
  if (tag !== "img" && element.attributes.length > 0) return undefined;
  switch (tag) {
    case "p": {
      const text = plainText(element);
      return text === undefined ? undefined : { type: "paragraph", text };
    }
    case "h2":
    case "h3":
    case "h4": {
      const text = plainText(element);
      const level = Number(tag.slice(1)) as 2 | 3 | 4;
      return text === undefined ? undefined : { type: "heading", level, text };
    }
    case "blockquote": {
      // <blockquote><p>text</p><footer>cite</footer></blockquote> or plain text.
      const direct = plainText(element);
      if (direct !== undefined) return { type: "quote", text: direct };
      const children = elementChildren(element);
      if (!children || children.length === 0 || children.length > 2)
        return undefined;
      const [paragraph, footer] = children;
      if (
        !paragraph ||
        paragraph.tagName !== "P" ||
        paragraph.attributes.length > 0
      )
        return undefined;
      const text = plainText(paragraph);
      if (text === undefined) return undefined;
      if (!footer) return { type: "quote", text };
      if (
        !["FOOTER", "CITE"].includes(footer.tagName) ||
        footer.attributes.length > 0
      )
        return undefined;
      const cite = plainText(footer);
      return cite === undefined ? undefined : { type: "quote", text, cite };
    }
    case "ul":
    case "ol": {
      const children = elementChildren(element);
      if (!children || children.length === 0) return undefined;
      const items: string[] = [];
      for (const item of children) {
        const text =
          item.tagName === "LI" && item.attributes.length === 0
            ? plainText(item)
            : undefined;
        if (text === undefined) return undefined;
        items.push(text);
      }
      return { type: "list", ordered: tag === "ol", items };
    }
    case "img":
      return imageBlock(element);
    case "figure": {
      const children = elementChildren(element);
      if (!children || children.length === 0 || children.length > 2)
        return undefined;
      const [img, figcaption] = children;
      if (!img || img.tagName !== "IMG") return undefined;
      if (!figcaption) return imageBlock(img);
      if (
        figcaption.tagName !== "FIGCAPTION" ||
        figcaption.attributes.length > 0
      )
        return undefined;
      const caption = plainText(figcaption);
      return caption === undefined ? undefined : imageBlock(img, caption);
    }
    default:
      return undefined;
  }
}

export type HtmlBody =
  { ok: true; blocks: BodyBlock[] } | { ok: false; reason: string };

/**
 * A feed's HTML body as typed blocks when every top-level element converts without losing anything
 * (no inline links or emphasis, no unknown attributes); otherwise one sanitised `html` block, with
 * relative URLs resolved against `baseUrl`. No blocks when nothing is left after sanitising; not
 * ok when the HTML nests too deep to read safely.
 */
export function htmlToBody(html: string, baseUrl?: string): HtmlBody {
  const fast = plainParagraphs(html);
  if (fast) return { ok: true, blocks: fast };
  // Bare text with no markup (most RSS descriptions) is one paragraph, as the DOM path would make it.
  if (!/[<&]/.test(html)) {
    const text = normaliseText(html);
    return { ok: true, blocks: text ? [{ type: "paragraph", text }] : [] };
  }
  const depth = nestingDepth(html);
  if (depth > MAX_HTML_DEPTH)
    return {
      ok: false,
      reason: `the HTML nests ${depth} elements deep, more than the ${MAX_HTML_DEPTH} this ingest reads`,
    };
  return { ok: true, blocks: domBody(html, baseUrl) };
}

function domBody(html: string, baseUrl: string | undefined): BodyBlock[] {
  let clean = sanitiseHtml(html);
  if (!clean) return [];
  const template = newTemplate();
  template.innerHTML = clean;
  if (baseUrl) {
    resolveUrls(template.content, baseUrl);
    clean = template.innerHTML.trim();
  }
  // Bare text (RSS descriptions are often plain prose) renders as one paragraph either way.
  if (template.content.children.length === 0) {
    const text = normaliseText(template.content.textContent ?? "");
    return text ? [{ type: "paragraph", text }] : [];
  }
  const children = elementChildren(template.content);
  if (children) {
    const blocks: BodyBlock[] = [];
    for (const child of children) {
      const block = toBlock(child);
      if (!block) break;
      blocks.push(block);
    }
    if (blocks.length === children.length && blocks.length > 0) return blocks;
  }
  if (
    !normaliseText(template.content.textContent ?? "") &&
    !template.content.querySelector("img")
  ) {
    return [];
  }
  return [{ type: "html", html: clean }];
}
