import type { Article } from "../../src/articles/article-schema.ts";

/**
 * Sitemaps for search engines (sitemaps.org 0.9): an index, the list pages, the articles in chunks
 * of positions (so publishing a few articles rewrites one chunk, not all), and a Google News
 * sitemap of the last two days. Addresses must be absolute, so they need publish's --site-url.
 */

/** Articles per sitemap chunk: well under the format's 50,000, so a rewrite stays small. */
export const SITEMAP_CHUNK = 10_000;

/** How far back the news sitemap reaches, as Google News asks. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

export const sitemapFiles = {
  index: "sitemap.xml",
  pages: "sitemaps/pages.xml",
  articles: (chunk: number) => `sitemaps/articles-${chunk}.xml`,
  news: "sitemaps/news.xml",
};

function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" }[char]};`,
  );
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

export function sitemapIndex(locations: readonly string[]): string {
  const entries = locations
    .map((loc) => `  <sitemap><loc>${escapeXml(loc)}</loc></sitemap>\n`)
    .join("");
  return `${XML}<sitemapindex ${NS}>\n${entries}</sitemapindex>\n`;
}

export interface SitemapEntry {
  loc: string;
  lastmod?: string;
}

export function urlSet(entries: readonly SitemapEntry[]): string {
  const urls = entries
    .map(
      ({ loc, lastmod }) =>
        `  <url><loc>${escapeXml(loc)}</loc>${lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : ""}</url>\n`,
    )
    .join("");
  return `${XML}<urlset ${NS}>\n${urls}</urlset>\n`;
}

export function newsSitemap(
  articles: readonly { loc: string; article: Article }[],
): string {
  const urls = articles
    .map(({ loc, article }) => {
      const date = article.publishedAt ?? article.updatedAt ?? "";
      return (
        `  <url><loc>${escapeXml(loc)}</loc><news:news>` +
        `<news:publication><news:name>${escapeXml(article.source)}</news:name>` +
        `<news:language>${escapeXml(article.language)}</news:language></news:publication>` +
        `<news:publication_date>${escapeXml(date)}</news:publication_date>` +
        `<news:title>${escapeXml(article.headline)}</news:title></news:news></url>\n`
      );
    })
    .join("");
  return `${XML}<urlset ${NS} xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${urls}</urlset>\n`;
}

export function robotsTxt(sitemapIndexLocation: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapIndexLocation}\n`;
}
