import type * as pagefind from "pagefind";
import type { Article, BodyBlock } from "../../src/articles/article-schema.ts";
import { paths } from "../../src/paths.ts";
import { foldText } from "../../src/search/fold-text.ts";
import { topicId } from "../../src/topics/topic-ref.ts";

/**
 * What the search index holds of an article: one Pagefind record each (docs/decisions/0011).
 */

/**
 * One index for every language, so a search covers the whole archive whatever language the
 * interface is in. Its words are stemmed as English (Turkish words still match as folded).
 */
export const INDEX_LANGUAGE = "en";

function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:nbsp|#160);/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function blockText(block: BodyBlock): string[] {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return [block.text];
    case "quote":
      return block.cite ? [block.text, block.cite] : [block.text];
    case "list":
      return block.items;
    case "image":
      return [block.caption ?? block.alt];
    case "html":
      return [htmlText(block.html)];
  }
}

/**
 * Pagefind folds case and accents itself but keeps dotless ı apart from i, so "kapısı" would not
 * be found from "kapisi". The folded spelling of each such word goes in a meta field that is
 * searched but never shown; the excerpt keeps the text as written.
 */
function dotlessTwins(text: string): string | undefined {
  const twins = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}ıİ]+/u)) {
    if (word.includes("ı")) twins.add(foldText(word));
  }
  return twins.size > 0 ? [...twins].join(" ") : undefined;
}

/**
 * The record for one article. Display fields that must not be searched (language, zone, time,
 * source name) travel as filters, which Pagefind returns with a result but never matches words in.
 */
export function searchRecord(article: Article): pagefind.CustomRecord {
  const content = [
    article.standfirst,
    article.byline,
    ...article.body.flatMap(blockText),
  ]
    .filter((text): text is string => Boolean(text))
    .join("\n");
  const time = article.updatedAt ?? article.publishedAt;
  const sorted = sortTime(article);
  const twins = dotlessTwins(`${article.headline}\n${content}`);
  return {
    url: paths.article(article),
    content,
    language: INDEX_LANGUAGE,
    meta: { title: article.headline, ...(twins ? { alt: twins } : {}) },
    filters: {
      tag: article.tags.map((tag) => topicId("tag", tag)),
      source: [topicId("source", article.source)],
      sourceName: [article.source],
      language: [article.language],
      ...(time ? { time: [time] } : {}),
      ...(article.timeZone ? { zone: [article.timeZone] } : {}),
    },
    // As text: Pagefind orders numbers as 32-bit floats, two minutes apart at today's dates.
    ...(sorted === undefined
      ? {}
      : { sort: { date: new Date(sorted).toISOString() } }),
  };
}

/** Where an article falls in newest-first order (epoch ms): its last update, else its publication. */
export function sortTime(article: Article): number | undefined {
  const time = article.updatedAt ?? article.publishedAt;
  const ms = time === undefined ? NaN : Date.parse(time);
  return Number.isNaN(ms) ? undefined : ms;
}
