import createDOMPurify from "dompurify";

export type PurifyWindow = NonNullable<Parameters<typeof createDOMPurify>[0]>;

// Anything that runs code, submits data, loads another document or can hide and overlay the page.
const FORBID_TAGS = [
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "textarea",
  "select",
  "link",
  "meta",
  "base",
  "svg",
  "math",
];
// `class` and `id` could borrow the app's own styles and anchors; `hidden` hides text the reader
// should see.
const FORBID_ATTR = [
  "style",
  "class",
  "id",
  "hidden",
  "srcset",
  "formaction",
  "target",
];
const URL_ATTRIBUTES = [
  "href",
  "src",
  "action",
  "poster",
  "cite",
  "background",
];
// DOMPurify lets data: images through by default; they can smuggle huge payloads or SVG.
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;

/**
 * One sanitising policy for article HTML, used by the ingest (on a jsdom window) and again by the
 * app before render (on the browser's window), so a replaced data folder cannot inject markup.
 * The article's headline is its page's only h1, so h1s in a body become h2s.
 */
export function createHtmlSanitizer(
  window: PurifyWindow,
): (html: string) => string {
  const purify = createDOMPurify(window);
  purify.addHook("afterSanitizeAttributes", (node) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value !== null && UNSAFE_URL.test(value)) node.removeAttribute(name);
    }
    if (node.nodeName === "A" && node.hasAttribute("href")) {
      node.setAttribute("rel", "noopener noreferrer nofollow");
    }
    if (node.nodeName === "IMG" && !node.hasAttribute("src")) node.remove();
  });
  return (html) => {
    // Typed as never null, but DOMPurify returns null when the input parses into a document with no
    // body (a <frameset>): nothing of it can be shown.
    const fragment: DocumentFragment | null = purify.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      RETURN_DOM_FRAGMENT: true,
    });
    if (!fragment) return "";
    const document = fragment.ownerDocument;
    for (const h1 of Array.from(fragment.querySelectorAll("h1"))) {
      const h2 = document.createElement("h2");
      h2.append(...Array.from(h1.childNodes));
      h1.replaceWith(h2);
    }
    const container = document.createElement("div");
    container.append(fragment);
    return container.innerHTML;
  };
}
