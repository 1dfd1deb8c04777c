import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository: the nearest folder above this module (or the bundle made from it) with a package.json. */
function repositoryRoot(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(folder, "package.json"))) {
    const parent = path.dirname(folder);
    if (parent === folder) return process.cwd();
    folder = parent;
  }
  return folder;
}

/** The archive commands use unless told otherwise, relative to the repository (git-ignored). */
export const DEFAULT_ARCHIVE = path.relative(
  process.cwd(),
  path.join(repositoryRoot(), "archive", "bulletin.sqlite"),
);
