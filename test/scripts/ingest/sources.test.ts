import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryToEvents } from "../../../scripts/ingest/feed-entry.ts";
import {
  finaliseItem,
  formatRejection,
  type SourceEvent,
} from "../../../scripts/ingest/ingest-item.ts";
import {
  DEFAULT_MAX_BYTES,
  expandSources,
  loadSource,
  type LoadedSource,
  type ReadOptions,
} from "../../../scripts/ingest/sources.ts";

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "bulletin-sources-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const options: ReadOptions = { fetchTimeoutMs: 5000 };

/** Every event of a loaded source as a line: articles by headline, rejections and warnings as printed. */
async function lines(loaded: LoadedSource): Promise<string[]> {
  if (loaded.kind === "unreadable") return [formatRejection(loaded.rejection)];
  if (loaded.kind === "not-modified") return ["not modified"];
  const result: string[] = [];
  for await (const event of loaded.events) result.push(describeEvent(event));
  return result;
}

function describeEvent(event: SourceEvent): string {
  if (event.kind === "warning")
    return `warning: ${formatRejection(event.warning)}`;
  if (event.kind === "rejection") return formatRejection(event.rejection);
  const finalised = finaliseItem(event.item);
  return finalised.ok
    ? `article: ${finalised.article.headline}`
    : formatRejection(finalised.rejection);
}

function jsonFeed(items: unknown[]): string {
  return JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "T",
    items,
  });
}

describe("files that are not regular files", () => {
  it("refuses a FIFO named directly instead of waiting on it", async () => {
    const fifo = path.join(work, "feed.json");
    execFileSync("mkfifo", [fifo]);
    const name = fifo.split(path.sep).join("/");
    const reason = `${name} source: is a FIFO (named pipe), not a regular file; save the feed to a file first`;
    expect(
      (await expandSources([fifo])).map((entry) =>
        "kind" in entry ? formatRejection(entry.rejection) : entry,
      ),
    ).toEqual([reason]);
    expect(
      await lines(await loadSource({ name, file: fifo }, options)),
    ).toEqual([reason]);
  });

  it("refuses a device", async () => {
    expect(
      await lines(
        await loadSource({ name: "/dev/zero", file: "/dev/zero" }, options),
      ),
    ).toEqual(["/dev/zero source: is a device, not a regular file"]);
  });
});

describe("a folder with symbolic links", () => {
  it("follows links to files and folders and reports broken links and loops", async () => {
    const folder = path.join(work, "linked");
    const elsewhere = path.join(work, "elsewhere");
    await mkdir(path.join(folder, "sub"), { recursive: true });
    await mkdir(elsewhere, { recursive: true });
    await writeFile(
      path.join(elsewhere, "story.txt"),
      "H\n\nS\n\nDesk\n\nBody.\n",
    );
    await symlink(
      path.join(elsewhere, "story.txt"),
      path.join(folder, "a-link.txt"),
    );
    await symlink(elsewhere, path.join(folder, "b-folder-link"));
    await symlink(
      path.join(work, "missing.json"),
      path.join(folder, "c-broken.json"),
    );
    await symlink(folder, path.join(folder, "sub", "d-loop"));

    const entries = (await expandSources([folder])).map((entry) =>
      "kind" in entry
        ? formatRejection(entry.rejection)
        : path.relative(work, entry.file ?? ""),
    );
    const shown = (relative: string) =>
      path.join(work, relative).split(path.sep).join("/");
    expect(entries).toEqual([
      path.join("linked", "a-link.txt"),
      path.join("linked", "b-folder-link", "story.txt"),
      `${shown("linked/c-broken.json")} source: is a broken symbolic link`,
      `${shown("linked/sub/d-loop")} source: is a symbolic link to a folder that contains it (a loop); not followed`,
    ]);
  });
});

