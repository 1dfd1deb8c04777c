/**
 * The figures the benchmark reads from the ingest's and publish's summary lines. A line that does
 * not match throws: a changed summary must not silently read as zero.
 */

/** "ingest: 100 items: 100 new, 0 updated, …" → articles added and updated. */
export function ingestChanges(summary: string): {
  added: number;
  updated: number;
} {
  const match = /(\d+) new, (\d+) updated/.exec(summary);
  if (!match)
    throw new Error(`not an ingest summary line: ${JSON.stringify(summary)}`);
  return { added: Number(match[1]), updated: Number(match[2]) };
}

/** "publish: …; 315 files written, 0 unchanged in site" → files the publish says it wrote. */
export function publishWritten(summary: string): number {
  const match = /(\d+) files written/.exec(summary);
  if (!match)
    throw new Error(`not a publish summary line: ${JSON.stringify(summary)}`);
  return Number(match[1]);
}

/** What publish says about the search index it built: records, seconds and files. */
export interface SearchBuild {
  records: number;
  seconds: number;
  files: number;
}

/**
 * "publish: search index of 100000 articles built in 612.3 s: 5012 files, …" (`which` "full") or
 * "publish: recent search index of 100 changed articles built in 0.4 s: 12 files, …" ("recent").
 */
export function searchBuilt(
  lines: readonly string[],
  which: "full" | "recent",
): SearchBuild {
  const pattern =
    which === "full"
      ? /^publish: search index of (\d+) articles? built in ([\d.]+) s\b.*?: (\d+) files/
      : /^publish: recent search index of (\d+) changed articles? built in ([\d.]+) s: (\d+) files/;
  for (const line of lines) {
    const match = pattern.exec(line);
    if (match)
      return {
        records: Number(match[1]),
        seconds: Number(match[2]),
        files: Number(match[3]),
      };
  }
  throw new Error(
    `publish did not report building a ${which} search index: ${JSON.stringify(lines)}`,
  );
}
