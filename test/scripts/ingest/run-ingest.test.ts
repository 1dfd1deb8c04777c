import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Archive } from "../../../scripts/archive/archive.ts";
import { articleIdFor } from "../../../scripts/ingest/article-id.ts";
import type {
  PrepareWorkerData,
  PrepareWorkerMessage,
} from "../../../scripts/ingest/prepare-worker.ts";
import {
  BATCH_SIZE,
  preparedBatches,
} from "../../../scripts/ingest/prepared-batches.ts";
import { workerBatches } from "../../../scripts/ingest/worker-batches.ts";
import { fixturesDir } from "./read-fixture.ts";
import {
  ingestInto,
  jsonFeed,
  repoRoot,
  startFeedServer,
  temporaryWorkFolder,
  writeJsonFeed,
} from "../support/archive-runs.ts";

const work = temporaryWorkFolder();
const archiveFile = () => path.join(work.path, "archive.sqlite");

function stored(id: string) {
  const archive = Archive.open(archiveFile(), { create: false });
  try {
    const row = [...archive.changedSince(0)].find((r) => r.id === id);
    return {
      article: row
        ? (JSON.parse(row.article) as { headline: string; slug: string })
        : undefined,
      seq: row?.seq,
      revisions: archive.revisions(id).map((revision) => revision.headline),
      formerSlugs: archive.formerSlugs(id),
    };
  } finally {
    archive.close();
  }
}

