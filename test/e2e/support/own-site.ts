import { execFile } from "node:child_process";
import { cp } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { repoRoot, siteDir } from "./site.ts";

/**
 * For browser tests that ingest and publish into a site of their own, as a publisher does: the
 * built app without the shared test site's pages and data, and the build-time commands.
 */

const run = promisify(execFile);

/**
 * Copies the app as vite build made it (its shell, its assets, and the page renderer beside it)
 * into `site`, without the pages and data the shared test site was published with.
 */
export async function copyBuiltApp(site: string) {
  await cp(siteDir, site, {
    recursive: true,
    filter: (source) => {
      const inSite = path.relative(siteDir, source);
      return (
        inSite === "" ||
        inSite === "shell.html" ||
        inSite.split(path.sep)[0] === "assets"
      );
    },
  });
  await cp(`${siteDir}-ssr`, `${site}-ssr`, { recursive: true });
}

/** One of the build-time commands, as a publisher runs it; fails the test with its own words. */
export async function runScript(
  command: "ingest" | "publish",
  args: string[],
): Promise<string> {
  try {
    const { stdout } = await run(
      process.execPath,
      ["scripts/cli.js", command, ...args],
      { cwd: repoRoot },
    );
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`${command} ${args.join(" ")} failed:\n${stdout}${stderr}`);
  }
}
