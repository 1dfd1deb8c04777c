/**
 * Takes out the head elements a pre-rendered page was published with (publish marks them with
 * `<!--page-head-->` … `<!--/page-head-->`), before the app renders another page in its place and
 * React adds that page's title, description and links: otherwise both pages' would be there.
 */
export function removePublishedHead(document: Document): void {
  let inside = false;
  for (const node of Array.from(document.head.childNodes)) {
    if (node.nodeType === Node.COMMENT_NODE) {
      if (node.nodeValue === "page-head") inside = true;
      else if (node.nodeValue === "/page-head") inside = false;
      else continue;
      node.remove();
    } else if (inside) node.remove();
  }
}
