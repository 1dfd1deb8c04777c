import { describe, expect, it } from "vitest";
import { resourceKind } from "../../scripts/bench/network-bytes.ts";
import { parseBenchArgs, UsageError } from "../../scripts/bench/options.ts";
import { median, relativeChange } from "../../scripts/bench/stats.ts";
import {
  syntheticArticles,
  toJsonFeedItem,
  toPlainText,
} from "../../scripts/bench/synthetic-articles.ts";
import { markdownTable } from "../../scripts/bench/table.ts";
import { parsePeakRss } from "../../scripts/bench/timed-ingest.ts";

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

describe("parsePeakRss", () => {
  it("reads GNU time's maximum resident set size in bytes", () => {
    expect(parsePeakRss("\tMaximum resident set size (kbytes): 201056\n")).toBe(
      201056 * 1024,
    );
    expect(parsePeakRss("no such line")).toBeNaN();
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
  it("defaults to the issue's three sizes and five runs", () => {
    expect(parseBenchArgs([])).toMatchObject({
      sizes: [100, 10000, 100000],
      runs: 5,
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
        "--no-lighthouse",
      ]),
    ).toMatchObject({
      sizes: [100, 10000],
      runs: 3,
      lighthouse: false,
    });
  });

  it.each([
    ["--sizes", "0"],
    ["--runs", "two"],
    ["--format", "xml"],
    ["--bogus"],
  ])("rejects %s %s", (...args) => {
    expect(() => parseBenchArgs(args)).toThrow(UsageError);
  });
});
