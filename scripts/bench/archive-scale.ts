import { existsSync, statSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import {
  ingestChanges,
  publishWritten,
  searchBuilt,
  type SearchBuild,
} from "./cli-summaries.ts";
import { writeArchive, type ArchiveFormat } from "./generate-archive.ts";
import { filesModifiedSince, folderBytes } from "./site-files.ts";
import { newerThanArchive } from "./synthetic-articles.ts";
import { timedTool, type CliRun } from "./timed-cli.ts";

/** Issue 8: what one ingest adds to a large archive, then publishes. */
export const ADDED_ARTICLES = 100;
/** Zone for the plain-text format's date lines (JSON Feed items carry their own offsets and zones). */
const TEXT_ZONE = "Europe/Istanbul";

export interface IngestRun extends CliRun {
  /** Items in the sources. */
  items: number;
  added: number;
  updated: number;
  itemsPerSecond: number;
}

export interface PublishRun extends CliRun {
  /** Files whose modification time the publish changed, counted on disk. */
  filesWritten: number;
  /** The publish's own count, for comparison. */
  reportedWritten: number;
  filesPerSecond: number;
}

/** One ingest and the publish after it, as a newsroom's scheduled job runs them. */
export interface Increment {
  ingest: IngestRun;
  publish: PublishRun;
  seconds: number;
  cpuSeconds: number;
}

/** `publish --search`: the whole search index built from the archive (issue 10). */
export interface SearchIndexRun extends CliRun {
  /** What publish reports: articles indexed, seconds spent on the index alone, files. */
  built: SearchBuild;
  /** The `pagefind/` folder as deployed, uncompressed. */
  bytes: number;
}

export interface ScaleResult {
  articles: number;
  /** The ingest of every article into a new archive. */
  ingest: IngestRun;
  /** The archive file and its write-ahead log, after that ingest. */
  archiveBytes: number;
  /** The first publish into the built site: every page, data file and redirect (no search index). */
  publish: PublishRun;
  /** Then the search index of every article, by a publish with `--search`. */
  searchIndex: SearchIndexRun;
  /** ADDED_ARTICLES newer articles ingested and published (search indexes them in its recent index). */
  add: Increment;
  /** What the publish in `add` reports about the recent search index it built. */
  addSearch: SearchBuild;
  /** The same ingest and publish once more: nothing should change. */
  rerun: Increment;
}

export interface ScaleSetup {
  scratch: string;
  articles: number;
  format: ArchiveFormat;
  /** A built site (the app and its renderer beside it) to publish into. */
  siteDir: string;
  /** Where the site is served, so pages carry absolute canonical URLs as a real deploy's do. */
  siteUrl: string;
  log: (message: string) => void;
}

function fileSize(file: string): number {
  return existsSync(file) ? statSync(file).size : 0;
}

/**
 * The archive's scale figures (issue 8) and the publish's (issue 9) for one size, each step a
 * command-line run in its own process: a new archive of `articles` articles, its first publish,
 * ADDED_ARTICLES newer ones ingested and published, and that same ingest and publish again.
 * Leaves the site published and the archive beside it.
 */
export async function measureScale(setup: ScaleSetup): Promise<ScaleResult> {
  const { scratch, articles, format, siteDir, siteUrl, log } = setup;
  const label = `${articles.toLocaleString("en")} articles`;
  const archiveFile = path.join(scratch, `archive-${articles}.sqlite`);
  const zone = format === "text" ? ["--zone", TEXT_ZONE] : [];

  const ingest = async (source: string, items: number) => {
    const run = await timedTool("ingest", [
      "--archive",
      archiveFile,
      ...zone,
      source,
    ]);
    log(`  ${run.summary} (${run.seconds.toFixed(1)} s)`);
    return {
      ...run,
      items,
      ...ingestChanges(run.summary),
      itemsPerSecond: items / run.seconds,
    };
  };
  const publishArgs = [
    "--archive",
    archiveFile,
    "--out",
    siteDir,
    "--site-url",
    siteUrl,
  ];
  const publish = async (...extra: string[]): Promise<PublishRun> => {
    const since = Date.now();
    const run = await timedTool("publish", [...publishArgs, ...extra]);
    const filesWritten = filesModifiedSince(siteDir, since);
    log(
      `  ${run.summary} (${run.seconds.toFixed(1)} s; ${filesWritten} files counted on disk)`,
    );
    return {
      ...run,
      filesWritten,
      reportedWritten: publishWritten(run.summary),
      filesPerSecond: filesWritten / run.seconds,
    };
  };
  const increment = async (source: string): Promise<Increment> => {
    const ingested = await ingest(source, ADDED_ARTICLES);
    const published = await publish();
    return {
      ingest: ingested,
      publish: published,
      seconds: ingested.seconds + published.seconds,
      cpuSeconds: ingested.cpuSeconds + published.cpuSeconds,
    };
  };

  log(`${label}: generating ${format} sources`);
  const sourceDir = path.join(scratch, `source-${articles}`);
  const source = await writeArchive(sourceDir, articles, format);
  const added = await writeArchive(
    path.join(scratch, `added-${articles}`),
    ADDED_ARTICLES,
    format,
    2,
    newerThanArchive(ADDED_ARTICLES),
  );
  log(`${label}: ingesting into a new archive`);
  const full = await ingest(source, articles);
  // At 100,000 articles the sources are a few hundred MB, and only this ingest reads them.
  await rm(sourceDir, { recursive: true, force: true });
  const archiveBytes = fileSize(archiveFile) + fileSize(`${archiveFile}-wal`);
  log(`${label}: publishing every page`);
  // Pages, data and feeds first, then the search index on its own, so each has its own figures.
  const firstPublish = await publish("--no-search");
  log(`${label}: building the search index`);
  const indexRun = await timedTool("publish", [...publishArgs, "--search"]);
  const searchIndex: SearchIndexRun = {
    ...indexRun,
    built: searchBuilt(indexRun.lines, "full"),
    bytes: folderBytes(path.join(siteDir, "pagefind")),
  };
  log(
    `  ${indexRun.lines.join("; ")} (${indexRun.seconds.toFixed(1)} s; peak RSS ${(indexRun.peakRssBytes / 2 ** 20).toFixed(0)} MB)`,
  );
  log(`${label}: adding ${ADDED_ARTICLES} newer articles`);
  const add = await increment(added);
  log(`${label}: the same ingest and publish again`);
  const rerun = await increment(added);
  return {
    articles,
    ingest: full,
    archiveBytes,
    publish: firstPublish,
    searchIndex,
    add,
    addSearch: searchBuilt(add.publish.lines, "recent"),
    rerun,
  };
}
