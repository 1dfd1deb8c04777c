import { ARTICLE_ID_PATTERN, type Headline } from "./articles/article-schema";
import { searchPath } from "./search/search-params";
import { TOPIC_ID_PATTERN, type TopicRef } from "./topics/topic-ref";

/** URL builders: the route table in router.tsx declares the same shapes. */
export const paths = {
  front: () => "/",
  /** A page of the archive, numbered from the oldest (see docs/decisions/0006). */
  page: (page: number) => `/page/${page}`,
  article: (article: Pick<Headline, "id" | "slug">) =>
    `/articles/${article.id}-${article.slug}`,
  /** The articles saved on this device (never published: the app renders it in the browser). */
  saved: () => "/saved",
  /** The copy of an article saved on this device. */
  savedArticle: (article: Pick<Headline, "id" | "slug">) =>
    `/saved/${article.id}-${article.slug}`,
  /** A tag's or source's list: its newest articles, or page N counted from its oldest. */
  topic: (topic: TopicRef, page?: number) =>
    `/${topic.kind}s/${topic.id}-${topic.slug}${page === undefined ? "" : `/page/${page}`}`,
  search: searchPath,
};

// The id as in ARTICLE_ID_PATTERN, in any case: "/articles/4AEF…" reaches the article too.
const ARTICLE_REF = new RegExp(
  `^(${ARTICLE_ID_PATTERN.source.slice(1, -1)})(?:-(.*))?$`,
  "i",
);

/**
 * Splits an article URL part ("4aef69e2e173-iraq-ready") into its stable id and its slug. Only the
 * id matters; whatever follows it is the slug the URL was shared with, corrected by redirect.
 */
export function parseArticleRef(
  ref: string,
): { id: string; slug: string } | null {
  const match = ARTICLE_REF.exec(ref);
  if (!match?.[1]) return null;
  return { id: match[1].toLowerCase(), slug: match[2] ?? "" };
}

const TOPIC_REF = new RegExp(
  `^(${TOPIC_ID_PATTERN.source.slice(1, -1)})(?:-(.*))?$`,
  "i",
);

/** Splits a tag or source URL part ("3f9a1c02b7-transport") into its id and slug, as for articles. */
export function parseTopicRef(
  ref: string,
): { id: string; slug: string } | null {
  const match = TOPIC_REF.exec(ref);
  if (!match?.[1]) return null;
  return { id: match[1].toLowerCase(), slug: match[2] ?? "" };
}

/** A page number in a URL: a whole number from 1 up, written plainly; anything else is not a page. */
export function parsePageNumber(
  value: string | null | undefined,
): number | null {
  if (value === null || value === undefined) return null;
  return /^[1-9][0-9]{0,6}$/.test(value) ? Number(value) : null;
}
