/**
 * The same page saved as plain HTML: every <script> element (the app's module and the embedded
 * page data) and every modulepreload removed; the markup, head and stylesheet stay as published.
 * What a reader would get from a site that sends only HTML and CSS: the floor for first paint.
 */
export function plainPage(html: string): string {
  const plain = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/gi, "")
    .replace(/<link\b[^>]*\brel="modulepreload"[^>]*>\s*/gi, "");
  if (/<script\b|modulepreload/i.test(plain))
    throw new Error("the page still loads script after removing it");
  return plain;
}
