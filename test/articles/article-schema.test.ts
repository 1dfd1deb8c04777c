import { describe, expect, it } from "vitest";
import {
  articleSchema,
  headlinePageSchema,
  instantSchema,
} from "../../src/articles/article-schema";
import { buildArticle, seedArticle } from "../support/article-fixtures";

describe("instantSchema", () => {
  it.each([
    ["2015-10-04T09:19:00+03:00", true],
    ["2015-10-04T06:19:00Z", true],
    ["2015-10-04T06:19:00.250Z", true],
    ["2015-10-04T09:19:00", false],
    ["2015-02-30T09:19:00+03:00", false],
    ["04 Ekim 2015, 09:19", false],
    ["", false],
  ])("%j valid: %s", (value, valid) => {
    expect(instantSchema.safeParse(value).success).toBe(valid);
  });
});

describe("articleSchema", () => {
  it("accepts the seed article", () => {
    expect(articleSchema.parse(seedArticle)).toEqual(seedArticle);
  });

  it("accepts a withdrawn article without its body", () => {
    const withdrawn = {
      ...buildArticle(),
      body: [],
      withdrawn: { at: "2026-03-01T12:00:00.000Z", reason: "Legal reasons" },
    };
    expect(articleSchema.parse(withdrawn).withdrawn?.reason).toBe(
      "Legal reasons",
    );
  });

  it("defaults missing tags to none", () => {
    const withoutTags: Record<string, unknown> = { ...buildArticle() };
    delete withoutTags.tags;
    expect(articleSchema.parse(withoutTags).tags).toEqual([]);
  });

  it("accepts an empty body when the article links to its original", () => {
    const linkOnly = buildArticle({
      url: "https://elsewhere.example/story",
      body: [],
    });
    expect(articleSchema.parse(linkOnly).body).toEqual([]);
  });

  it("says why an empty body without a url is rejected", () => {
    const withoutUrl = { ...buildArticle({ body: [] }), url: undefined };
    expect(articleSchema.safeParse(withoutUrl).error?.issues[0]?.message).toBe(
      "must have at least one block, unless the article has a url to link to instead",
    );
  });

  it.each([
    ["an id that is not 12 hex characters", { id: "xyz" }, "id"],
    ["an empty headline", { headline: "   " }, "headline"],
    ["an unknown time zone", { timeZone: "Mars/Olympus" }, "timeZone"],
    ["an invalid language tag", { language: "not a tag" }, "language"],
    [
      "a date without an offset",
      { publishedAt: "2015-10-04T09:19:00" },
      "publishedAt",
    ],
    ["an empty body without a url", { body: [], url: undefined }, "body"],
    [
      "an unknown body block",
      { body: [{ type: "video", src: "x" }] },
      "body.0.type",
    ],
    [
      "a javascript: image",
      { body: [{ type: "image", src: "javascript:alert(1)", alt: "" }] },
      "body.0.src",
    ],
    ["an uppercase slug", { slug: "Iraq-Ready" }, "slug"],
  ])("rejects %s", (_, override, path) => {
    const result = articleSchema.safeParse({ ...buildArticle(), ...override });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(
      path,
    );
  });
});

describe("headlinePageSchema", () => {
  it("holds no archive-wide counts, which would change every page on every publish", () => {
    const result = headlinePageSchema.safeParse({
      page: 3,
      pageSize: 20,
      newest: true,
      headlines: [],
    });
    expect(result.success).toBe(true);
    expect(
      headlinePageSchema.safeParse({
        page: 0,
        pageSize: 20,
        newest: true,
        headlines: [],
      }).error?.issues[0]?.path,
    ).toEqual(["page"]);
  });
});
