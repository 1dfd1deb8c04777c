/**
 * The ingest's reading thread (docs/ingest.md, "Two threads"): reads, checks and hashes the
 * sources' items and hands them to the main thread in batches, while the main thread writes the
 * archive. At most MAX_BATCHES_AHEAD batches are handed over and not yet written, so memory holds
 * a few hundred items however large the feed.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { SourceRef } from "./sources.ts";
import {
  preparedBatches,
  type PrepareOptions,
  type PreparedEvent,
} from "./prepared-batches.ts";

export interface PrepareWorkerData {
  refs: SourceRef[];
  options: PrepareOptions;
}

/** What the reading thread posts; the main thread answers each batch with `"written"`. */
export type PrepareWorkerMessage =
  { kind: "batch"; events: PreparedEvent[] } | { kind: "done" };

const MAX_BATCHES_AHEAD = 4;

const port = parentPort;
if (port) {
  const { refs, options } = workerData as PrepareWorkerData;
  let ahead = 0;
  let wake: (() => void) | undefined;
  port.on("message", () => {
    ahead -= 1;
    wake?.();
  });
  const post = (message: PrepareWorkerMessage) => port.postMessage(message);
  for await (const events of preparedBatches(refs, options)) {
    while (ahead >= MAX_BATCHES_AHEAD)
      await new Promise<void>((resolve) => (wake = resolve));
    ahead += 1;
    post({ kind: "batch", events });
  }
  post({ kind: "done" });
  // Nothing more to wait for: let the thread end without the main thread having to stop it.
  port.unref();
}
