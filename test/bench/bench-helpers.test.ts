import { describe, expect, it } from "vitest";
import { resourceKind } from "../../scripts/bench/network-bytes.ts";
import { parseBenchArgs, UsageError } from "../../scripts/bench/options.ts";
import { median, relativeChange } from "../../scripts/bench/stats.ts";
import {
  newerThanArchive,
  syntheticArticles,
  toJsonFeedItem,
  toPlainText,
} from "../../scripts/bench/synthetic-articles.ts";
import { markdownTable } from "../../scripts/bench/table.ts";
import { parseGnuTime } from "../../scripts/bench/timed-cli.ts";
import {
  ingestChanges,
  publishWritten,
  searchBuilt,
} from "../../scripts/bench/cli-summaries.ts";
import { plainPage } from "../../scripts/bench/plain-page.ts";

describe("median", () => {
  it.each([
    [[], Number.NaN],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])("of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it("leaves its input unsorted", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("relativeChange", () => {
  it("is the change as a fraction of the reference", () => {
    expect(relativeChange(100, 120)).toBeCloseTo(0.2);
    expect(relativeChange(100, 80)).toBeCloseTo(-0.2);
    expect(relativeChange(0, 5)).toBeNaN();
  });
});

describe("markdownTable", () => {
  it("pads columns and right-aligns columns of figures", () => {
    expect(
      markdownTable(
        ["name", "KB"],
        [
          ["entry", "124.7"],
          ["article page", "1.6"],
        ],
      ),
    ).toBe(
      [
        "| name         |    KB |",
        "| ------------ | ----: |",
        "| entry        | 124.7 |",
        "| article page |   1.6 |",
      ].join("\n"),
    );
  });
});

describe("parseGnuTime", () => {
  it("reads GNU time's peak resident set size in bytes and user + system CPU seconds", () => {
    const { peakRssBytes, cpuSeconds } = parseGnuTime(
      [
        "publish: 100 articles",
        "\tUser time (seconds): 11.39",
        "\tSystem time (seconds): 0.64",
        "\tMaximum resident set size (kbytes): 201056",
      ].join("\n"),
    );
    expect(peakRssBytes).toBe(201056 * 1024);
    expect(cpuSeconds).toBeCloseTo(12.03);
  });

  it("gives NaN, not zero, for what it cannot find", () => {
    const { peakRssBytes, cpuSeconds } = parseGnuTime("no such line");
    expect(peakRssBytes).toBeNaN();
    expect(cpuSeconds).toBeNaN();
  });
});

describe("summary lines", () => {
  it("reads the ingest's new and updated counts", () => {
    expect(
      ingestChanges(
        "ingest: 100 items: 98 new, 2 updated, 0 unchanged, 0 merged, 0 rejected; a.sqlite holds 100 articles",
      ),
    ).toEqual({ added: 98, updated: 2 });
  });

  it("reads the files publish wrote", () => {
    expect(
      publishWritten(
        "publish: 100 articles, 3 changed since the last publish; 315 files written, 12 unchanged in site",
      ),
    ).toBe(315);
  });

  it("refuses a line it does not recognise instead of reading zero", () => {
    expect(() => ingestChanges("ingest: done")).toThrow(/not an ingest/);
    expect(() => publishWritten("")).toThrow(/not a publish/);
  });

  // The lines as scripts/publish/cli.ts writes them (test/scripts/publish/run-publish.test.ts).
  const summary =
    "publish: 100 articles, all published afresh; 500 files written, 0 unchanged in site";
  it("reads the whole search index publish built, whatever the reason", () => {
    expect(
      searchBuilt(
        [
          summary,
          "publish: search index of 100000 articles built in 612.3 s (more than 2,000 articles had changed since its last build): 100160 files, 100160 of them written, 0 old ones removed",
        ],
        "full",
      ),
    ).toEqual({ records: 100_000, seconds: 612.3, files: 100_160 });
  });

  it("reads the recent search index, and refuses a publish that built none", () => {
    const recent =
      "publish: recent search index of 1 changed article built in 0.4 s: 8 files, 8 of them written, 0 old ones removed (the whole index is rebuilt once more than 2,000 have changed)";
    expect(searchBuilt([summary, recent], "recent")).toEqual({
      records: 1,
      seconds: 0.4,
      files: 8,
    });
    expect(() => searchBuilt([summary, recent], "full")).toThrow(
      /did not report building a full search index/,
    );
  });
});

describe("plainPage", () => {
  const published = [
    "<!doctype html><html><head>",
    '<script type="module" crossorigin src="/assets/index-a.js"></script>',
    '<link rel="modulepreload" crossorigin href="/assets/use-t-b.js">',
    '<link rel="stylesheet" crossorigin href="/assets/index-c.css">',
    "<title>Latest headlines · Bulletin</title></head>",
    '<body><div id="root"><h1>Latest headlines</h1></div>',
    '<script type="application/json" id="bulletin-page">{"a":"<\\/script>"}</script>',
    "</body></html>",
  ].join("\n");

  it("keeps the markup and the stylesheet and drops every script and modulepreload", () => {
    const plain = plainPage(published);
    expect(plain).toContain(
      '<link rel="stylesheet" crossorigin href="/assets/index-c.css">',
    );
    expect(plain).toContain("<h1>Latest headlines</h1>");
    expect(plain).toContain("<title>Latest headlines · Bulletin</title>");
    expect(plain).not.toMatch(/script|modulepreload/);
  });
});

describe("resourceKind", () => {
  it.each([
    ["http://127.0.0.1:1/assets/index-abc.js", "js"],
    ["http://127.0.0.1:1/assets/index-abc.css", "css"],
    ["http://127.0.0.1:1/data/headlines/1.json", "data"],
    ["http://127.0.0.1:1/data/articles/4aef69e2e173.json", "data"],
    ["http://127.0.0.1:1/", "other"],
    ["http://127.0.0.1:1/favicon.svg", "other"],
  ])("%s is %s", (url, kind) => {
    expect(resourceKind(url)).toBe(kind);
  });
});

describe("syntheticArticles", () => {
  it("is deterministic, and a smaller archive is the newest part of a larger one", () => {
    const small = [...syntheticArticles(50)];
    const large = [...syntheticArticles(200)];
    expect(large.slice(0, 50)).toEqual(small);
    expect(new Set(large.map((article) => article.id)).size).toBe(200);
  });

  it("goes back in time and varies lengths and languages", () => {
    const articles = [...syntheticArticles(500)];
    const times = articles.map((article) => article.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const lengths = articles.map((article) => article.paragraphs.length);
    expect(Math.min(...lengths)).toBe(1);
    expect(Math.max(...lengths)).toBeGreaterThan(8);
    expect(new Set(articles.map((article) => article.language))).toEqual(
      new Set(["en", "tr"]),
    );
  });

  it("starts a batch newer than every article of the default archive", () => {
    const [newestOfArchive] = [...syntheticArticles(1)];
    const batch = [...syntheticArticles(100, 2, newerThanArchive(100))];
    const oldestOfBatch = batch.at(-1)?.publishedAt.getTime() ?? 0;
    expect(oldestOfBatch).toBeGreaterThan(
      newestOfArchive?.publishedAt.getTime() ?? Infinity,
    );
    expect(batch.map((article) => article.id)).not.toContain(
      newestOfArchive?.id,
    );
  });

  it("writes JSON Feed items with offsets and plain text in the seed's layout", () => {
    const [article] = [...syntheticArticles(1)];
    if (!article) throw new Error("no article");
    const item = toJsonFeedItem(article);
    expect(item.date_published).toBe("2025-06-30T09:00:00.000Z");
    expect(item.content_text).toBe(article.paragraphs.join("\n\n"));
    const lines = toPlainText(article).trimEnd().split("\n\n");
    expect(lines[0]).toBe(article.title);
    expect(lines[2]).toBe("Bench Bulletin / News Desk");
    // Istanbul is UTC+3: the modified time 13:08Z is 16:08 there.
    expect(lines.at(-1)).toMatch(
      /^(Updated|Published): 30 June 2025, \d\d:\d\d$/,
    );
  });
});

describe("parseBenchArgs", () => {
  it("defaults to 100 and 100,000 articles, five runs and seven throttled paints", () => {
    expect(parseBenchArgs([])).toMatchObject({
      sizes: [100, 100000],
      runs: 5,
      paintRuns: 7,
      lighthouse: true,
    });
  });

  it("sorts sizes and reads the quick-run flags", () => {
    expect(
      parseBenchArgs([
        "--sizes",
        "10000,100",
        "--runs",
        "3",
        "--paint-runs",
        "1",
        "--no-lighthouse",
      ]),
    ).toMatchObject({
      sizes: [100, 10000],
      runs: 3,
      paintRuns: 1,
      lighthouse: false,
    });
  });

  it.each([
    ["--sizes", "0"],
    ["--runs", "two"],
    ["--paint-runs", "0"],
    ["--format", "xml"],
    ["--bogus"],
  ])("rejects %s %s", (...args) => {
    expect(() => parseBenchArgs(args)).toThrow(UsageError);
  });
});
