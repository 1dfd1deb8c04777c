import { mkdirSync, writeFileSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";

/**
 * A data folder built beside its final place and swapped in only when complete, so a crash or a
 * fatal error leaves the previous data folder as it was. The temporary names match `.ingest-tmp-*`
 * in .gitignore.
 */
export class OutputFolder {
  readonly target: string;
  readonly staging: string;
  private readonly madeDirectories = new Set<string>();

  constructor(target: string) {
    this.target = path.resolve(target);
    this.staging = path.join(
      path.dirname(this.target),
      `.ingest-tmp-${path.basename(this.target)}-${process.pid}`,
    );
  }

  async open(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
    await mkdir(this.staging, { recursive: true });
  }

  /**
   * Writes one file inside the staging folder; `relativePath` uses `/` as in `dataPaths`.
   * Synchronous on purpose: for 100,000 small files the promise API's per-call overhead costs
   * several times the write itself, and nothing else needs the event loop meanwhile.
   */
  write(relativePath: string, contents: string): void {
    const file = path.join(this.staging, ...relativePath.split("/"));
    const directory = path.dirname(file);
    if (!this.madeDirectories.has(directory)) {
      this.madeDirectories.add(directory);
      mkdirSync(directory, { recursive: true });
    }
    writeFileSync(file, contents);
  }

  pathOf(relativePath: string): string {
    return path.join(this.staging, ...relativePath.split("/"));
  }

  async remove(relativePath: string): Promise<void> {
    await rm(this.pathOf(relativePath), { force: true });
  }

  /** Replaces the target with the finished staging folder. */
  async commit(): Promise<void> {
    const previous = `${this.staging}-previous`;
    await rm(previous, { recursive: true, force: true });
    let hadPrevious = true;
    try {
      await rename(this.target, previous);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      hadPrevious = false;
    }
    try {
      await rename(this.staging, this.target);
    } catch (error) {
      // Put the previous folder back rather than leave no data at all.
      if (hadPrevious) await rename(previous, this.target);
      throw error;
    }
    if (hadPrevious) await rm(previous, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
