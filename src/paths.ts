import type { Headline } from "./articles/article-schema";

/** URL builders: the route table in router.tsx declares the same shapes. */
export const paths = {
  headlines: (page = 1) => (page > 1 ? `/?page=${page}` : "/"),
  article: (article: Pick<Headline, "id" | "slug">) =>
    `/articles/${article.id}-${article.slug}`,
};

/** Splits an article URL part ("4aef69e2e173-iraq-ready") into its stable id and its slug. */
export function parseArticleRef(
  ref: string,
): { id: string; slug: string } | null {
  const match = /^([0-9a-f]{12})(?:-([a-z0-9-]*))?$/.exec(ref);
  if (!match?.[1]) return null;
  return { id: match[1], slug: match[2] ?? "" };
}

/** Reads ?page=N; anything but a whole number from 1 up is not a page. */
export function parsePageParam(value: string | null): number | null {
  if (value === null) return 1;
  return /^[1-9][0-9]{0,6}$/.test(value) ? Number(value) : null;
}
