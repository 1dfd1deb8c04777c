import { lstatSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Counts the files under `root` modified at or after `sinceMs` (epoch ms): what a publish started
 * then wrote, counted on disk rather than taken from the publish's own report. Publish replaces a
 * file by renaming a freshly written one into place and leaves unchanged files alone, so a file it
 * did not write keeps its older modification time.
 */
export function filesModifiedSince(root: string, sinceMs: number): number {
  let count = 0;
  const visit = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const entryPath = path.join(folder, entry.name);
      if (entry.isDirectory()) visit(entryPath);
      else if (entry.isFile() && lstatSync(entryPath).mtimeMs >= sinceMs)
        count += 1;
    }
  };
  visit(root);
  return count;
}

/** The bytes of every file under `root`, as a host stores them (uncompressed). */
export function folderBytes(root: string): number {
  let bytes = 0;
  for (const entry of readdirSync(root, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (entry.isFile())
      bytes += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return bytes;
}
