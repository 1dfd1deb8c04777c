import {
  frontPageRange,
  pageCountOf,
  pageOf,
  pageRange,
} from "../../src/articles/archive-pages.ts";
import type { Article, Neighbour } from "../../src/articles/article-schema.ts";
import { HEADLINES_PER_PAGE } from "../../src/articles/archive-pages.ts";
import { dataPaths } from "../../src/articles/data-paths.ts";
import { paths } from "../../src/paths.ts";
import type { PageData } from "../../src/rendered-page.ts";
import { topicFeedPath } from "../../src/topics/topic-feed.ts";
import type {
  Topic,
  TopicLatest,
  TopicPage,
} from "../../src/topics/topic-schema.ts";
import type { Archive, ArticleRow, TopicRow } from "../archive/archive.ts";
import { publishedArticle } from "./data-files.ts";
import { headlineOf } from "./headline-of.ts";
import {
  FEED_ITEM_LIMIT,
  feedItemsOf,
  jsonFeed,
  type FeedOptions,
} from "./site-feed.ts";

/**
 * The tag and source lists (docs/decisions/0012), published like the archive's own: for each
 * topic its newest articles (`data/tags/<id>/latest.json`, `/tags/<id>-<slug>`) and its pages
 * numbered from its oldest article (`data/tags/<id>/<n>.json`, `/tags/<id>-<slug>/page/<n>`),
 * and a JSON Feed of its newest articles (`data/tags/<id>/feed.json`) for feed readers.
 * Only the pages whose articles changed are written again, plus the page before each (it may have
 * stopped being the newest), so adding articles rewrites O(1) pages per topic they carry.
 */

export interface TopicWriters {
  data(relativePath: string, contents: string): Promise<void>;
  page(appPath: string, data: PageData): Promise<void>;
  /** A page at `appPath` that sends readers on to `targetPath`. */
  redirect(appPath: string, targetPath: string, title: string): Promise<void>;
}

const json = (value: unknown) => `${JSON.stringify(value)}\n`;

const topicOf = ({ kind, id, slug, name }: TopicRow): Topic => ({
  kind,
  id,
  slug,
  name,
});

const headlines = (rows: readonly ArticleRow[]) =>
  rows.map((row) => headlineOf(publishedArticle(row)));

/** The feed's title, as the topic's page is titled in English ("Tag: Transport · Bulletin"). */
const feedTitle = (topic: Topic) =>
  `${topic.kind === "tag" ? "Tag" : "Source"}: ${topic.name} · Bulletin`;

/**
 * Writes the lists (and feeds) of every topic (a full publish) or those that changed after
 * `since`; `feed` gives the feeds absolute addresses when the site's address is known.
 */
export async function writeTopicPages(
  archive: Archive,
  since: number | "all",
  write: TopicWriters,
  feed: Omit<FeedOptions, "of">,
): Promise<number> {
  const pagesOf = new Map<string, Set<number>>();
  const renamed = new Set<string>();
  const all = (topic: TopicRow) => {
    const pages = new Set<number>();
    for (let page = 1; page <= pageCountOf(topic.articles); page += 1)
      pages.add(page);
    pagesOf.set(topic.id, pages);
  };
  if (since === "all") {
    for (const topic of archive.topics()) {
      all(topic);
      renamed.add(topic.id);
    }
  } else {
    for (const { topicId, position } of archive.topicPositionsChangedSince(
      since,
    )) {
      const pages = pagesOf.get(topicId) ?? new Set<number>();
      pages.add(pageOf(position));
      // The page before may have been the newest until now.
      pages.add(pageOf(Math.max(1, position - 1)));
      pagesOf.set(topicId, pages);
    }
    for (const topic of archive.topicsRenamedSince(since)) {
      all(topic);
      renamed.add(topic.id);
    }
  }

  for (const [id, pages] of pagesOf) {
    const row = archive.topic(id);
    if (!row) continue;
    const topic = topicOf(row);
    const pageCount = pageCountOf(row.articles);
    const formerSlugs = renamed.has(id) ? archive.topicFormerSlugs(id) : [];
    for (const page of [...pages].sort((a, b) => a - b)) {
      if (page > pageCount) continue;
      const { from, to } = pageRange(page);
      const file: TopicPage = {
        topic,
        page,
        pageSize: HEADLINES_PER_PAGE,
        newest: page === pageCount,
        headlines: headlines(archive.topicRange(id, from, to)),
      };
      await write.data(dataPaths.topicPage(topic.kind, id, page), json(file));
      await write.page(paths.topic(topic, page), { topicPage: file });
      for (const slug of formerSlugs)
        await write.redirect(
          paths.topic({ ...topic, slug }, page),
          paths.topic(topic, page),
          topic.name,
        );
    }
    const front = frontPageRange(row.articles);
    const latest: TopicLatest = {
      topic,
      pageSize: HEADLINES_PER_PAGE,
      totalArticles: row.articles,
      headlines: headlines(archive.topicRange(id, front.from, front.to)),
    };
    await write.data(dataPaths.topicLatest(topic.kind, id), json(latest));
    await write.page(paths.topic(topic), { topicLatest: latest });
    await write.data(
      topicFeedPath(topic.kind, id),
      jsonFeed(
        feedItemsOf(
          archive.topicRange(
            id,
            Math.max(1, row.articles - FEED_ITEM_LIMIT + 1),
            row.articles,
          ),
        ),
        {
          ...feed,
          of: {
            title: feedTitle(topic),
            homePath: paths.topic(topic),
            dataPath: topicFeedPath(topic.kind, id),
          },
        },
      ),
    );
    // The id alone, and every earlier slug, lead to the list where it is now.
    for (const slug of ["", ...formerSlugs])
      await write.redirect(
        slug ? paths.topic({ ...topic, slug }) : `/${topic.kind}s/${id}`,
        paths.topic(topic),
        topic.name,
      );
  }
  return pagesOf.size;
}

const neighbourOf = (row: ArticleRow | undefined): Neighbour | undefined => {
  if (!row) return undefined;
  const { id, slug, headline, language, publishedAt, updatedAt, timeZone } =
    publishedArticle(row);
  return {
    id,
    slug,
    headline,
    language,
    ...(publishedAt ? { publishedAt } : {}),
    ...(updatedAt ? { updatedAt } : {}),
    ...(timeZone ? { timeZone } : {}),
  };
};

/** The article with links to the ones before and after it in the archive's order. */
export function withNeighbours(archive: Archive, row: ArticleRow): Article {
  const article = publishedArticle(row);
  const around = archive.range(row.seq - 1, row.seq + 1);
  const previous = neighbourOf(
    around.find((other) => other.seq === row.seq - 1),
  );
  const next = neighbourOf(around.find((other) => other.seq === row.seq + 1));
  if (!previous && !next) return article;
  return {
    ...article,
    neighbours: {
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
    },
  };
}
