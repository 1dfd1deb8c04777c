import { lazy, Suspense } from "react";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { PartFailedBoundary } from "../shell/part-failed-boundary";
import type { BodyBlock } from "./article-schema";

// The sanitiser is most of the article page's code and only HTML-only sources need it.
const SanitizedHtml = lazy(async () => ({
  default: (await import("./sanitized-html")).SanitizedHtml,
}));

export function ArticleBody({ blocks }: { blocks: BodyBlock[] }) {
  return (
    <div className="article-body">
      {blocks.map((block, index) => (
        <BodyBlockView key={index} block={block} />
      ))}
    </div>
  );
}

function BodyBlockView({ block }: { block: BodyBlock }) {
  switch (block.type) {
    case "paragraph":
      return <p>{block.text}</p>;
    case "heading": {
      const Heading = `h${block.level}` as const;
      return <Heading>{block.text}</Heading>;
    }
    case "quote":
      return (
        <figure className="pull-quote">
          <blockquote>
            <p>{block.text}</p>
          </blockquote>
          {block.cite && <figcaption>{block.cite}</figcaption>}
        </figure>
      );
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </List>
      );
    }
    case "image":
      return (
        <figure className="article-image">
          <img
            src={block.src}
            alt={block.alt}
            loading="lazy"
            decoding="async"
          />
          {block.caption && <figcaption>{block.caption}</figcaption>}
        </figure>
      );
    case "html":
      return (
        <PartFailedBoundary part="an HTML body" fallback={<HtmlUnavailable />}>
          <Suspense fallback={<HtmlLoading />}>
            <SanitizedHtml html={block.html} />
          </Suspense>
        </PartFailedBoundary>
      );
  }
}

function HtmlLoading() {
  const t = useT();
  return (
    <p className="loading" lang={useInterfaceLanguage()}>
      {t("shell.loading")}
    </p>
  );
}

function HtmlUnavailable() {
  const t = useT();
  const language = useInterfaceLanguage();
  return (
    <p className="article-html-error" lang={language}>
      {t("article.htmlError")}
    </p>
  );
}
