import path from "node:path";
import { fileURLToPath } from "node:url";
import { formatRejection } from "./ingest-item.ts";
import { parseCliArgs, UsageError, USAGE } from "./parse-args.ts";
import { runIngest, type IngestCounts } from "./run-ingest.ts";

// Defaults are relative to the repository, so `npm run ingest` works from any folder.
const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../..",
);

function describeCounts(counts: IngestCounts): string {
  return `${counts.ingested} ingested, ${counts.updated} updated, ${counts.skipped} skipped, ${counts.rejected} rejected`;
}

async function main(args: readonly string[]): Promise<number> {
  let options;
  try {
    options = parseCliArgs(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`ingest: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const sources =
    options.sources.length > 0
      ? options.sources
      : [path.relative(process.cwd(), path.join(root, "content")) || "."];
  const out = options.out ?? path.join(root, "public", "data");

  // Progress only on a terminal: logs and CI get the summary line alone.
  const tty = process.stderr.isTTY;
  let lastProgress = 0;
  const clearProgress = () => {
    if (tty && lastProgress > 0) process.stderr.write("\r\x1b[K");
  };
  const result = await runIngest({
    sources,
    out,
    fetchTimeoutMs: options.fetchTimeoutMs,
    ...(options.zone ? { zone: options.zone } : {}),
    ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
    onRejection: (rejection) => {
      clearProgress();
      process.stderr.write(`${formatRejection(rejection)}\n`);
    },
    onProgress: (counts) => {
      if (!tty) return;
      const now = Date.now();
      if (now - lastProgress < 200) return;
      lastProgress = now;
      process.stderr.write(`\r\x1b[Kingest: ${describeCounts(counts)}…`);
    },
  });
  clearProgress();
  const outName = path.relative(process.cwd(), out) || ".";
  process.stdout.write(
    `ingest: ${describeCounts(result)}; wrote ${result.articles} articles and ${result.pages} headline pages to ${outName}\n`,
  );
  return result.rejected > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `ingest: failed, previous data folder left as it was: ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
