import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeArchive } from "../../scripts/bench/generate-archive.ts";
import { newerThanArchive } from "../../scripts/bench/synthetic-articles.ts";

describe("writeArchive, plain text", () => {
  let root: string;
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("names a later batch's files apart from the first's, since a text file's name is its identity", async () => {
    root = mkdtempSync(path.join(tmpdir(), "bench-archive-"));
    const first = await writeArchive(path.join(root, "a"), 3, "text");
    const later = await writeArchive(
      path.join(root, "b"),
      3,
      "text",
      2,
      newerThanArchive(3),
    );
    const firstNames = readdirSync(first);
    const laterNames = readdirSync(later);
    expect(firstNames).toHaveLength(3);
    expect(laterNames).toHaveLength(3);
    expect(laterNames.filter((name) => firstNames.includes(name))).toEqual([]);
  });
});
