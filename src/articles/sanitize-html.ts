import createDOMPurify from "dompurify";

type PurifyWindow = Parameters<typeof createDOMPurify>[0];

// Anything that runs code, loads another document or can hide and overlay the page is removed.
const FORBID_TAGS = [
  "style",
  "iframe",
  "frame",
  "object",
  "embed",
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
const FORBID_ATTR = ["style", "class", "id", "srcset", "formaction", "target"];

/**
 * One sanitising policy for article HTML, used by the ingest (on a jsdom window) and again by the
 * app before render (on the browser's window), so a replaced data folder cannot inject markup.
 */
export function createHtmlSanitizer(
  window: PurifyWindow,
): (html: string) => string {
  const purify = createDOMPurify(window);
  purify.addHook("afterSanitizeAttributes", (node) => {
    if (node.nodeName === "A" && node.hasAttribute("href")) {
      node.setAttribute("rel", "noopener noreferrer nofollow");
    }
  });
  return (html) =>
    purify.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOWED_URI_REGEXP:
        /^(?:https?:|mailto:|#|\/|\.\.?\/|[^:/?#]*(?:[/?#]|$))/i,
    });
}
