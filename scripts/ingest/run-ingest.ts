import type { Article } from "../../src/articles/article-schema.ts";
import { dataPaths } from "../../src/articles/data-paths.ts";
import { ArticleStore } from "./article-store.ts";
import { headlinePages } from "./headline-pages.ts";
import { finaliseItem, type Rejection } from "./ingest-item.ts";
import { FEED_ITEM_LIMIT, jsonFeed } from "./json-feed-output.ts";
import { OutputFolder } from "./output-folder.ts";
import { expandSources, loadSource, type SourceRef } from "./sources.ts";

export interface IngestOptions {
  sources: readonly string[];
  out: string;
  zone?: string;
  siteUrl?: string;
  fetchTimeoutMs?: number;
  onRejection?: (rejection: Rejection) => void;
  onProgress?: (counts: IngestCounts) => void;
}

/** See docs/ingest.md for the exact meaning of each count. */
export interface IngestCounts {
  ingested: number;
  updated: number;
  skipped: number;
  rejected: number;
}

export interface IngestResult extends IngestCounts {
  articles: number;
  pages: number;
}

// Enough reads in flight to hide disk latency on a folder of 100,000 small files.
const READ_AHEAD = 32;

/** Reads every source, writes a complete data folder beside `out`, and swaps it in. */
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const counts: IngestCounts = {
    ingested: 0,
    updated: 0,
    skipped: 0,
    rejected: 0,
  };
  const reject = (rejection: Rejection) => {
    counts.rejected += 1;
    options.onRejection?.(rejection);
  };
  const readOptions = {
    fetchTimeoutMs: options.fetchTimeoutMs ?? 30_000,
    ...(options.zone ? { zone: options.zone } : {}),
  };
  const output = new OutputFolder(options.out);
  await output.open();
  try {
    const store = new ArticleStore(output);
    const expanded = await expandSources(options.sources);
    const refs: SourceRef[] = [];
    for (const entry of expanded) {
      if ("kind" in entry) reject(entry.rejection);
      else refs.push(entry);
    }
    const pending: ReturnType<typeof loadSource>[] = [];
    let next = 0;
    const fill = () => {
      while (pending.length < READ_AHEAD && next < refs.length) {
        const ref = refs[next];
        next += 1;
        if (ref) pending.push(loadSource(ref, readOptions));
      }
    };
    fill();
    for (let loading = pending.shift(); loading; loading = pending.shift()) {
      const loaded = await loading;
      fill();
      if (loaded.kind === "unreadable") {
        reject(loaded.rejection);
        continue;
      }
      if (loaded.kind === "not-modified") continue;
      for await (const event of loaded.events) {
        if (event.kind === "warning") continue;
        if (event.kind === "rejection") {
          reject(event.rejection);
          continue;
        }
        const finalised = finaliseItem(event.item);
        if (!finalised.ok) {
          reject(finalised.rejection);
          continue;
        }
        const outcome = store.add(
          finalised.article,
          finalised.identity,
          finalised.location,
          event.item.externalUrl,
        );
        if (typeof outcome === "string") counts[outcome] += 1;
        else reject(outcome);
        options.onProgress?.(counts);
      }
    }

    const sorted = store.sortedEntries();
    let pages = 0;
    for (const page of headlinePages(sorted)) {
      output.write(dataPaths.headlinePage(page.page), page.json);
      pages = page.pageCount;
    }
    // Bodies were never kept in memory: read the newest few back for the feed.
    const newest = await Promise.all(
      sorted.slice(0, FEED_ITEM_LIMIT).map(async (entry) => ({
        article: JSON.parse(
          await output.read(dataPaths.article(entry.id)),
        ) as Article,
        ...(entry.externalUrl ? { externalUrl: entry.externalUrl } : {}),
      })),
    );
    output.write(
      dataPaths.feed,
      jsonFeed(newest, options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    );
    await output.commit();
    return { ...counts, articles: sorted.length, pages };
  } catch (error) {
    await output.discard();
    throw error;
  }
}
