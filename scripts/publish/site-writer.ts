import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

/** Temporary folders sit beside the site, never inside it, so a deploy never picks one up. */
const TEMP_PREFIX = ".bulletin-tmp-";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Writes files into a folder that is being served: each file is written whole to a temporary
 * folder beside it and renamed into place, so a reader (or a run killed half-way) never sees half a
 * file. A file whose bytes would not change is not touched, so its modification time and the ETag a
 * host derives from it stay the same.
 */
export class SiteWriter {
  readonly root: string;
  written = 0;
  unchanged = 0;
  private temp: string | undefined;
  /** Folders known to exist: making one that exists still costs a system call per file. */
  private readonly folders = new Set<string>();

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Removes temporary folders left by runs that were killed, then makes this run's. */
  open(): void {
    const parent = path.dirname(this.root);
    const prefix = `${TEMP_PREFIX}${path.basename(this.root)}-`;
    for (const name of readdirSync(parent)) {
      if (!name.startsWith(prefix)) continue;
      const pid = Number(name.slice(prefix.length).split("-")[0]);
      if (!Number.isInteger(pid) || !isAlive(pid)) {
        rmSync(path.join(parent, name), { recursive: true, force: true });
      }
    }
    mkdirSync(this.root, { recursive: true });
    this.temp = mkdtempSync(path.join(parent, `${prefix}${process.pid}-`));
  }

  /** The temporary folder, for a signal handler that must remove it. */
  get temporaryFolder(): string | undefined {
    return this.temp;
  }

  /** Writes `relativePath` (with `/` separators) unless it already holds exactly these bytes. */
  write(
    relativePath: string,
    contents: string | Uint8Array,
  ): "written" | "unchanged" {
    if (!this.temp) throw new Error("SiteWriter.open() was not called");
    const target = path.join(this.root, ...relativePath.split("/"));
    const bytes =
      typeof contents === "string" ? Buffer.from(contents, "utf8") : contents;
    if (this.holds(target, bytes)) {
      this.unchanged += 1;
      return "unchanged";
    }
    const staged = path.join(this.temp, String(this.written));
    writeFileSync(staged, bytes);
    const folder = path.dirname(target);
    if (!this.folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    renameSync(staged, target);
    this.written += 1;
    return "written";
  }

  /** Reads a file of the site, or undefined when it does not exist. */
  read(relativePath: string): Buffer | undefined {
    try {
      return readFileSync(path.join(this.root, ...relativePath.split("/")));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  private holds(target: string, bytes: Uint8Array): boolean {
    let current: Buffer;
    try {
      current = readFileSync(target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "EISDIR") return false;
      throw error;
    }
    return current.equals(bytes);
  }

  close(): void {
    if (this.temp) rmSync(this.temp, { recursive: true, force: true });
    this.temp = undefined;
  }
}
