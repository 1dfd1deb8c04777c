import path from "node:path";
import { fileURLToPath } from "node:url";

/** The archive commands use unless told otherwise, relative to the repository (git-ignored). */
export const DEFAULT_ARCHIVE = path.relative(
  process.cwd(),
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    "../../archive/bulletin.sqlite",
  ),
);
