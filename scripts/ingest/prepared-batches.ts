import { hash } from "node:crypto";
import type { Article } from "../../src/articles/article-schema.ts";
import type { ArticleVersion } from "../archive/archive.ts";
import { finaliseItem, type Rejection } from "./ingest-item.ts";
import {
  loadSource,
  type HttpValidators,
  type LoadedSource,
  type ReadOptions,
  type SourceRef,
} from "./sources.ts";

/**
 * What reading the sources yields for the archive, in source order: everything but the database
 * work. An item is already finalised, serialised and hashed, so that the thread writing the
 * archive only compares and writes (docs/ingest.md, "Two threads").
 */
export type PreparedEvent =
  | { kind: "item"; version: ArticleVersion }
  /** One item (or line) that was not ingested. */
  | { kind: "rejection"; rejection: Rejection }
  /** A field left out of an item that was kept. */
  | { kind: "warning"; warning: Rejection }
  /** A source that could not be read at all: nothing of it is ingested. */
  | { kind: "unreadable"; rejection: Rejection }
  /** An http(s) source answered 304 Not Modified. */
  | { kind: "not-modified" }
  /** An http(s) source was read to its end: its validators are to be remembered. */
  | { kind: "source-read"; url: string; validators: HttpValidators };

/** How to read the sources; plain data, so that it can be handed to a worker thread. */
export interface PrepareOptions extends Omit<ReadOptions, "validators"> {
  /** Validators remembered from earlier runs, by URL, for conditional requests. */
  validators: Record<string, HttpValidators>;
}

/** Items per batch: large enough that handing a batch to another thread costs next to nothing. */
export const BATCH_SIZE = 256;

// Enough reads in flight to hide disk latency on a folder of many small files.
const READ_AHEAD = 32;

const sha256 = (text: string) => hash("sha256", text);

function sortTime(article: Article): number | null {
  const time = article.updatedAt ?? article.publishedAt;
  return time === undefined ? null : Date.parse(time);
}

/** An item read from a source as the archive stores it, or why it cannot be. */
function prepare(item: Parameters<typeof finaliseItem>[0]): PreparedEvent {
  const finalised = finaliseItem(item);
  if (!finalised.ok)
    return { kind: "rejection", rejection: finalised.rejection };
  const { article, identity, location } = finalised;
  const json = JSON.stringify(article);
  return {
    kind: "item",
    version: {
      id: article.id,
      identity,
      // Only what the archive lists the article under: the whole article travels as `json`.
      article: { source: article.source, tags: article.tags },
      json,
      contentHash: sha256(json),
      bodyHash: sha256(JSON.stringify(article.body)),
      sortMs: sortTime(article),
      externalUrl: item.externalUrl ?? null,
      headline: article.headline,
      slug: article.slug,
      standfirst: article.standfirst ?? null,
      publishedAt: article.publishedAt ?? null,
      updatedAt: article.updatedAt ?? null,
      source: location,
    },
  };
}

/**
 * Reads the sources in order (up to READ_AHEAD of them loading at once) and yields what they hold
 * in batches of about BATCH_SIZE events. Never throws for one source's or one item's sake.
 */
export async function* preparedBatches(
  refs: readonly SourceRef[],
  options: PrepareOptions,
): AsyncGenerator<PreparedEvent[]> {
  const { validators, ...readOptions } = options;
  const load = (ref: SourceRef): Promise<LoadedSource> => {
    const known = ref.url ? validators[ref.url] : undefined;
    return loadSource(ref, {
      ...readOptions,
      ...(known ? { validators: known } : {}),
    });
  };
  const pending: { ref: SourceRef; loading: Promise<LoadedSource> }[] = [];
  let next = 0;
  const fill = () => {
    while (pending.length < READ_AHEAD && next < refs.length) {
      const ref = refs[next];
      next += 1;
      if (ref) pending.push({ ref, loading: load(ref) });
    }
  };
  let batch: PreparedEvent[] = [];
  fill();
  for (let entry = pending.shift(); entry; entry = pending.shift()) {
    const loaded = await entry.loading;
    fill();
    if (loaded.kind === "unreadable") {
      batch.push({ kind: "unreadable", rejection: loaded.rejection });
      continue;
    }
    if (loaded.kind === "not-modified") {
      batch.push({ kind: "not-modified" });
      continue;
    }
    for await (const event of loaded.events) {
      if (event.kind === "item") {
        try {
          batch.push(prepare(event.item));
        } catch (error) {
          // One item's failure is that item's rejection; the run goes on.
          batch.push({
            kind: "rejection",
            rejection: {
              location: event.item.location,
              field: "item",
              reason: `could not be read: ${(error as Error).message}`,
            },
          });
        }
      } else batch.push(event);
      if (batch.length >= BATCH_SIZE) {
        yield batch;
        batch = [];
      }
    }
    // Remembered only once the whole answer was read, so a failed read is fetched again next time.
    if (entry.ref.url && loaded.validators) {
      batch.push({
        kind: "source-read",
        url: entry.ref.url,
        validators: loaded.validators,
      });
    }
  }
  if (batch.length > 0) yield batch;
}
