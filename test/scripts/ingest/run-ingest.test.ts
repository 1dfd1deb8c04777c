import { execFile } from "node:child_process";
import {
  mkdtemp,
  mkdir,
  readdir,
  readFile,
  rm,
  writeFile,
} from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from "vitest";
import {
  headlinePageSchema,
  type Article,
} from "../../../src/articles/article-schema.ts";
import { ArticleStore } from "../../../scripts/ingest/article-store.ts";
import {
  formatRejection,
  type Rejection,
} from "../../../scripts/ingest/ingest-item.ts";
import { OutputFolder } from "../../../scripts/ingest/output-folder.ts";
import { runIngest } from "../../../scripts/ingest/run-ingest.ts";
import { fixturesDir } from "./read-fixture.ts";

const root = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../..",
);
let work: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "bulletin-ingest-"));
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

async function tree(folder: string): Promise<Record<string, string>> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true });
  const entries = await Promise.all(
    files
      .filter((file) => file.isFile())
      .map(async (file) => {
        const full = path.join(file.parentPath, file.name);
        return [
          path.relative(folder, full),
          await readFile(full, "utf8"),
        ] as const;
      }),
  );
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

async function ingest(
  sources: string[],
  extra: { zone?: string; siteUrl?: string } = {},
) {
  const messages: string[] = [];
  const out = path.join(work, "data");
  const result = await runIngest({
    sources,
    out,
    fetchTimeoutMs: 500,
    onRejection: (rejection) => messages.push(formatRejection(rejection)),
    ...extra,
  });
  return { result, messages, out };
}

function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    id,
    slug: "a",
    headline: "A",
    source: "S",
    language: "en",
    tags: [],
    body: [{ type: "paragraph", text: "x" }],
    ...fields,
  };
}