describe("size limits", () => {
  let server: Server;
  let base: string;
  let sentByEndless = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/declared-large") {
        response.writeHead(200, {
          "content-type": "application/json",
          "content-length": String(3 * 1024 * 1024),
        });
        response.end("{}");
      } else if (request.url === "/endless") {
        // A body with no length that never ends; bounded so a broken client cannot keep it going.
        response.writeHead(200, { "content-type": "application/feed+json" });
        const piece = Buffer.alloc(64 * 1024, 0x20);
        const send = () => {
          while (sentByEndless < 256 * 1024 * 1024) {
            sentByEndless += piece.length;
            if (!response.write(piece)) return;
          }
          response.end();
        };
        response.on("drain", send);
        response.on("close", () => response.off("drain", send));
        send();
      } else if (request.url === "/latin1") {
        response.writeHead(200, {
          "content-type": "application/rss+xml; charset=iso-8859-1",
        });
        response.end(
          Buffer.from(
            '<rss version="2.0"><channel><title>L</title><item><guid>l1</guid><title>Mãe</title><description>Olá</description></item></channel></rss>',
            "latin1",
          ),
        );
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((resolve) =>
      server.listen(0, "127.0.0.1", resolve),
    );
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("has a default of a few tens of MB", () => {
    expect(DEFAULT_MAX_BYTES).toBe(50 * 1024 * 1024);
  });

  it("refuses an answer whose declared length is over the limit without reading it", async () => {
    const url = `${base}/declared-large`;
    expect(
      await lines(
        await loadSource(
          { name: url, url },
          { ...options, maxBytes: 1024 * 1024 },
        ),
      ),
    ).toEqual([
      `${url} source: the answer is larger than the limit of 1 MiB (1048576 bytes); raise it with --max-bytes`,
    ]);
  });

  it("stops reading an endless answer at the limit", async () => {
    const url = `${base}/endless`;
    const before = process.memoryUsage().rss;
    expect(
      await lines(
        await loadSource(
          { name: url, url },
          { ...options, maxBytes: 4 * 1024 * 1024 },
        ),
      ),
    ).toEqual([
      `${url} source: the answer is larger than the limit of 4 MiB (4194304 bytes); raise it with --max-bytes`,
    ]);
    // The server was stopped long before its 256 MiB, and nothing like it was held in memory.
    expect(sentByEndless).toBeLessThan(64 * 1024 * 1024);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("decodes a feed in the HTTP charset", async () => {
    const url = `${base}/latin1`;
    expect(await lines(await loadSource({ name: url, url }, options))).toEqual([
      "article: Mãe",
    ]);
  });

  it("refuses a text file over the limit and reads a bigger feed file item by item", async () => {
    const text = path.join(work, "big.txt");
    await writeFile(text, `H\n\nS\n\nDesk\n\n${"word ".repeat(300)}\n`);
    expect(
      await lines(
        await loadSource(
          { name: "big.txt", file: text, format: "text" },
          {
            ...options,
            maxBytes: 1000,
          },
        ),
      ),
    ).toEqual([
      "big.txt source: the file is larger than the limit of 1000 bytes; raise it with --max-bytes",
    ]);
    const feed = path.join(work, "big.json");
    await writeFile(
      feed,
      jsonFeed([{ id: "1", title: "Long", content_text: "word ".repeat(300) }]),
    );
    expect(
      await lines(
        await loadSource(
          { name: "big.json", file: feed, format: "json" },
          {
            ...options,
            maxBytes: 1000,
          },
        ),
      ),
    ).toEqual(["article: Long"]);
  });
});

describe("hostile HTML", () => {
  it("rejects deeply nested bodies quickly and keeps the items around them", async () => {
    const nested = (depth: number) =>
      `${"<div>".repeat(depth)}deep${"</div>".repeat(depth)}`;
    const file = path.join(work, "nested.json");
    await writeFile(
      file,
      jsonFeed([
        { id: "1", title: "Before", content_text: "Kept." },
        { id: "2", title: "Four thousand", content_html: nested(4000) },
        { id: "3", title: "A hundred thousand", content_html: nested(100_000) },
        { id: "4", title: "After", content_html: "<p>Kept <em>too</em>.</p>" },
      ]),
    );
    const started = performance.now();
    expect(
      await lines(
        await loadSource(
          { name: "nested.json", file, format: "json" },
          options,
        ),
      ),
    ).toEqual([
      "article: Before",
      "nested.json:item 2 content: the HTML nests 4000 elements deep, more than the 256 this ingest reads",
      "nested.json:item 3 content: the HTML nests 100000 elements deep, more than the 256 this ingest reads",
      "article: After",
    ]);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("rejects an item whose reading throws, with the reason, instead of ending the run", () => {
    const events = entryToEvents(
      {
        location: "feed.xml:item 1",
        title: { value: "Broken", html: false },
        content: { value: "Body", html: false },
        authors: [],
        // A reader bug: a tag that is not a string.
        tags: [null as unknown as string],
      },
      { source: "Feed", authors: [] },
    );
    expect(events.map(describeEvent)).toEqual([
      "feed.xml:item 1 item: could not be read: Cannot read properties of null (reading 'trim')",
    ]);
  });
});