describe("ingesting into the archive", () => {
  it("adds the bundled content once; the same run again changes nothing", async () => {
    const content = path.join(repoRoot, "content");
    const first = await ingestInto(archiveFile(), [content]);
    expect(first.messages).toEqual([]);
    expect(first.counts).toMatchObject({
      added: 34,
      updated: 0,
      unchanged: 0,
      rejected: 0,
    });
    expect(first.articles).toBe(34);

    const second = await ingestInto(archiveFile(), [content]);
    expect(second.counts).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 34,
      rejected: 0,
    });
    const archive = Archive.open(archiveFile(), { create: false });
    const { changeNo } = archive.stats();
    archive.close();
    expect(changeNo).toBe(34);
  });

  it("keeps articles a feed stopped listing, updates corrections and keeps every revision", async () => {
    const feed = path.join(work.path, "feed.json");
    await writeJsonFeed(feed, [
      {
        id: "one",
        title: "First story",
        content_text: "One.",
        date_published: "2026-01-01T10:00:00Z",
      },
      {
        id: "two",
        title: "Secnod story",
        content_text: "Two.",
        date_published: "2026-01-02T10:00:00Z",
      },
      {
        id: "three",
        title: "Third story",
        content_text: "Three.",
        date_published: "2026-01-03T10:00:00Z",
      },
    ]);
    const v1 = await ingestInto(archiveFile(), [feed]);
    expect(v1.counts).toMatchObject({ added: 3 });

    // v2 drops "one" and "three", corrects "two" and adds "four".
    await writeJsonFeed(feed, [
      {
        id: "two",
        title: "Second story",
        content_text: "Two.",
        date_published: "2026-01-02T10:00:00Z",
        date_modified: "2026-01-02T12:00:00Z",
      },
      {
        id: "four",
        title: "Fourth story",
        content_text: "Four.",
        date_published: "2026-01-04T10:00:00Z",
      },
    ]);
    const v2 = await ingestInto(archiveFile(), [feed]);
    expect(v2.counts).toMatchObject({
      added: 1,
      updated: 1,
      unchanged: 0,
      rejected: 0,
    });
    expect(v2.articles).toBe(4);

    const two = stored(articleIdFor("two"));
    expect(two.article?.headline).toBe("Second story");
    expect(two.revisions).toEqual(["Secnod story", "Second story"]);
    expect(two.formerSlugs).toEqual(["secnod-story"]);
    // Positions: v1's three oldest first, then v2's new one; a correction keeps its place.
    expect(stored(articleIdFor("one")).seq).toBe(1);
    expect(two.seq).toBe(2);
    expect(stored(articleIdFor("three")).seq).toBe(3);
    expect(stored(articleIdFor("four")).seq).toBe(4);
  });

  it("never lets an older copy replace a newer version", async () => {
    const newer = await writeJsonFeed(path.join(work.path, "a.json"), [
      {
        id: "x",
        title: "Corrected",
        content_text: "x",
        date_published: "2026-01-01T10:00:00Z",
        date_modified: "2026-01-05T10:00:00Z",
      },
    ]);
    const older = await writeJsonFeed(path.join(work.path, "b.json"), [
      {
        id: "x",
        title: "Original",
        content_text: "x",
        date_published: "2026-01-01T10:00:00Z",
      },
    ]);
    await ingestInto(archiveFile(), [newer]);
    const again = await ingestInto(archiveFile(), [older]);
    expect(again.counts).toMatchObject({ updated: 0, unchanged: 1 });
    expect(stored(articleIdFor("x")).article?.headline).toBe("Corrected");
  });

  it("merges copies of one item within a run: the later update wins, never two articles", async () => {
    const feed = await writeJsonFeed(path.join(work.path, "dupes.json"), [
      {
        id: "a",
        title: "Old headline",
        content_text: "old",
        date_published: "2020-01-01T00:00:00Z",
      },
      {
        id: "a",
        title: "Corrected headline",
        content_text: "new",
        date_published: "2020-01-01T00:00:00Z",
        date_modified: "2020-01-02T00:00:00Z",
      },
      {
        id: "a",
        title: "Stale copy",
        content_text: "stale",
        date_published: "2020-01-01T00:00:00Z",
      },
      // A different id with the same link is a different article.
      { id: "b", url: "https://x.example/a", title: "B", content_text: "b" },
      { id: "c", url: "https://x.example/a", title: "C", content_text: "c" },
    ]);
    const { counts, messages, articles } = await ingestInto(archiveFile(), [
      feed,
    ]);
    expect(messages).toEqual([]);
    expect(counts).toMatchObject({ added: 3, merged: 2, rejected: 0 });
    expect(articles).toBe(3);
    expect(stored(articleIdFor("a")).article?.headline).toBe(
      "Corrected headline",
    );
  });

  it("a source that cannot be read changes nothing and is named; the rest is ingested", async () => {
    const { counts, messages } = await ingestInto(archiveFile(), [
      path.join(work.path, "missing.txt"),
      path.join(fixturesDir, "text-crlf-offset.txt"),
    ]);
    expect(messages).toEqual([
      `${path.join(work.path, "missing.txt")} source: no such file or folder`,
    ]);
    expect(counts).toMatchObject({
      added: 1,
      rejected: 0,
      unreadableSources: 1,
    });
  });

  it("numbers a run's new articles oldest first, undated before dated", async () => {
    const feed = await writeJsonFeed(path.join(work.path, "feed.json"), [
      {
        id: "new",
        title: "New",
        content_text: "n",
        date_published: "2026-03-01T00:00:00Z",
      },
      { id: "undated", title: "Undated", content_text: "u" },
      {
        id: "old",
        title: "Old",
        content_text: "o",
        date_published: "2026-01-01T00:00:00Z",
      },
    ]);
    await ingestInto(archiveFile(), [feed]);
    expect(
      ["undated", "old", "new"].map((id) => stored(articleIdFor(id)).seq),
    ).toEqual([1, 2, 3]);
  });
});

