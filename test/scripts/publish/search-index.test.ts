import path from "node:path";
import { describe, expect, it } from "vitest";
import { Archive } from "../../../scripts/archive/archive.ts";
import type { SearchBase } from "../../../scripts/publish/search-base.ts";
import { buildRecentSearchIndex } from "../../../scripts/publish/search-index.ts";
import {
  ingestInto,
  temporaryWorkFolder,
  writeJsonFeed,
} from "../support/archive-runs.ts";

const work = temporaryWorkFolder();

/** A big index with no article of these, holding the page ids `holds` says it does. */
const bigIndex = (
  holds: (pageId: string) => boolean,
  pageOf: (articleId: string) => string | undefined = () => undefined,
): SearchBase => ({ changeNo: 0, pageOf, holds, datedBefore: () => 0 });

describe("the recent search index", () => {
  it("gives a page an id of its own when the big index uses that id for another article", async () => {
    const feed = path.join(work.path, "feed.json");
    await writeJsonFeed(feed, [
      {
        id: "story-1",
        title: "Harbour reopens",
        content_text: "Ships return.",
        date_published: "2026-01-01T00:00:00.000Z",
      },
    ]);
    const archiveFile = path.join(work.path, "archive.sqlite");
    await ingestInto(archiveFile, [feed]);
    const archive = Archive.open(archiveFile, { create: false });
    try {
      const rows = [...archive.changedSince(0)];
      const [row] = rows;
      const first = await buildRecentSearchIndex(
        rows,
        bigIndex(() => false),
      );
      const [taken] = first.manifest.pages;
      expect(taken).toMatch(/^en_[0-9a-f]+$/);

      // Another article's page in the big index has that id: this one is built again, renamed.
      const renamed = await buildRecentSearchIndex(
        rows,
        bigIndex((id) => id === taken),
      );
      expect(renamed.manifest.pages).toHaveLength(1);
      expect(renamed.manifest.pages).not.toContain(taken);
      expect(renamed.manifest.newest).toEqual(renamed.manifest.pages);

      // The same article's page, unchanged, may keep its id: the browser shows it once.
      const same = await buildRecentSearchIndex(
        rows,
        bigIndex(
          (id) => id === taken,
          (articleId) => (articleId === row?.id ? taken : undefined),
        ),
      );
      expect(same.manifest.pages).toEqual([taken]);

      await expect(
        buildRecentSearchIndex(
          rows,
          bigIndex(() => true),
        ),
      ).rejects.toThrow(/keep ids the big index uses/);
    } finally {
      archive.close();
    }
  }, 60_000);
});
