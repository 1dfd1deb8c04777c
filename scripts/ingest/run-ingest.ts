import { stat } from "node:fs/promises";
import type {
  Archive,
  ArticleState,
  ArticleVersion,
} from "../archive/archive.ts";
import type { Rejection } from "./ingest-item.ts";
import {
  preparedBatches,
  type PrepareOptions,
  type PreparedEvent,
} from "./prepared-batches.ts";
import { expandSources, type SourceRef } from "./sources.ts";
import { workerBatches } from "./worker-batches.ts";

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
  /**
   * Read the sources on a worker thread while this one writes the archive. By default only when
   * there is enough to read to pay for starting one (see `worthAThread`).
   */
  thread?: boolean;
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

// Starting the reading thread costs about 0.2 s of CPU (it loads the parsers and zod again): more
// than reading a folder of a hundred small articles takes, less than the half of reading 2 MiB of
// feed it saves. Sizes are looked at only below the count, so a huge folder costs no extra stat.
const THREAD_MIN_SOURCES = 256;
const THREAD_MIN_BYTES = 2 * 1024 * 1024;

// Enough for the indexes an ingest inserts into (ids, revisions, topic lists) at 100,000 articles.
const PAGE_CACHE_MIB = 64;

/** Whether these sources are enough work to read them on a thread of their own. */
async function worthAThread(refs: readonly SourceRef[]): Promise<boolean> {
  if (refs.length >= THREAD_MIN_SOURCES) return true;
  let bytes = 0;
  for (const ref of refs) {
    if (!ref.file) continue;
    try {
      bytes += (await stat(ref.file)).size;
    } catch {
      // Reading it will say what is wrong with it.
    }
  }
  return bytes >= THREAD_MIN_BYTES;
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
  archive.setPageCache(PAGE_CACHE_MIB);
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

  const store = (
    version: ArticleVersion,
    existing: ArticleState | undefined,
  ) => {
    const { id, identity, contentHash, sortMs } = version;
    if (existing && existing.identity !== identity) {
      return reject({
        location: version.source,
        field: "id",
        reason: `${id} is already the id of "${existing.identity}"; "${identity}" hashes to the same id, so give one of them a different identity`,
      });
    }
    const inThisRun = storedThisRun.has(id);
    if (!existing) {
      archive.insert(version, seenAt);
      storedThisRun.set(id, sortMs);
      counts.added += 1;
    } else if (existing.contentHash === contentHash) {
      counts[inThisRun ? "merged" : "unchanged"] += 1;
    } else if (inThisRun) {
      // A duplicate within one run: the copy updated later wins; between equals the first stays.
      const stored = storedThisRun.get(id) ?? null;
      if (sortMs !== null && (stored === null || sortMs > stored)) {
        archive.update(version, existing.revision + 1, seenAt);
        storedThisRun.set(id, sortMs);
      }
      counts.merged += 1;
    } else if (isOlder(sortMs, existing.sortMs)) {
      // An older copy of something the archive already has in a later version.
      counts.unchanged += 1;
    } else {
      archive.update(version, existing.revision + 1, seenAt);
      storedThisRun.set(id, sortMs);
      counts.updated += 1;
    }
  };

  const write = (events: readonly PreparedEvent[]) => {
    // One look-up for the batch's articles; one stored earlier in this run is looked up again
    // when its copy comes, as the batch may have changed it.
    const found = archive.findMany(
      events.flatMap((event) =>
        event.kind === "item" && !storedThisRun.has(event.version.id)
          ? [event.version.id]
          : [],
      ),
    );
    for (const event of events) {
      switch (event.kind) {
        case "item": {
          const { version } = event;
          try {
            store(
              version,
              storedThisRun.has(version.id)
                ? archive.find(version.id)
                : found.get(version.id),
            );
          } catch (error) {
            // One item's failure is that item's rejection; the run goes on.
            reject({
              location: version.source,
              field: "item",
              reason: `could not be stored: ${(error as Error).message}`,
            });
          }
          break;
        }
        case "rejection":
          reject(event.rejection);
          break;
        case "warning":
          options.onWarning?.(event.warning);
          break;
        case "unreadable":
          unreadable(event.rejection);
          break;
        case "not-modified":
          counts.notModifiedSources += 1;
          break;
        case "source-read":
          archive.saveValidators(event.url, event.validators, seenAt);
          break;
      }
      options.onProgress?.(counts);
    }
  };

  const refs: SourceRef[] = [];
  for (const entry of await expandSources(options.sources)) {
    if ("kind" in entry) unreadable(entry.rejection);
    else refs.push(entry);
  }
  const prepareOptions: PrepareOptions = {
    fetchTimeoutMs: options.fetchTimeoutMs ?? 30_000,
    ...(options.zone ? { zone: options.zone } : {}),
    ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
    validators: Object.fromEntries(
      refs.flatMap((ref) =>
        ref.url ? [[ref.url, archive.validators(ref.url)]] : [],
      ),
    ),
  };
  const batches =
    (options.thread ?? (await worthAThread(refs)))
      ? workerBatches({ refs, options: prepareOptions })
      : preparedBatches(refs, prepareOptions);
  for await (const events of batches) write(events);
  archive.numberNewArticles();
  return counts;
}
