import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  finaliseItem,
  formatRejection,
} from "../../../scripts/ingest/ingest-item.ts";
import {
  loadSource,
  type SourceFormat,
} from "../../../scripts/ingest/sources.ts";

export const fixturesDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../fixtures/ingest",
);

const FORMATS: Record<string, SourceFormat> = {
  ".txt": "text",
  ".json": "json",
  ".xml": "xml",
};

/** Reads a fixture as the ingest would and returns each result as an article or a message line. */
export async function readFixture(name: string, zone?: string) {
  const file = path.join(fixturesDir, name);
  const loaded = await loadSource(
    {
      name,
      file,
      ...(FORMATS[path.extname(name)]
        ? { format: FORMATS[path.extname(name)] }
        : {}),
    },
    { fetchTimeoutMs: 1000, ...(zone ? { zone } : {}) },
  );
  if (loaded.kind === "unreadable") return [formatRejection(loaded.rejection)];
  if (loaded.kind === "not-modified") return [];
  const results = [];
  for await (const event of loaded.events) {
    if (event.kind === "warning") {
      results.push(`warning: ${formatRejection(event.warning)}`);
      continue;
    }
    if (event.kind === "rejection") {
      results.push(formatRejection(event.rejection));
      continue;
    }
    const finalised = finaliseItem(event.item);
    results.push(
      finalised.ok ? finalised.article : formatRejection(finalised.rejection),
    );
  }
  return results;
}
