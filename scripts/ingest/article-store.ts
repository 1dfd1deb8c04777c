import type { Article } from "../../src/articles/article-schema.ts";
import { dataPaths } from "../../src/articles/data-paths.ts";
import { headlineOf } from "../../src/articles/headline-of.ts";
import type { Rejection } from "./ingest-item.ts";
import type { OutputFolder } from "./output-folder.ts";

/**
 * What the run keeps per article once its file is written: the list fields, never the body. The
 * headline is kept as the JSON it will be written as, one flat string rather than an object of a
 * dozen strings: at 100,000 articles the live index is ~100 MB instead of ~220 MB.
 */
export interface IndexEntry {
  id: string;
  /** The article's `Headline` as JSON, already checked as part of the article. */
  headlineJson: string;
  /** updatedAt ?? publishedAt as epoch milliseconds; undefined for undated articles. */
  sortMs: number | undefined;
  /** Only feed.json needs it, and only for the newest few; most articles have none. */
  externalUrl?: string;
}

export type StoreOutcome = "ingested" | "updated" | "skipped" | Rejection;

interface Seen {
  identity: string;
  location: string;
  /** The id whose entry holds this identity's article (differs after a merge by URL). */
  canonicalId: string;
}

export function sortTime(
  article: Pick<Article, "publishedAt" | "updatedAt">,
): number | undefined {
  const time = article.updatedAt ?? article.publishedAt;
  return time === undefined ? undefined : Date.parse(time);
}

function isNewer(
  candidate: number | undefined,
  current: number | undefined,
): boolean {
  // An undated copy never replaces a dated one; between equals, the first one read stays.
  return (
    candidate !== undefined && (current === undefined || candidate > current)
  );
}

/**
 * Holds the index entries of every article written so far and merges duplicates: the same id
 * (same source identity) or the same URL. The newer update wins; the merged article keeps the id
 * of the copy read first, so its URL does not move.
 */
export class ArticleStore {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly seen = new Map<string, Seen>();
  private readonly byUrl = new Map<string, string>();

  private readonly output: OutputFolder;

  constructor(output: OutputFolder) {
    this.output = output;
  }

  add(
    article: Article,
    identity: string,
    location: string,
    externalUrl?: string,
  ): StoreOutcome {
    const previous = this.seen.get(article.id);
    if (previous && previous.identity !== identity) {
      return {
        location,
        field: "id",
        reason: `${article.id} is already the id of "${previous.identity}" (${previous.location}); "${identity}" hashes to the same id, so give one of them a different identity`,
      };
    }
    const canonicalId =
      previous?.canonicalId ??
      (article.url === undefined ? undefined : this.byUrl.get(article.url));
    if (!previous)
      this.seen.set(article.id, {
        identity,
        location,
        canonicalId: canonicalId ?? article.id,
      });

    const current =
      canonicalId === undefined ? undefined : this.entries.get(canonicalId);
    const sortMs = sortTime(article);
    if (canonicalId !== undefined && current) {
      if (!isNewer(sortMs, current.sortMs)) return "skipped";
      this.put({ ...article, id: canonicalId }, sortMs, externalUrl);
      return "updated";
    }
    this.put(article, sortMs, externalUrl);
    return "ingested";
  }

  private put(
    article: Article,
    sortMs: number | undefined,
    externalUrl: string | undefined,
  ): void {
    this.entries.set(article.id, {
      id: article.id,
      // Same fields, order and values as headlineSchema's parse of it would give.
      headlineJson: JSON.stringify(headlineOf(article)),
      sortMs,
      ...(externalUrl === undefined ? {} : { externalUrl }),
    });
    if (article.url !== undefined && !this.byUrl.has(article.url))
      this.byUrl.set(article.url, article.id);
    // Written at once and forgotten: only the index entry stays in memory.
    this.output.write(
      dataPaths.article(article.id),
      `${JSON.stringify(article)}\n`,
    );
  }

  /** Newest first by updatedAt ?? publishedAt, ties by id, undated last. */
  sortedEntries(): IndexEntry[] {
    return [...this.entries.values()].sort((a, b) => {
      if (a.sortMs !== b.sortMs) {
        if (a.sortMs === undefined) return 1;
        if (b.sortMs === undefined) return -1;
        return b.sortMs - a.sortMs;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
  }
}
