import { useMemo } from "react";
import { useHtmlSanitizer } from "./html-sanitizer";

/** Renders HTML from the data folder only after sanitising it here, whatever the ingest did. */
export function SanitizedHtml({ html }: { html: string }) {
  const sanitize = useHtmlSanitizer();
  const clean = useMemo(() => sanitize(html), [sanitize, html]);
  return (
    <div className="article-html" dangerouslySetInnerHTML={{ __html: clean }} />
  );
}
