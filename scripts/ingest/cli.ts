import { Archive, ArchiveError } from "../archive/archive.ts";
import { cleanUpOnSignal, runMain } from "../run-main.ts";
import { formatRejection } from "./ingest-item.ts";
import { parseCliArgs, UsageError, USAGE } from "./parse-args.ts";
import { runIngest, type IngestCounts } from "./run-ingest.ts";

function describeCounts(counts: IngestCounts): string {
  const items =
    counts.added +
    counts.updated +
    counts.unchanged +
    counts.merged +
    counts.rejected;
  const sources = [
    counts.unreadableSources > 0
      ? `${counts.unreadableSources} source(s) could not be read and changed nothing`
      : "",
    counts.notModifiedSources > 0
      ? `${counts.notModifiedSources} feed(s) not modified since the last run`
      : "",
  ].filter(Boolean);
  return `${items} items: ${counts.added} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.merged} merged, ${counts.rejected} rejected${sources.length > 0 ? `; ${sources.join(", ")}` : ""}`;
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseCliArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`ingest: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { action } = options;
  let archive: Archive;
  try {
    archive = Archive.open(options.archive, {
      create: action.kind === "ingest",
    });
    archive.begin(
      action.kind === "ingest"
        ? "npm run ingest"
        : `npm run ingest -- --withdraw ${action.id}`,
      options.waitMs,
    );
  } catch (error) {
    if (!(error instanceof ArchiveError)) throw error;
    process.stderr.write(`ingest: ${error.message}\n`);
    return 1;
  }
  // Uncommitted changes vanish with the process; only the description of this run needs removing.
  const stopWatching = cleanUpOnSignal(() => archive.close());
  try {
    if (action.kind === "withdraw") {
      const found = archive.withdraw(
        action.id,
        action.reason,
        new Date().toISOString(),
      );
      if (!found) {
        process.stderr.write(
          `ingest: ${options.archive} has no article with id ${action.id}\n`,
        );
        return 1;
      }
      archive.commit();
      process.stdout.write(
        `ingest: withdrew ${action.id}; run npm run publish to show the notice at its URL\n`,
      );
      return 0;
    }

    // Progress only on a terminal: logs and CI get the summary line alone.
    const tty = process.stderr.isTTY;
    let lastProgress = 0;
    const clearProgress = () => {
      if (tty && lastProgress > 0) process.stderr.write("\r\x1b[K");
    };
    const counts = await runIngest({
      archive,
      sources: action.sources,
      fetchTimeoutMs: action.fetchTimeoutMs,
      maxBytes: action.maxBytes,
      ...(action.zone ? { zone: action.zone } : {}),
      onRejection: (rejection) => {
        clearProgress();
        process.stderr.write(`${formatRejection(rejection)}\n`);
      },
      onWarning: (warning) => {
        clearProgress();
        process.stderr.write(`${formatRejection(warning)} (kept)\n`);
      },
      onProgress: (progress) => {
        if (!tty) return;
        const now = Date.now();
        if (now - lastProgress < 200) return;
        lastProgress = now;
        process.stderr.write(`\r\x1b[Kingest: ${describeCounts(progress)}…`);
      },
    });
    clearProgress();
    archive.commit();
    const { articles } = archive.stats();
    process.stdout.write(
      `ingest: ${describeCounts(counts)}; ${options.archive} holds ${articles} articles\n`,
    );
    return counts.rejected > 0 || counts.unreadableSources > 0 ? 1 : 0;
  } finally {
    stopWatching();
    archive.close();
  }
}

runMain(main, 1);
