import { describe, expect, it } from "vitest";
import { parseArticleRef, parsePageNumber, paths } from "../src/paths";

describe("paths", () => {
  it("builds the front page, archive pages and article URLs", () => {
    expect(paths.front()).toBe("/");
    expect(paths.page(3)).toBe("/page/3");
    expect(paths.article({ id: "4aef69e2e173", slug: "iraq-ready" })).toBe(
      "/articles/4aef69e2e173-iraq-ready",
    );
  });
});

describe("parseArticleRef", () => {
  it.each([
    ["4aef69e2e173-iraq-ready", { id: "4aef69e2e173", slug: "iraq-ready" }],
    ["4aef69e2e173", { id: "4aef69e2e173", slug: "" }],
    ["4aef69e2e173-", { id: "4aef69e2e173", slug: "" }],
    // Capitals and a mangled slug still reach the article, which then redirects to its own URL.
    ["4AEF69E2E173-iraq", { id: "4aef69e2e173", slug: "iraq" }],
    ["4aef69e2e173-Iraq Ready", { id: "4aef69e2e173", slug: "Iraq Ready" }],
    ["4aef69e2e17-short", null],
    ["4aef69e2e1734-long", null],
    ["iraq-ready", null],
  ])("%s → %j", (ref, expected) => {
    expect(parseArticleRef(ref)).toEqual(expected);
  });
});

describe("parsePageNumber", () => {
  it.each([
    [undefined, null],
    ["1", 1],
    ["2", 2],
    ["120", 120],
    ["0", null],
    ["-1", null],
    ["02", null],
    ["2.5", null],
    ["two", null],
    ["", null],
    ["99999999", null],
  ])("%j → %j", (value, expected) => {
    expect(parsePageNumber(value)).toBe(expected);
  });
});
