import { useSiteAddress } from "../shell/site";
import { paths } from "../paths";
import type { Article } from "./article-schema";

/**
 * schema.org NewsArticle for search engines, as a JSON data block (not a script: it never runs, so
 * it needs no exception in the Content Security Policy). `<` is escaped so no text in the article
 * can end the block.
 */
export function ArticleStructuredData({ article }: { article: Article }) {
  const address = useSiteAddress(paths.article(article));
  const data = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.headline,
    ...(article.standfirst ? { description: article.standfirst } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...((article.updatedAt ?? article.publishedAt)
      ? { dateModified: article.updatedAt ?? article.publishedAt }
      : {}),
    ...(article.byline
      ? { author: { "@type": "Person", name: article.byline } }
      : {}),
    publisher: { "@type": "Organization", name: article.source },
    inLanguage: article.language,
    mainEntityOfPage: address,
    ...(article.image ? { image: [article.image.src] } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.join(", ") } : {}),
  };
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{
        __html: JSON.stringify(data).replaceAll("<", "\\u003c"),
      }}
    />
  );
}
