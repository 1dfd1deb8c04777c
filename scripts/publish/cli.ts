import path from "node:path";
import { Archive, ArchiveError } from "../archive/archive.ts";
import { cleanUpOnSignal, runMain } from "../run-main.ts";
import { parsePublishArgs, UsageError, USAGE } from "./parse-args.ts";
import { loadPageRenderer } from "./page-renderer.ts";
import { runPublish, type PublishOptions } from "./run-publish.ts";
import { RECENT_SEARCH_LIMIT } from "./search-index.ts";
import {
  checkDataFolder,
  readBuiltSite,
  SiteFolderError,
} from "./site-folder.ts";
import { SiteWriter } from "./site-writer.ts";

async function main(): Promise<number> {
  let options;
  try {
    options = parsePublishArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`publish: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { folder, kind } = options.target;
  let site: PublishOptions["site"];
  try {
    if (kind === "site") {
      const shell = readBuiltSite(folder);
      const renderer = await loadPageRenderer(folder, shell, {
        ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      });
      site = { shell, renderer };
    } else checkDataFolder(folder);
  } catch (error) {
    if (!(error instanceof SiteFolderError)) throw error;
    process.stderr.write(`publish: ${error.message}\n`);
    return 2;
  }

  let archive: Archive;
  try {
    archive = Archive.open(options.archive, { create: false });
    archive.begin("npm run publish", options.waitMs);
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    process.stderr.write(`publish: ${error.message}\n`);
    return 1;
  }
  const writer = new SiteWriter(folder);
  const stopWatching = cleanUpOnSignal(() => {
    writer.close();
    archive.close();
  });
  try {
    writer.open();
    const result = await runPublish({
      archive,
      writer,
      ...(site ? { site } : {}),
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      search: options.search,
    });
    const name = path.relative(process.cwd(), folder) || ".";
    process.stdout.write(
      `publish: ${result.articles} articles, ${result.full ? "all published afresh" : `${result.changedArticles} changed since the last publish`}; ${result.written} files written, ${result.unchanged} unchanged in ${name}\n`,
    );
    const search = result.search;
    const seconds = (milliseconds: number) =>
      `${(milliseconds / 1000).toFixed(1)} s`;
    const limit = RECENT_SEARCH_LIMIT.toLocaleString("en");
    const plural = (count: number, noun: string) =>
      `${count} ${noun}${count === 1 ? "" : "s"}`;
    if (search && "built" in search) {
      const { built, reason } = search;
      process.stdout.write(
        `publish: search index of ${built.records} articles built in ${seconds(built.milliseconds)}${reason === "limit" ? ` (more than ${limit} articles had changed since its last build)` : ""}: ${built.files} files, ${built.written} of them written, ${built.removed} old ones removed\n`,
      );
    } else if (search && "recent" in search) {
      const { recent } = search;
      process.stdout.write(
        `publish: recent search index of ${plural(recent.records, "changed article")} built in ${seconds(recent.milliseconds)}: ${recent.files} files, ${recent.written} of them written, ${recent.removed} old ones removed (the whole index is rebuilt once more than ${limit} have changed)\n`,
      );
    } else if (search && search.behind > 0) {
      process.stdout.write(
        `publish: search is ${plural(search.behind, "change")} behind the archive; a publish without --no-search brings it up to date\n`,
      );
    }
    return 0;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === undefined) throw error;
    // Each file is replaced whole, articles before the pages that list them: the site is consistent.
    process.stderr.write(
      `publish: stopped: ${(error as Error).message}. Every file written before this is complete and the rest are as they were; publish again once this is fixed\n`,
    );
    return 1;
  } finally {
    stopWatching();
    writer.close();
    archive.close();
  }
}

runMain(main, 1);
