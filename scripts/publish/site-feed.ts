import type { Article, BodyBlock } from "../../src/articles/article-schema.ts";
import { dataPaths } from "../../src/articles/data-paths.ts";
import { paths } from "../../src/paths.ts";
import type { ArticleRow } from "../archive/archive.ts";
import { publishedArticle } from "./data-files.ts";

/** How many of the newest articles feed.json carries. */
export const FEED_ITEM_LIMIT = 50;

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[char]};`,
  );
}

/** Typed blocks back to HTML for feed readers; `html` blocks were sanitised on the way in. */
export function bodyToHtml(body: readonly BodyBlock[]): string {
  return body
    .map((block) => {
      switch (block.type) {
        case "paragraph":
          return `<p>${escapeHtml(block.text)}</p>`;
        case "heading":
          return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case "quote":
          return `<blockquote><p>${escapeHtml(block.text)}</p>${block.cite ? `<footer>${escapeHtml(block.cite)}</footer>` : ""}</blockquote>`;
        case "list": {
          const tag = block.ordered ? "ol" : "ul";
          return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</${tag}>`;
        }
        case "image": {
          const img = `<img src="${escapeHtml(block.src)}" alt="${escapeHtml(block.alt)}">`;
          return block.caption
            ? `<figure>${img}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`
            : img;
        }
        case "html":
          return block.html;
      }
    })
    .join("\n");
}

export interface FeedOptions {
  /** Where the app is deployed; gives items absolute `url`s pointing at the reader. */
  siteUrl?: string;
  /**
   * A feed of part of the site (a tag's, a source's): its title, the app path of its page and its
   * data path. By default the site's: "Bulletin", the front page, `feed.json`.
   */
  of?: { title: string; homePath: string; dataPath: string };
}

export interface FeedItemInput {
  article: Article;
  externalUrl?: string;
}

/** A feed's items from archive rows, newest first: withdrawn articles are left out. */
export function feedItemsOf(rows: readonly ArticleRow[]): FeedItemInput[] {
  return rows
    .filter((row) => row.withdrawnAt === null)
    .map((row) => ({
      article: publishedArticle(row),
      ...(row.externalUrl ? { externalUrl: row.externalUrl } : {}),
    }));
}

/** The absolute address of a path of the app (`/articles/…`) on the deployed site. */
export function siteAddress(siteUrl: string, appPath: string): string {
  // new URL("articles/x", "https://host/app") would drop "app"; the site is a folder.
  const base = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return new URL(appPath.replace(/^\//, ""), base).href;
}

/** A JSON Feed 1.1 of the newest articles, so other readers can subscribe to Bulletin's data. */
export function jsonFeed(
  items: readonly FeedItemInput[],
  options: FeedOptions,
): string {
  const { siteUrl } = options;
  const of = options.of ?? {
    title: "Bulletin",
    homePath: paths.front(),
    dataPath: dataPaths.feed,
  };
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: of.title,
    ...(siteUrl
      ? {
          home_page_url: siteAddress(siteUrl, of.homePath),
          feed_url: siteAddress(siteUrl, `/data/${of.dataPath}`),
        }
      : {}),
    items: items.map(({ article, externalUrl }) => ({
      id: article.id,
      ...(siteUrl ? { url: siteAddress(siteUrl, paths.article(article)) } : {}),
      ...((externalUrl ?? article.url)
        ? { external_url: externalUrl ?? article.url }
        : {}),
      title: article.headline,
      content_html: bodyToHtml(article.body),
      ...(article.standfirst ? { summary: article.standfirst } : {}),
      ...(article.image ? { image: article.image.src } : {}),
      ...(article.publishedAt ? { date_published: article.publishedAt } : {}),
      ...(article.updatedAt ? { date_modified: article.updatedAt } : {}),
      ...(article.byline ? { authors: [{ name: article.byline }] } : {}),
      tags: article.tags,
      language: article.language,
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}
