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
