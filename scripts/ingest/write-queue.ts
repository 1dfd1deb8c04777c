/**
 * Runs file writes concurrently, a bounded number at a time (so memory holds only a few pending
 * bodies), while writes to the same path still happen in the order they were asked for.
 */
export class WriteQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly lastByKey = new Map<string, Promise<void>>();
  private readonly all = new Set<Promise<void>>();
  private failure: unknown;

  private readonly concurrency: number;

  constructor(concurrency = 32) {
    this.concurrency = concurrency;
  }

  /** Resolves once the task has a slot, so callers slow down when the disk does. */
  async add(key: string, task: () => Promise<void>): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.running >= this.concurrency) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running += 1;
    const previous = this.lastByKey.get(key) ?? Promise.resolve();
    const run: Promise<void> = previous.then(task).then(
      () => this.release(key, run),
      (error: unknown) => {
        this.failure ??= error;
        this.release(key, run);
      },
    );
    this.lastByKey.set(key, run);
    this.all.add(run);
  }

  private release(key: string, run: Promise<void>): void {
    this.running -= 1;
    this.all.delete(run);
    if (this.lastByKey.get(key) === run) this.lastByKey.delete(key);
    this.waiting.shift()?.();
  }

  /** Waits for every write; rethrows the first failure. */
  async drain(): Promise<void> {
    while (this.all.size > 0) await Promise.all(this.all);
    if (this.failure) throw this.failure;
  }
}
