import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PUBLISH_STATE_FILE } from "./publish-state.ts";

/** What `vite build` writes as the app shell; publish makes every page from it. */
export const SHELL_FILE = "shell.html";
/** index.html carries this, so publish can tell a Bulletin build from any other folder. */
const GENERATOR = '<meta name="generator" content="Bulletin"';

/** A folder publish must not write into; the message says why and what to do. Exit status 2. */
export class SiteFolderError extends Error {}

function entries(folder: string): string[] | undefined {
  let info;
  try {
    info = statSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
  if (!info.isDirectory())
    throw new SiteFolderError(
      `${folder}: is a file, not a folder; it was left untouched`,
    );
  return readdirSync(folder);
}

/** Checks that `folder` is a site built by vite build, and returns its app shell. */
export function readBuiltSite(folder: string): Uint8Array {
  const names = entries(folder);
  if (!names?.includes(SHELL_FILE)) {
    if (names && names.length > 0) {
      throw new SiteFolderError(
        `${folder}: is not a Bulletin site (it has no ${SHELL_FILE} from vite build); it was left untouched. Build one with npm run build, or name another folder with --out`,
      );
    }
    throw new SiteFolderError(
      `${folder}: no built site here; run npm run build (or vite build) first`,
    );
  }
  const shell = readFileSync(path.join(folder, SHELL_FILE));
  if (!shell.toString("utf8").includes(GENERATOR)) {
    throw new SiteFolderError(
      `${folder}/${SHELL_FILE}: was not made by Bulletin's build; the folder was left untouched`,
    );
  }
  return shell;
}

/** Checks that `folder` is missing, empty, or a data folder publish wrote before. */
export function checkDataFolder(folder: string): void {
  const names = entries(folder);
  if (names && names.length > 0 && !names.includes(PUBLISH_STATE_FILE)) {
    throw new SiteFolderError(
      `${folder}: is not empty and not a Bulletin data folder (no ${PUBLISH_STATE_FILE}); it was left untouched`,
    );
  }
}