describe("runIngest on the bundled content", () => {
  it("writes pages of 20, newest first, undated last, and the same bytes every time", async () => {
    const first = await ingest([path.join(root, "content")]);
    expect(first.messages).toEqual([]);
    expect(first.result).toEqual({
      ingested: 34,
      updated: 0,
      skipped: 0,
      rejected: 0,
      articles: 34,
      pages: 2,
    });
    const files = await tree(first.out);
    const page1 = headlinePageSchema.parse(
      JSON.parse(files["headlines/1.json"] ?? ""),
    );
    const page2 = headlinePageSchema.parse(
      JSON.parse(files["headlines/2.json"] ?? ""),
    );
    expect([
      page1.page,
      page1.pageCount,
      page1.pageSize,
      page1.totalArticles,
    ]).toEqual([1, 2, 20, 34]);
    expect(page1.headlines).toHaveLength(20);
    expect(page2.headlines).toHaveLength(14);
    const all = [...page1.headlines, ...page2.headlines];
    const times = all.map((h) => h.updatedAt ?? h.publishedAt);
    expect(times.at(-1)).toBeUndefined();
    const dated = times
      .filter((time): time is string => time !== undefined)
      .map((time) => Date.parse(time));
    expect(dated).toEqual([...dated].sort((a, b) => b - a));
    expect(
      Object.keys(files).filter((file) => file.startsWith("articles/")),
    ).toHaveLength(34);
    // Headline entries carry only the list's fields.
    expect(Object.keys(page1.headlines[0] ?? {})).not.toContain("body");
    // Pages are put together from stored headline JSON: byte for byte what printing the schema's
    // parse of them gives.
    for (const name of ["headlines/1.json", "headlines/2.json"]) {
      const text = files[name] ?? "";
      expect(text).toBe(
        `${JSON.stringify(headlinePageSchema.parse(JSON.parse(text)))}\n`,
      );
    }

    await rm(first.out, { recursive: true });
    const second = await ingest([path.join(root, "content")]);
    expect(await tree(second.out)).toEqual(files);
  });

  it("writes feed.json as JSON Feed 1.1 with the newest items and absolute urls from --site-url", async () => {
    const { out } = await ingest([path.join(root, "content")], {
      siteUrl: "https://news.example/bulletin",
    });
    const feed = JSON.parse(
      await readFile(path.join(out, "feed.json"), "utf8"),
    ) as {
      version: string;
      home_page_url: string;
      feed_url: string;
      items: Record<string, unknown>[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.home_page_url).toBe("https://news.example/bulletin/");
    expect(feed.feed_url).toBe("https://news.example/bulletin/data/feed.json");
    expect(feed.items).toHaveLength(34);
    const sea = feed.items[0];
    expect(sea).toMatchObject({
      url: expect.stringMatching(
        /^https:\/\/news\.example\/bulletin\/articles\/[0-9a-f]{12}-sample-scientists-map-the-sea-floor/,
      ),
      external_url: "https://www.example.com/samples/atom/sea-floor",
      title: "Sample: Scientists map the sea floor off the Antarctic coast",
      date_published: "2026-02-10T08:00:00+00:00",
      date_modified: "2026-02-10T12:00:00+00:00",
      language: "en-GB",
      tags: ["Science", "Samples"],
    });
    expect(sea?.content_html).toContain("<h2>What they found</h2>");
  });
});

describe("runIngest edge cases", () => {
  it("still writes a valid page 1 for no articles", async () => {
    const empty = path.join(work, "empty");
    await mkdir(empty);
    const { result, out } = await ingest([empty]);
    expect(result).toEqual({
      ingested: 0,
      updated: 0,
      skipped: 0,
      rejected: 0,
      articles: 0,
      pages: 1,
    });
    expect(
      JSON.parse(await readFile(path.join(out, "headlines/1.json"), "utf8")),
    ).toEqual({
      page: 1,
      pageCount: 1,
      pageSize: 20,
      totalArticles: 0,
      headlines: [],
    });
  });

  it("merges duplicates: the newer update wins and keeps the first id", async () => {
    const older = {
      version: "https://jsonfeed.org/version/1.1",
      title: "Dupes",
      items: [
        {
          id: "a",
          title: "Old headline",
          content_text: "old",
          date_published: "2020-01-01T00:00:00Z",
        },
        {
          id: "b",
          url: "https://x.example/b",
          title: "B",
          content_text: "b",
          date_published: "2020-01-01T00:00:00Z",
        },
      ],
    };
    const newer = {
      version: "https://jsonfeed.org/version/1.1",
      title: "Dupes",
      items: [
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
        {
          id: "other-id",
          url: "https://x.example/b",
          title: "B again",
          content_text: "b2",
          date_published: "2020-01-03T00:00:00Z",
        },
      ],
    };
    await writeFile(path.join(work, "1-older.json"), JSON.stringify(older));
    await writeFile(path.join(work, "2-newer.json"), JSON.stringify(newer));
    const { result, messages, out } = await ingest([
      path.join(work, "1-older.json"),
      path.join(work, "2-newer.json"),
    ]);
    expect(messages).toEqual([]);
    expect(result).toMatchObject({
      ingested: 2,
      updated: 2,
      skipped: 1,
      rejected: 0,
      articles: 2,
    });
    const page = headlinePageSchema.parse(
      JSON.parse(await readFile(path.join(out, "headlines/1.json"), "utf8")),
    );
    expect(page.headlines.map((h) => [h.headline, h.slug])).toEqual([
      ["B again", "b-again"],
      ["Corrected headline", "corrected-headline"],
    ]);
    const ids = page.headlines.map((h) => h.id);
    const { articleIdFor } =
      await import("../../../scripts/ingest/article-id.ts");
    expect(ids).toEqual([articleIdFor("b"), articleIdFor("a")]);
  });

  it("reports missing sources and keeps going (exit status 1 material)", async () => {
    const { result, messages } = await ingest([
      path.join(work, "missing.txt"),
      path.join(fixturesDir, "text-crlf-offset.txt"),
    ]);
    expect(messages).toEqual([
      `${path.join(work, "missing.txt")} source: no such file or folder`,
    ]);
    expect(result).toMatchObject({ ingested: 1, rejected: 1 });
  });

  it("leaves the previous data folder untouched when the run fails", async () => {
    const out = path.join(work, "data");
    await mkdir(out);
    await writeFile(path.join(out, "previous.json"), "previous");
    await expect(
      runIngest({
        sources: [path.join(fixturesDir, "text-empty.txt")],
        out,
        onRejection: () => {
          throw new Error("crash mid-run");
        },
      }),
    ).rejects.toThrow("crash mid-run");
    expect(await readdir(out)).toEqual(["previous.json"]);
    expect(
      (await readdir(work)).filter((name) => name.startsWith(".ingest-tmp-")),
    ).toEqual([]);
  });
});

describe("ArticleStore", () => {
  it("rejects an id collision between different identities with a clear message", async () => {
    const output = new OutputFolder(path.join(work, "out"));
    await output.open();
    const store = new ArticleStore(output);
    expect(store.add(article("aaaaaaaaaaaa"), "text:first", "a.txt")).toBe(
      "ingested",
    );
    const outcome = store.add(
      article("aaaaaaaaaaaa"),
      "text:second",
      "b.txt",
    ) as Rejection;
    expect(formatRejection(outcome)).toBe(
      'b.txt id: aaaaaaaaaaaa is already the id of "text:first" (a.txt); "text:second" hashes to the same id, so give one of them a different identity',
    );
    await output.discard();
  });
});

describe("http(s) sources", () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/feed.json") {
        response.writeHead(200, { "content-type": "application/feed+json" });
        response.end(
          JSON.stringify({
            version: "https://jsonfeed.org/version/1.1",
            title: "Served",
            items: [
              { id: "s1", title: "Served item", content_text: "Over HTTP." },
            ],
          }),
        );
      } else if (request.url === "/story.txt") {
        response.writeHead(200, {
          "content-type": "text/plain; charset=utf-8",
        });
        response.end(
          "Served headline\n\nStandfirst\n\nDesk\n\nBody.\n\nGüncelleme Tarihi: 04 Ekim 2015, 09:19",
        );
      } else if (request.url === "/slow") {
        setTimeout(() => response.end("late"), 2000);
      } else {
        response.writeHead(404, { "content-type": "text/html" });
        response.end("<h1>Not found</h1>");
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

  it("fetches feeds and text articles, and reports HTTP errors and timeouts", async () => {
    const { result, messages, out } = await ingest([
      `${base}/feed.json`,
      `${base}/story.txt`,
      `${base}/missing.xml`,
      `${base}/slow`,
    ]);
    expect(messages).toEqual([
      `${base}/missing.xml source: HTTP 404 Not Found`,
      `${base}/slow source: no answer within 0.5 s`,
    ]);
    expect(result).toMatchObject({ ingested: 2, rejected: 2 });
    const page = JSON.parse(
      await readFile(path.join(out, "headlines/1.json"), "utf8"),
    ) as { headlines: { headline: string; timeZone?: string }[] };
    expect(page.headlines.map((h) => [h.headline, h.timeZone])).toEqual([
      ["Served headline", "Europe/Istanbul"],
      ["Served item", undefined],
    ]);
  });
});

