import type {
  Article,
  HeadlinePage,
  LatestHeadlines,
} from "../../src/articles/article-schema.ts";
import { HEADLINES_PER_PAGE } from "../../src/articles/archive-pages.ts";
import type { ArticleRow } from "../archive/archive.ts";
import { headlineOf } from "./headline-of.ts";

/**
 * The data files the app reads, as published from archive rows. Each is plain JSON of a type the
 * data contract defines, newline-terminated; the same row always gives the same bytes.
 */

/** The article as readers get it: a withdrawn one keeps its headline and says why, nothing more. */
export function publishedArticle(row: ArticleRow): Article {
  const article = JSON.parse(row.article) as Article;
  if (row.withdrawnAt === null) return article;
  const {
    id,
    slug,
    headline,
    source,
    language,
    publishedAt,
    updatedAt,
    timeZone,
    tags,
  } = article;
  return {
    id,
    slug,
    headline,
    source,
    language,
    ...(publishedAt ? { publishedAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    ...(timeZone ? { timeZone } : {}),
    tags,
    withdrawn: { at: row.withdrawnAt, reason: row.withdrawnReason ?? "" },
    body: [],
  };
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

export function articleFile(article: Article): string {
  return json(article);
}

export function headlinePageFile(
  page: number,
  newest: boolean,
  rowsNewestFirst: readonly ArticleRow[],
): string {
  const file: HeadlinePage = {
    page,
    pageSize: HEADLINES_PER_PAGE,
    newest,
    headlines: rowsNewestFirst.map((row) => headlineOf(publishedArticle(row))),
  };
  return json(file);
}

export function latestHeadlinesFile(
  totalArticles: number,
  rowsNewestFirst: readonly ArticleRow[],
): string {
  const file: LatestHeadlines = {
    pageSize: HEADLINES_PER_PAGE,
    totalArticles,
    headlines: rowsNewestFirst.map((row) => headlineOf(publishedArticle(row))),
  };
  return json(file);
}
