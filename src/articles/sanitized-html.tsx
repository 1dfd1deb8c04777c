import { useMemo } from "react";
import { createHtmlSanitizer } from "./sanitize-html";

let sanitize: ((html: string) => string) | undefined;

/** Renders HTML from the data folder only after sanitising it here, whatever the ingest did. */
export function SanitizedHtml({ html }: { html: string }) {
  const clean = useMemo(() => {
    sanitize ??= createHtmlSanitizer(window);
    return sanitize(html);
  }, [html]);
  return (
    <div className="article-html" dangerouslySetInnerHTML={{ __html: clean }} />
  );
}
