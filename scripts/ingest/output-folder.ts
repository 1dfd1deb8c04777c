import { mkdir, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { BackgroundWriter } from "./background-writer.ts";

/**
 * A data folder built beside its final place and swapped in only when complete, so a crash or a
 * fatal error leaves the previous data folder as it was. The temporary names match `.ingest-tmp-*`
 * in .gitignore.
 */
export class OutputFolder {
  readonly target: string;
  readonly staging: string;
  private writer: BackgroundWriter | undefined;

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
    this.writer = new BackgroundWriter();
  }

  /**
   * Queues one file for writing inside the staging folder; `relativePath` uses `/` as in
   * `dataPaths`. A write error surfaces from a later `write`, `read` or `commit`.
   */
  write(relativePath: string, contents: string): void {
    if (!this.writer) throw new Error("the output folder is not open");
    this.writer.write(this.pathOf(relativePath), contents);
  }

  /** Reads back a file written earlier in this run. */
  async read(relativePath: string): Promise<string> {
    this.writer?.flush();
    return readFile(this.pathOf(relativePath), "utf8");
  }

  private pathOf(relativePath: string): string {
    return path.join(this.staging, ...relativePath.split("/"));
  }

  /** Replaces the target with the finished staging folder. */
  async commit(): Promise<void> {
    await this.writer?.close();
    this.writer = undefined;
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
    await this.writer?.abort();
    this.writer = undefined;
    await rm(this.staging, { recursive: true, force: true });
  }
}
