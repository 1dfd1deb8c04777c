import type { Article, Headline } from "../../src/articles/article-schema.ts";

/** An article's entry in the headline index: the list's fields, never the body. */
export function headlineOf(article: Article): Headline {
  const {
    id,
    slug,
    headline,
    standfirst,
    source,
    language,
    publishedAt,
    updatedAt,
    timeZone,
    tags,
    withdrawn,
  } = article;
  return {
    id,
    slug,
    headline,
    standfirst,
    source,
    language,
    publishedAt,
    updatedAt,
    timeZone,
    tags,
    withdrawn,
  };
}
