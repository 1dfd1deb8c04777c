import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Database from "libsql";
import { describe, expect, it } from "vitest";
import {
  Archive,
  ArchiveBusyError,
  ArchiveError,
  SCHEMA_VERSION,
} from "../../../scripts/archive/archive.ts";
import {
  finished,
  runCli,
  startCli,
  temporaryWorkFolder,
  writeJsonFeed,
} from "../support/archive-runs.ts";

const work = temporaryWorkFolder();
const archiveFile = () => path.join(work.path, "archive.sqlite");

function articleCount(file: string): number {
  const archive = Archive.open(file, { create: false });
  try {
    return archive.stats().articles;
  } finally {
    archive.close();
  }
}

describe("opening an archive", () => {
  it("creates a new archive with the current schema, and reopens it", () => {
    Archive.open(archiveFile(), { create: true }).close();
    const archive = Archive.open(archiveFile(), { create: false });
    expect(archive.stats()).toMatchObject({ articles: 0, changeNo: 0 });
    archive.close();
  });

  it("says where to start when there is no archive and one is not to be created", () => {
    expect(() => Archive.open(archiveFile(), { create: false })).toThrow(
      /archive\.sqlite: there is no archive here; create one with npm run ingest/,
    );
  });

  it("refuses a damaged file and never writes to it", async () => {
    const garbage =
      "not a database, just some text that happens to be here\n".repeat(200);
    await writeFile(archiveFile(), garbage);
    expect(() => Archive.open(archiveFile(), { create: true })).toThrow(
      ArchiveError,
    );
    expect(() => Archive.open(archiveFile(), { create: true })).toThrow(
      /archive\.sqlite: is damaged or not a Bulletin archive .*; it was left as it is/,
    );
    expect(await readFile(archiveFile(), "utf8")).toBe(garbage);
  });

  it("refuses an archive written by a newer Bulletin and leaves it as it is", async () => {
    Archive.open(archiveFile(), { create: true }).close();
    const db = new Database(archiveFile());
    db.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    const before = await readFile(archiveFile());
    expect(() => Archive.open(archiveFile(), { create: true })).toThrow(
      `was written by a newer Bulletin (archive schema version ${SCHEMA_VERSION + 1}; this one knows up to ${SCHEMA_VERSION}); it was left as it is`,
    );
    expect((await readFile(archiveFile())).equals(before)).toBe(true);
  });

  it("refuses someone else's SQLite database", () => {
    const db = new Database(archiveFile());
    db.exec("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");
    db.close();
    expect(() => Archive.open(archiveFile(), { create: true })).toThrow(
      "is a SQLite database but not a Bulletin archive; it was left as it is",
    );
  });
});

describe("one run at a time", () => {
  it("a second run finds the archive busy and is told who holds it", () => {
    const first = Archive.open(archiveFile(), { create: true });
    first.begin("npm run ingest", 0);
    const second = Archive.open(archiveFile(), { create: false });
    try {
      expect(() => second.begin("npm run publish", 0)).toThrow(
        ArchiveBusyError,
      );
      expect(() => second.begin("npm run publish", 0)).toThrow(
        new RegExp(
          `in use by "npm run ingest" \\(pid ${process.pid}, since .*\\); try again when it has finished, or wait for it with --wait SECONDS`,
        ),
      );
    } finally {
      second.close();
      first.close();
    }
    // Released: the next run gets in.
    const third = Archive.open(archiveFile(), { create: false });
    third.begin("npm run publish", 0);
    third.close();
  });

  it("concurrent CLI runs: without --wait the second exits 1 naming the first; with --wait it waits its turn", async () => {
    // A feed that answers slowly keeps the first run holding the archive.
    const { startFeedServer } = await import("../support/archive-runs.ts");
    const server = await startFeedServer();
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let arrived: () => void = () => undefined;
    const requested = new Promise<void>((resolve) => (arrived = resolve));
    server.handle((_request, response) => {
      arrived();
      void released.then(() => {
        response.writeHead(200, { "content-type": "application/feed+json" });
        response.end(
          JSON.stringify({
            version: "https://jsonfeed.org/version/1.1",
            title: "Slow",
            items: [{ id: "s", title: "Slow story", content_text: "s" }],
          }),
        );
      });
    });
    try {
      const local = await writeJsonFeed(path.join(work.path, "local.json"), [
        { id: "l", title: "Local story", content_text: "l" },
      ]);
      const first = finished(
        startCli(
          "ingest",
          ["--archive", archiveFile(), `${server.base}/feed.json`],
          work.path,
        ),
      );
      await requested;
      const refused = await runCli(
        "ingest",
        ["--archive", archiveFile(), local],
        work.path,
      );
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^ingest: archive\.sqlite: in use by "npm run ingest" \(pid \d+, since .*\); try again when it has finished, or wait for it with --wait SECONDS\n$/,
      );
      const waiting = finished(
        startCli(
          "ingest",
          ["--archive", archiveFile(), "--wait", "30", local],
          work.path,
        ),
      );
      release();
      expect((await first).code).toBe(0);
      const waited = await waiting;
      expect(waited.stderr).toBe("");
      expect(waited.code).toBe(0);
      expect(articleCount(archiveFile())).toBe(2);
    } finally {
      release();
      await server.close();
    }
  }, 60_000);
});

describe("a run killed with SIGKILL", () => {
  it("leaves the archive as before the run or with the whole run applied, never half", async () => {
    const items = Array.from({ length: 3000 }, (_, index) => ({
      id: `item-${index}`,
      title: `Story number ${index}`,
      // Long enough (about 3 MB) that the run reads on its worker thread while it writes.
      content_text: `Body of story ${index}. `.repeat(40),
      date_published: new Date(
        Date.UTC(2020, 0, 1) + index * 60_000,
      ).toISOString(),
    }));
    const first = await writeJsonFeed(
      path.join(work.path, "first.json"),
      items.slice(0, 10),
    );
    const second = await writeJsonFeed(
      path.join(work.path, "second.json"),
      items,
    );
    expect(
      (await runCli("ingest", ["--archive", archiveFile(), first], work.path))
        .code,
    ).toBe(0);

    // Kill the second run at several moments, from start-up to the commit.
    for (const delay of [300, 900, 1500, 2100, 2700]) {
      const child = startCli(
        "ingest",
        ["--archive", archiveFile(), second],
        work.path,
      );
      const exit = finished(child);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await exit;
      expect([10, 3000]).toContain(articleCount(archiveFile()));
      const db = new Database(archiveFile());
      expect(db.prepare("PRAGMA integrity_check").raw(true).all()).toEqual([
        ["ok"],
      ]);
      db.close();
    }
    // Whatever happened, the next run completes it.
    const finalRun = await runCli(
      "ingest",
      ["--archive", archiveFile(), second],
      work.path,
    );
    expect(finalRun.code).toBe(0);
    expect(articleCount(archiveFile())).toBe(3000);
  }, 120_000);
});
