import { createHash } from "node:crypto";
import { dataPaths } from "../../src/articles/data-paths.ts";
import type { Archive } from "../archive/archive.ts";
import {
  frontPageRange,
  pageCountOf,
  pageOf,
  pageRange,
} from "../../src/articles/archive-pages.ts";
import {
  articleFile,
  headlinePageFile,
  latestHeadlinesFile,
  publishedArticle,
} from "./data-files.ts";
import {
  parsePublishState,
  PUBLISH_STATE_FILE,
  publishStateFile,
} from "./publish-state.ts";
import { FEED_ITEM_LIMIT, jsonFeed } from "./site-feed.ts";
import type { SiteWriter } from "./site-writer.ts";

export interface PublishOptions {
  /** An archive with a run begun, so no ingest changes it half-way through. */
  archive: Archive;
  /** An opened writer on the site folder (or, with `dataOnly`, the data folder). */
  writer: SiteWriter;
  /** The built app's shell (`shell.html`); absent when only the data folder is published. */
  shell?: Uint8Array;
  /** Where the site is deployed, for absolute addresses in feeds. */
  siteUrl?: string;
}

export interface PublishResult {
  articles: number;
  /** Articles written because they changed since the last publish (all of them on a full one). */
  changedArticles: number;
  /** True when nothing could be assumed from an earlier publish. */
  full: boolean;
  written: number;
  unchanged: number;
}

const sha256 = (bytes: Uint8Array) =>
  createHash("sha256").update(bytes).digest("hex");

/**
 * Writes the archive into a site folder, only what changed since the last publish: the changed
 * articles, the pages that hold them, then the front page and the feed, and last the record of
 * what was published. Articles go first, so no page ever links to a file not yet written.
 */
export async function runPublish(
  options: PublishOptions,
): Promise<PublishResult> {
  const { archive, shell } = options;
  // Gives the event loop a turn now and then, so SIGINT and SIGTERM handlers can clean up promptly.
  let sinceYield = 0;
  const writer = {
    write: async (relativePath: string, contents: string | Uint8Array) => {
      options.writer.write(relativePath, contents);
      sinceYield += 1;
      if (sinceYield >= 100) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
  const data = shell ? "data/" : "";
  const stats = archive.stats();
  const shellHash = shell ? sha256(shell) : "";
  const previous = parsePublishState(
    options.writer.read(data + PUBLISH_STATE_FILE),
  );
  const full =
    previous === undefined ||
    previous.archiveId !== stats.archiveId ||
    previous.shell !== shellHash ||
    previous.changeNo > stats.changeNo;
  const pageCount = pageCountOf(stats.articles);

  const pages = new Set<number>();
  let changedArticles = 0;
  for (const row of archive.changedSince(full ? 0 : previous.changeNo)) {
    await writer.write(
      data + dataPaths.article(row.id),
      articleFile(publishedArticle(row)),
    );
    pages.add(pageOf(row.seq));
    changedArticles += 1;
  }
  // New pages, and the page that was newest until now (it gains articles or loses "newest").
  const firstPage = full ? 1 : pageCountOf(previous.articles);
  for (let page = firstPage; page <= pageCount; page += 1) pages.add(page);

  for (const page of [...pages].sort((a, b) => a - b)) {
    const { from, to } = pageRange(page);
    await writer.write(
      data + dataPaths.headlinePage(page),
      headlinePageFile(page, page === pageCount, archive.range(from, to)),
    );
  }
  const front = frontPageRange(stats.articles);
  await writer.write(
    data + dataPaths.latestHeadlines,
    latestHeadlinesFile(stats.articles, archive.range(front.from, front.to)),
  );
  const feedItems = archive
    .range(Math.max(1, stats.articles - FEED_ITEM_LIMIT + 1), stats.articles)
    .filter((row) => row.withdrawnAt === null)
    .map((row) => ({
      article: publishedArticle(row),
      ...(row.externalUrl ? { externalUrl: row.externalUrl } : {}),
    }));
  await writer.write(
    data + dataPaths.feed,
    jsonFeed(feedItems, options.siteUrl ? { siteUrl: options.siteUrl } : {}),
  );
  if (shell) {
    await writer.write("index.html", shell);
    // Hosts that answer unknown paths with 404.html (GitHub Pages and the like) then boot the app.
    await writer.write("404.html", shell);
  }
  await writer.write(
    data + PUBLISH_STATE_FILE,
    publishStateFile({
      version: 1,
      archiveId: stats.archiveId,
      changeNo: stats.changeNo,
      articles: stats.articles,
      shell: shellHash,
    }),
  );
  return {
    articles: stats.articles,
    changedArticles,
    full,
    written: options.writer.written,
    unchanged: options.writer.unchanged,
  };
}
