import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
} from "node:worker_threads";

/**
 * Writes files on one worker thread, so that the kernel's cost of creating 100,000 small files
 * (open, write, close: 50–300 µs each on ext4, almost all of it system time) runs on a second core
 * while the main thread parses. One writer, not many: parallel creates in one folder contend on
 * the folder's lock and cost more system time than they save.
 *
 * The queue is bounded (QUEUE_LIMIT files), so memory stays bounded when the disk is slower than
 * the parser: `write` then waits for the worker. Files are written in the order they were given,
 * so a later write of the same path wins, as it would with synchronous writes.
 */

/** Files handed to the worker in one message: fewer messages, same order. */
const BATCH_SIZE = 64;
/** Files queued and not yet written before `write` waits (a few MB of article JSON). */
const QUEUE_LIMIT = 2048;

// Shared counters: [files written (or given up after a failure), 1 once a write failed].
const WRITTEN = 0;
const FAILED = 1;

// Plain CommonJS run with `eval`, so the worker needs no TypeScript loader (under tsx, vitest or
// plain node alike) and starts in a few milliseconds.
const WORKER_SOURCE = `
const { mkdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { parentPort, workerData } = require("node:worker_threads");
const { state, errors } = workerData;
const madeDirectories = new Set();
parentPort.on("message", (batch) => {
  for (const [file, contents] of batch) {
    if (Atomics.load(state, ${FAILED}) === 0) {
      try {
        const directory = path.dirname(file);
        if (!madeDirectories.has(directory)) {
          mkdirSync(directory, { recursive: true });
          madeDirectories.add(directory);
        }
        writeFileSync(file, contents);
      } catch (error) {
        errors.postMessage(error);
        Atomics.store(state, ${FAILED}, 1);
      }
    }
  }
  Atomics.add(state, ${WRITTEN}, batch.length);
  Atomics.notify(state, ${WRITTEN});
});
`;

export class BackgroundWriter {
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly errors = new MessageChannel();
  private readonly worker: Worker;
  private batch: [string, string][] = [];
  private posted = 0;

  constructor() {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // The parent's --import tsx would only slow the worker's start.
      execArgv: [],
      workerData: { state: this.state, errors: this.errors.port2 },
      transferList: [this.errors.port2],
    });
    // Never what keeps the process alive; `close` and `abort` end it.
    this.worker.unref();
  }

  /** Queues one file (absolute path); waits only while QUEUE_LIMIT files are already queued. */
  write(file: string, contents: string): void {
    this.batch.push([file, contents]);
    if (this.batch.length >= BATCH_SIZE) this.post();
    this.waitUntilQueued(QUEUE_LIMIT);
  }

  /** Waits until every queued file is on disk; throws the first write error. */
  flush(): void {
    this.post();
    this.waitUntilQueued(0);
  }

  /** Flushes, then ends the worker. */
  async close(): Promise<void> {
    try {
      this.flush();
    } finally {
      await this.worker.terminate();
    }
  }

  /** Ends the worker without waiting for queued files (they are about to be deleted). */
  async abort(): Promise<void> {
    this.batch = [];
    await this.worker.terminate();
  }

  private post(): void {
    if (this.batch.length === 0) return;
    this.worker.postMessage(this.batch);
    this.posted += this.batch.length;
    this.batch = [];
  }

  private waitUntilQueued(limit: number): void {
    for (;;) {
      const written = Atomics.load(this.state, WRITTEN);
      if (Atomics.load(this.state, FAILED) === 1) this.throwFailure();
      if (this.posted - written <= limit) return;
      // Blocking is fine: the main thread has nothing else to do until the disk catches up.
      Atomics.wait(this.state, WRITTEN, written);
    }
  }

  private throwFailure(): never {
    const received = receiveMessageOnPort(this.errors.port1);
    throw received
      ? (received.message as Error)
      : new Error("writing the data folder failed");
  }
}