describe("feeds over http", () => {
  const server = {
    current: undefined as
      Awaited<ReturnType<typeof startFeedServer>> | undefined,
  };
  beforeAll(async () => {
    server.current = await startFeedServer();
  });
  afterAll(async () => {
    await server.current?.close();
  });

  it("sends the remembered ETag and Last-Modified; a 304 changes nothing", async () => {
    const feedServer = server.current;
    if (!feedServer) throw new Error("no server");
    const body = jsonFeed([
      { id: "h1", title: "Over HTTP", content_text: "Body." },
    ]);
    const conditions: (string | undefined)[][] = [];
    feedServer.handle((request, response) => {
      const etag = request.headers["if-none-match"];
      const since = request.headers["if-modified-since"];
      conditions.push([etag, since]);
      if (etag === '"v1"') {
        response.writeHead(304);
        response.end();
        return;
      }
      response.writeHead(200, {
        "content-type": "application/feed+json",
        etag: '"v1"',
        "last-modified": "Sun, 04 Oct 2015 06:19:00 GMT",
      });
      response.end(body);
    });
    const url = `${feedServer.base}/feed.json`;
    const first = await ingestInto(archiveFile(), [url]);
    expect(first.counts).toMatchObject({ added: 1, notModifiedSources: 0 });
    const second = await ingestInto(archiveFile(), [url]);
    expect(second.counts).toMatchObject({
      added: 0,
      unchanged: 0,
      notModifiedSources: 1,
    });
    expect(second.messages).toEqual([]);
    expect(conditions).toEqual([
      [undefined, undefined],
      ['"v1"', "Sun, 04 Oct 2015 06:19:00 GMT"],
    ]);
  });

  it("an HTTP error or a timeout changes nothing for that feed and is named", async () => {
    const feedServer = server.current;
    if (!feedServer) throw new Error("no server");
    feedServer.handle((request, response) => {
      if (request.url === "/slow") {
        setTimeout(() => response.end("late"), 1500);
        return;
      }
      response.writeHead(503, "Service Unavailable");
      response.end();
    });
    const { counts, messages } = await ingestInto(
      archiveFile(),
      [`${feedServer.base}/down.xml`, `${feedServer.base}/slow`],
      { fetchTimeoutMs: 300 },
    );
    expect(messages).toEqual([
      `${feedServer.base}/down.xml source: HTTP 503 Service Unavailable`,
      `${feedServer.base}/slow source: no answer within 0.3 s`,
    ]);
    expect(counts).toMatchObject({ added: 0, unreadableSources: 2 });
  });
});

describe("identity", () => {
  it("rejects an id collision between different identities with a clear message", async () => {
    await mkdir(path.join(work.path, "a"));
    const file = path.join(work.path, "a", "story.txt");
    await writeFile(file, "Story\n\nStandfirst\n\nDesk\n\nBody.\n");
    const archive = Archive.open(archiveFile(), { create: true });
    archive.begin("test", 0);
    // Forge a different identity under the id the file will hash to.
    archive.insert(
      {
        id: articleIdFor("text:story"),
        identity: "someone else",
        // As much of an article as the archive reads (its source lists it under that source).
        article: { source: "forged", tags: [] },
        json: JSON.stringify({ source: "forged", tags: [] }),
        contentHash: "x",
        bodyHash: "x",
        sortMs: null,
        externalUrl: null,
        headline: "Other",
        slug: "other",
        standfirst: null,
        publishedAt: null,
        updatedAt: null,
        source: "forged",
      },
      "2026-01-01T00:00:00.000Z",
    );
    archive.numberNewArticles();
    archive.commit();
    archive.close();
    const { counts, messages } = await ingestInto(archiveFile(), [file]);
    expect(counts.rejected).toBe(1);
    expect(messages[0]).toBe(
      `${file.split(path.sep).join("/")} id: ${articleIdFor("text:story")} is already the id of "someone else"; "text:story" hashes to the same id, so give one of them a different identity`,
    );
  });
});

