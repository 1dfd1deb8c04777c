import { hash } from "node:crypto";
import type { Article } from "../../src/articles/article-schema.ts";
import type { Archive } from "../archive/archive.ts";
import { finaliseItem, type DraftItem, type Rejection } from "./ingest-item.ts";
import {
  expandSources,
  loadSource,
  type LoadedSource,
  type SourceRef,
} from "./sources.ts";

export interface IngestOptions {
  sources: readonly string[];
  /** An archive with a run begun (`Archive#begin`); the caller commits or rolls back. */
  archive: Archive;
  zone?: string;
  fetchTimeoutMs?: number;
  maxBytes?: number;
  /** The run's clock, for "when seen"; tests pass a fixed one. */
  now?: Date;
  onRejection?: (rejection: Rejection) => void;
  onWarning?: (warning: Rejection) => void;
  onProgress?: (counts: IngestCounts) => void;
}

/** Every item read is exactly one of added, updated, unchanged, merged or rejected (docs/ingest.md). */
export interface IngestCounts {
  added: number;
  updated: number;
  unchanged: number;
  merged: number;
  rejected: number;
  /** Sources that could not be read at all: they change nothing (their items are not counted). */
  unreadableSources: number;
  /** http(s) sources that answered 304 Not Modified. */
  notModifiedSources: number;
}

// Enough reads in flight to hide disk latency on a folder of many small files.
const READ_AHEAD = 32;

const sha256 = (text: string) => hash("sha256", text);

function sortTime(article: Article): number | null {
  const time = article.updatedAt ?? article.publishedAt;
  return time === undefined ? null : Date.parse(time);
}

/** A copy replaces what is stored only if it is not older; an undated copy never replaces a dated one. */
function isOlder(candidate: number | null, current: number | null): boolean {
  if (current === null) return false;
  return candidate === null || candidate < current;
}

/**
 * Reads every source into the archive: new items are added, changed ones updated (the earlier
 * version kept as a revision), the rest left untouched. Nothing is removed because a source no
 * longer lists it. A source that cannot be read changes nothing.
 */
export async function runIngest(options: IngestOptions): Promise<IngestCounts> {
  const { archive } = options;
  const seenAt = (options.now ?? new Date()).toISOString();
  const counts: IngestCounts = {
    added: 0,
    updated: 0,
    unchanged: 0,
    merged: 0,
    rejected: 0,
    unreadableSources: 0,
    notModifiedSources: 0,
  };
  const reject = (rejection: Rejection) => {
    counts.rejected += 1;
    options.onRejection?.(rejection);
  };
  const unreadable = (rejection: Rejection) => {
    counts.unreadableSources += 1;
    options.onRejection?.(rejection);
  };
  // Sort time of each article this run stored: a second copy in the same run merges into it.
  const storedThisRun = new Map<string, number | null>();

  const store = (item: DraftItem, externalUrl: string | undefined) => {
    const finalised = finaliseItem(item);
    if (!finalised.ok) return reject(finalised.rejection);
    const { article, identity, location } = finalised;
    const json = JSON.stringify(article);
    const contentHash = sha256(json);
    const sortMs = sortTime(article);
    const existing = archive.find(article.id);
    if (existing && existing.identity !== identity) {
      return reject({
        location,
        field: "id",
        reason: `${article.id} is already the id of "${existing.identity}"; "${identity}" hashes to the same id, so give one of them a different identity`,
      });
    }
    const version = {
      id: article.id,
      identity,
      article,
      json,
      contentHash,
      bodyHash: sha256(JSON.stringify(article.body)),
      sortMs,
      externalUrl: externalUrl ?? null,
      headline: article.headline,
      slug: article.slug,
      standfirst: article.standfirst ?? null,
      publishedAt: article.publishedAt ?? null,
      updatedAt: article.updatedAt ?? null,
      source: location,
    };
    const inThisRun = storedThisRun.has(article.id);
    if (!existing) {
      archive.insert(version, seenAt);
      storedThisRun.set(article.id, sortMs);
      counts.added += 1;
    } else if (existing.contentHash === contentHash) {
      counts[inThisRun ? "merged" : "unchanged"] += 1;
    } else if (inThisRun) {
      // A duplicate within one run: the copy updated later wins; between equals the first stays.
      const stored = storedThisRun.get(article.id) ?? null;
      if (sortMs !== null && (stored === null || sortMs > stored)) {
        archive.update(version, existing.revision + 1, seenAt);
        storedThisRun.set(article.id, sortMs);
      }
      counts.merged += 1;
    } else if (isOlder(sortMs, existing.sortMs)) {
      // An older copy of something the archive already has in a later version.
      counts.unchanged += 1;
    } else {
      archive.update(version, existing.revision + 1, seenAt);
      storedThisRun.set(article.id, sortMs);
      counts.updated += 1;
    }
  };

  const refs: SourceRef[] = [];
  for (const entry of await expandSources(options.sources)) {
    if ("kind" in entry) unreadable(entry.rejection);
    else refs.push(entry);
  }

  const load = (ref: SourceRef): Promise<LoadedSource> =>
    loadSource(ref, {
      fetchTimeoutMs: options.fetchTimeoutMs ?? 30_000,
      ...(options.zone ? { zone: options.zone } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(ref.url ? { validators: archive.validators(ref.url) } : {}),
    });
  const pending: { ref: SourceRef; loading: Promise<LoadedSource> }[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < READ_AHEAD && next < refs.length) {
      const ref = refs[next];
      next += 1;
      if (ref) pending.push({ ref, loading: load(ref) });
    }
  };
  fill();
  for (let entry = pending.shift(); entry; entry = pending.shift()) {
    const loaded = await entry.loading;
    fill();
    if (loaded.kind === "unreadable") {
      unreadable(loaded.rejection);
      continue;
    }
    if (loaded.kind === "not-modified") {
      counts.notModifiedSources += 1;
      continue;
    }
    for await (const event of loaded.events) {
      if (event.kind === "warning") options.onWarning?.(event.warning);
      else if (event.kind === "rejection") reject(event.rejection);
      else {
        try {
          store(event.item, event.item.externalUrl);
        } catch (error) {
          // One item's failure is that item's rejection; the run goes on.
          reject({
            location: event.item.location,
            field: "item",
            reason: `could not be stored: ${(error as Error).message}`,
          });
        }
      }
      options.onProgress?.(counts);
    }
    // Remembered only once the whole answer was read, so a failed read is fetched again next time.
    if (entry.ref.url && loaded.validators) {
      archive.saveValidators(entry.ref.url, loaded.validators, seenAt);
    }
  }
  archive.numberNewArticles();
  return counts;
}
