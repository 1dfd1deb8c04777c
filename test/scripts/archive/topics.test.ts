import path from "node:path";
import Database from "libsql";
import { describe, expect, it } from "vitest";
import { Archive } from "../../../scripts/archive/archive.ts";
import { topicId } from "../../../src/topics/topic-ref.ts";
import {
  ingestInto,
  temporaryWorkFolder,
  writeJsonFeed,
  type FeedItem,
} from "../support/archive-runs.ts";

const work = temporaryWorkFolder();
const archiveFile = () => path.join(work.path, "archive.sqlite");

const item = (n: number, tags: string[]): FeedItem => ({
  id: `https://news.example/${n}`,
  title: `Story number ${n}`,
  content_text: `Text of story ${n}.`,
  date_published: `2026-01-${String(n).padStart(2, "0")}T10:00:00Z`,
  tags,
});

function inArchive<T>(read: (archive: Archive) => T): T {
  const archive = Archive.open(archiveFile(), { create: false });
  try {
    return read(archive);
  } finally {
    archive.close();
  }
}

const headlinesOf = (archive: Archive, id: string) =>
  archive
    .topicRange(id, 1, 100)
    .map((row) => [row.position, JSON.parse(row.article).headline as string]);

describe("tag and source lists", () => {
  it("lists each article under its tags and source, numbered from the oldest", async () => {
    const feed = await writeJsonFeed(path.join(work.path, "feed.json"), [
      item(3, ["Transport", "City"]),
      item(1, ["transport"]),
      item(2, ["City"]),
    ]);
    await ingestInto(archiveFile(), [feed]);
    inArchive((archive) => {
      const transport = topicId("tag", "Transport");
      expect(headlinesOf(archive, transport)).toEqual([
        [2, "Story number 3"],
        [1, "Story number 1"],
      ]);
      expect(archive.topic(transport)).toMatchObject({
        kind: "tag",
        slug: "transport",
        articles: 2,
      });
      const source = topicId("source", "Test Feed");
      expect(archive.topicSize(source)).toBe(3);
      expect(
        archive
          .topics()
          .map((topic) => topic.kind)
          .sort(),
      ).toEqual(["source", "tag", "tag"]);
    });
  });

  it("keeps positions when a correction drops a tag, appends one that gains it, and follows a new spelling", async () => {
    const feedFile = path.join(work.path, "feed.json");
    await ingestInto(archiveFile(), [
      await writeJsonFeed(feedFile, [
        item(1, ["Transport"]),
        item(2, ["Transport"]),
        item(3, []),
      ]),
    ]);
    const before = inArchive((archive) => archive.stats().changeNo);
    await ingestInto(archiveFile(), [
      await writeJsonFeed(feedFile, [
        { ...item(1, []), title: "Story number 1, corrected" },
        item(2, ["Transport"]),
        { ...item(3, ["PUBLIC TRANSPORT"]), title: "Story 3 revised" },
        item(4, ["public-transport"]),
      ]),
    ]);
    inArchive((archive) => {
      const transport = topicId("tag", "Transport");
      expect(headlinesOf(archive, transport)).toEqual([[2, "Story number 2"]]);
      expect(archive.topicSize(transport)).toBe(1);
      const publicTransport = topicId("tag", "Public Transport");
      expect(topicId("tag", "public-transport")).toBe(publicTransport);
      expect(archive.topic(publicTransport)).toMatchObject({
        name: "public-transport",
        slug: "public-transport",
        articles: 2,
      });
      expect(headlinesOf(archive, publicTransport)).toEqual([
        [2, "Story number 4"],
        [1, "Story 3 revised"],
      ]);
      const changed = archive.topicPositionsChangedSince(before);
      expect(changed).toContainEqual({ topicId: transport, position: 1 });
      expect(changed).not.toContainEqual({ topicId: transport, position: 2 });
    });
  });

  it("remembers a former slug when a name's new spelling changes it", async () => {
    const feedFile = path.join(work.path, "feed.json");
    await ingestInto(archiveFile(), [
      await writeJsonFeed(feedFile, [item(1, ["Rock'n'roll"])]),
    ]);
    await ingestInto(archiveFile(), [
      await writeJsonFeed(feedFile, [item(2, ["ROCK N ROLL"])]),
    ]);
    inArchive((archive) => {
      const id = topicId("tag", "rock n roll");
      expect(topicId("tag", "Rock'n'roll")).toBe(id);
      expect(archive.topic(id)).toMatchObject({
        name: "ROCK N ROLL",
        slug: "rock-n-roll",
        articles: 2,
      });
      expect(archive.topicFormerSlugs(id)).toEqual(["rocknroll"]);
    });
  });

  it("fills the lists of an archive made before they existed", async () => {
    await ingestInto(archiveFile(), [
      await writeJsonFeed(path.join(work.path, "feed.json"), [
        item(1, ["Transport"]),
        item(2, ["Transport"]),
      ]),
    ]);
    const db = new Database(archiveFile());
    db.exec(
      "DROP TABLE topic_articles; DROP TABLE topic_slugs; DROP TABLE topics; PRAGMA user_version = 1",
    );
    db.close();
    inArchive((archive) => {
      expect(headlinesOf(archive, topicId("tag", "transport"))).toEqual([
        [2, "Story number 2"],
        [1, "Story number 1"],
      ]);
    });
  });
});