describe("the command line", () => {
  const run = promisify(execFile);
  const cli = path.join(root, "scripts/ingest/cli.ts");
  const tsx = path.join(root, "node_modules/.bin/tsx");

  async function exec(args: string[]) {
    try {
      const { stdout, stderr } = await run(tsx, [cli, ...args], { cwd: work });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return {
        code: failed.code,
        stdout: failed.stdout,
        stderr: failed.stderr,
      };
    }
  }

  it.each([
    [
      ["--zone", "Mars/Olympus"],
      'ingest: --zone: "Mars/Olympus" is not an IANA time zone such as Europe/Istanbul',
    ],
    [["--frobnicate"], "ingest: Unknown option '--frobnicate'"],
    [
      ["--site-url", "ftp://x"],
      'ingest: --site-url: "ftp://x" is not an http(s) URL',
    ],
  ])(
    "exits 2 for %j",
    async (args, message) => {
      const { code, stderr } = await exec(args);
      expect(code).toBe(2);
      expect(stderr.split("\n")[0]).toContain(message);
    },
    20_000,
  );

  it("exits 1 with messages and a summary when something was rejected, 0 when all was ingested", async () => {
    await mkdir(path.join(work, "src"));
    await writeFile(
      path.join(work, "src/good.txt"),
      "Good\n\nStandfirst\n\nDesk\n\nBody.\n",
    );
    await writeFile(
      path.join(work, "src/bad.txt"),
      "Bad\n\nStandfirst\n\nDesk\n\nBody.\n\nUpdated: 4 October 2015, 09:19\n",
    );
    const failed = await exec(["--out", "out", "src"]);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toBe(
      'src/bad.txt:9 date: "4 October 2015, 09:19" has no time zone; pass --zone IANA_ZONE or add "zone:" to the file\'s header\n',
    );
    expect(failed.stdout).toBe(
      "ingest: 1 ingested, 0 updated, 0 skipped, 1 rejected; wrote 1 articles and 1 headline pages to out\n",
    );

    const passed = await exec([
      "--out",
      "out",
      "--zone",
      "Europe/London",
      "src",
    ]);
    expect(passed.code).toBe(0);
    expect(passed.stdout).toBe(
      "ingest: 2 ingested, 0 updated, 0 skipped, 0 rejected; wrote 2 articles and 1 headline pages to out\n",
    );
    const bad = JSON.parse(
      await readFile(path.join(work, "out/headlines/1.json"), "utf8"),
    ) as {
      headlines: { headline: string; updatedAt?: string; timeZone?: string }[];
    };
    expect(bad.headlines[0]).toMatchObject({
      headline: "Bad",
      updatedAt: "2015-10-04T09:19:00+01:00",
      timeZone: "Europe/London",
    });
  }, 30_000);
});
