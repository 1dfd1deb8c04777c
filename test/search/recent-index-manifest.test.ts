import { describe, expect, it } from "vitest";
import { parseRecentIndexManifest } from "../../src/search/recent-index-manifest";

describe("parseRecentIndexManifest", () => {
  const manifest = {
    version: 2,
    index: "en_1a2b3c4/",
    pages: ["en_b2", "en_d"],
    superseded: ["en_b"],
    newest: ["en_b2", "en_d"],
    before: [1, 2],
  };

  it("reads a manifest as publish writes it", () => {
    expect(parseRecentIndexManifest(manifest)).toEqual(manifest);
    expect(
      parseRecentIndexManifest({
        version: 2,
        pages: [],
        superseded: [],
        newest: [],
        before: [],
      }),
    ).toEqual({
      version: 2,
      pages: [],
      superseded: [],
      newest: [],
      before: [],
    });
  });

  it("refuses the first version, which did not list the recent index's pages", () => {
    const first = { ...manifest, version: 1, pages: undefined };
    expect(parseRecentIndexManifest(first)).toBeUndefined();
  });

  it.each([
    ["a page id that is not Pagefind's", { pages: ["../x"] }],
    ["a folder outside pagefind-recent/", { index: "../pagefind/" }],
    ["a position for no page", { before: [1] }],
    ["a negative position", { before: [1, -1] }],
  ])("refuses %s", (_, change) => {
    expect(
      parseRecentIndexManifest({ ...manifest, ...change }),
    ).toBeUndefined();
  });
});
