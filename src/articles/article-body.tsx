import { Component, lazy, Suspense, type ReactNode } from "react";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
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
        <PartFailedBoundary fallback={<HtmlUnavailable />}>
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

/**
 * Keeps one part of an article from taking the page down: if the sanitiser's code cannot load
 * (offline before it was ever cached), that part says so and the rest of the article stays.
 */
class PartFailedBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn("Bulletin: part of an article could not be shown", error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