describe("reading on a worker thread", () => {
  /** Everything a run leaves behind: its messages and counts, and every row it wrote. */
  async function outcome(file: string, sources: string[], thread: boolean) {
    const run = await ingestInto(file, sources, {
      thread,
      now: new Date("2026-02-01T00:00:00Z"),
    });
    const archive = Archive.open(file, { create: false });
    try {
      const rows = [...archive.changedSince(0)];
      return {
        ...run,
        rows,
        revisions: rows.map((row) => archive.revisions(row.id)),
        topics: archive.topics(),
      };
    } finally {
      archive.close();
    }
  }

  it("ingests exactly what reading in the main thread does: items, rejections, warnings, order", async () => {
    const dupes = await writeJsonFeed(path.join(work.path, "dupes.json"), [
      { id: "a", title: "Old", content_text: "old" },
      {
        id: "a",
        title: "Corrected",
        content_text: "new",
        date_modified: "2020-01-02T00:00:00Z",
      },
      { id: "b", title: "", content_text: "" },
      { id: "c", title: "C", content_text: "c", date_published: "soon" },
    ]);
    const sources = [
      path.join(repoRoot, "content"),
      fixturesDir,
      path.join(work.path, "missing.json"),
      dupes,
    ];
    const inThread = await outcome(
      path.join(work.path, "main.sqlite"),
      sources,
      false,
    );
    const onWorker = await outcome(
      path.join(work.path, "worker.sqlite"),
      sources,
      true,
    );
    // The sources hold every kind of event, so the comparison means something.
    expect(inThread.counts.added).toBeGreaterThan(50);
    expect(inThread.counts.merged).toBe(1);
    expect(inThread.counts.rejected).toBeGreaterThan(5);
    expect(inThread.counts.unreadableSources).toBeGreaterThan(1);
    expect(inThread.messages.some((m) => m.startsWith("warning:"))).toBe(true);
    expect(onWorker.messages).toEqual(inThread.messages);
    expect(onWorker.counts).toEqual(inThread.counts);
    expect(onWorker.rows).toEqual(inThread.rows);
    expect(onWorker.revisions).toEqual(inThread.revisions);
    expect(onWorker.topics).toEqual(inThread.topics);
  }, 30_000);

  it("a failure of the reading thread is the run's failure, never an early end of the sources", async () => {
    // A thread given no sources at all throws as it starts: the nearest thing to a crash.
    const broken = {
      refs: null,
      options: { fetchTimeoutMs: 1000, validators: {} },
    } as unknown as PrepareWorkerData;
    const read = async () => {
      for await (const batch of workerBatches(broken))
        expect(batch).toBeUndefined();
    };
    await expect(read()).rejects.toThrow(TypeError);
  });

  it("stays a few batches ahead of the writing thread, however long the feed", async () => {
    const items = Array.from({ length: BATCH_SIZE * 12 }, (_, index) => ({
      id: `item-${index}`,
      title: `Story ${index}`,
      content_text: `Body of story ${index}.`,
    }));
    const feed = await writeJsonFeed(path.join(work.path, "long.json"), items);
    const data: PrepareWorkerData = {
      refs: [{ name: feed, file: feed, format: "json" }],
      options: { fetchTimeoutMs: 1000, validators: {} },
    };
    const worker = new Worker(
      path.join(repoRoot, "scripts/ingest/prepare-worker-from-source.js"),
      { workerData: data },
    );
    const received: PrepareWorkerMessage[] = [];
    let arrived: () => void = () => undefined;
    worker.on("message", (message: PrepareWorkerMessage) => {
      received.push(message);
      arrived();
    });
    const messages = async (count: number) => {
      while (received.length < count)
        await new Promise<void>((resolve) => (arrived = resolve));
    };
    try {
      // Nothing is acknowledged as written: the worker hands over a few batches, then waits.
      await messages(1);
      // Meanwhile this thread reads the whole feed itself: time enough for the worker, which
      // started first, to read it all had it not waited.
      let readHere = 0;
      for await (const batch of preparedBatches(data.refs, data.options))
        readHere += batch.length;
      expect(readHere).toBe(items.length);
      expect(received.length).toBeGreaterThan(0);
      expect(received.length).toBeLessThanOrEqual(4);
      expect(received.every((message) => message.kind === "batch")).toBe(true);
      // Each batch written lets it read one more, until the end.
      for (let written = 0; received.at(-1)?.kind !== "done"; written += 1) {
        worker.postMessage("written");
        await messages(Math.min(written + 5, 13));
      }
      const batches = received.flatMap((message) =>
        message.kind === "batch" ? [message.events] : [],
      );
      expect(batches.flat()).toHaveLength(items.length);
    } finally {
      await worker.terminate();
    }
  }, 30_000);
});
