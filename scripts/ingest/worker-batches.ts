import { Worker } from "node:worker_threads";
import type {
  PrepareWorkerData,
  PrepareWorkerMessage,
} from "./prepare-worker.ts";
import type { PreparedEvent } from "./prepared-batches.ts";

// From source (vitest, tsx) this module sits beside the reading thread's TypeScript; in the bundle
// that scripts/cli.js builds it is part of ingest.mjs, with the thread bundled beside it.
const WORKER_URL = import.meta.url.endsWith(".ts")
  ? new URL("./prepare-worker-from-source.js", import.meta.url)
  : new URL("./prepare-worker.mjs", import.meta.url);

/**
 * The same batches as `preparedBatches`, read on a worker thread (scripts/ingest/prepare-worker.ts)
 * while the caller writes the previous ones. The thread stays a few batches ahead of the caller
 * and no more; it is stopped when the caller stops reading, and its failure is the caller's.
 */
export async function* workerBatches(
  data: PrepareWorkerData,
): AsyncGenerator<PreparedEvent[]> {
  const worker = new Worker(WORKER_URL, { workerData: data });
  const batches: PreparedEvent[][] = [];
  let done = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  worker.on("message", (message: PrepareWorkerMessage) => {
    if (message.kind === "batch") batches.push(message.events);
    else done = true;
    wake?.();
  });
  worker.on("error", (error) => {
    failure = error;
    wake?.();
  });
  worker.on("exit", (code) => {
    if (!done)
      failure ??= new Error(
        `the ingest's reading thread stopped early (exit code ${code})`,
      );
    wake?.();
  });
  try {
    for (;;) {
      const batch = batches.shift();
      if (batch) {
        yield batch;
        // Written: the thread may read one batch further.
        worker.postMessage("written");
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    await worker.terminate();
  }
}
