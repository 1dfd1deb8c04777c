import { describe, expect, it } from "vitest";
import { parseArticleRef, parsePageParam, paths } from "../src/paths";

describe("paths", () => {
  it("builds the front page, list pages and article URLs", () => {
    expect(paths.headlines()).toBe("/");
    expect(paths.headlines(1)).toBe("/");
    expect(paths.headlines(3)).toBe("/?page=3");
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
    ["4AEF69E2E173-iraq", null],
    ["4aef69e2e17-short", null],
    ["iraq-ready", null],
    ["4aef69e2e173-Iraq Ready", null],
  ])("%s → %j", (ref, expected) => {
    expect(parseArticleRef(ref)).toEqual(expected);
  });
});

describe("parsePageParam", () => {
  it.each([
    [null, 1],
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
    expect(parsePageParam(value)).toBe(expected);
  });
});
