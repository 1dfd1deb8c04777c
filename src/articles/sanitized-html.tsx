import { useMemo } from "react";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { useHtmlSanitizer } from "./html-sanitizer";

/**
 * Renders HTML from the data folder only after sanitising it here, whatever the ingest did. If the
 * sanitiser fails on some input, the rest of the page still renders and says so.
 */
export function SanitizedHtml({ html }: { html: string }) {
  const sanitize = useHtmlSanitizer();
  const t = useT();
  const language = useInterfaceLanguage();
  const clean = useMemo(() => {
    try {
      return sanitize(html);
    } catch (error) {
      console.warn("The article's HTML could not be sanitised", error);
      return undefined;
    }
  }, [sanitize, html]);
  if (clean === undefined)
    return (
      <p className="article-html-error" lang={language}>
        {t("article.htmlError")}
      </p>
    );
  return (
    <div className="article-html" dangerouslySetInnerHTML={{ __html: clean }} />
  );
}
