import { describe, expect, it } from "vitest";
import {
  openRecentIndex,
  searchIndexes,
  type PagefindApi,
  type PagefindResult,
} from "../../src/search/merged-search";
import type { RecentIndexManifest } from "../../src/search/recent-index-manifest";

/**
 * A stand-in for Pagefind with two indexes: it answers a search with the pages of both (once the
 * recent one is merged), each page scored as Pagefind would: by relevance, or by its position in
 * its own index's date order.
 */
function fakePagefind(indexes: {
  base: { id: string; relevance: number; position: number }[];
  recent: { id: string; relevance: number; position: number }[];
}) {
  const calls: { filters: Record<string, string> | undefined }[] = [];
  const merged: { path: string; options: Record<string, unknown> }[] = [];
  const pagefind: PagefindApi = {
    mergeIndex: async (path, options) => {
      merged.push({ path, options });
    },
    destroy: async () => undefined,
    search: async (_term, options) => {
      calls.push({ filters: options.filters });
      const pages = [
        ...indexes.base,
        ...(merged.length > 0 ? indexes.recent : []),
      ];
      const results: PagefindResult[] = pages.map((page) => ({
        id: page.id,
        score: options.sort ? page.position : page.relevance,
        data: async () => ({
          url: page.id,
          content: "",
          meta: {},
          filters: {},
          locations: [],
        }),
      }));
      return { results: results.sort((a, b) => b.score - a.score) };
    },
  };
  return { pagefind, calls, merged };
}

const ids = (results: PagefindResult[]) => results.map((result) => result.id);

describe("searching the big index and the recent one as one", () => {
  // The big index: a (oldest), b, c (newest); b has since been corrected (b2 in the recent index)
  // and c withdrawn. The recent index: b2 (dated as b was), d (dated between b and c, newest of its own).
  const indexes = {
    base: [
      { id: "en_a", relevance: 0.5, position: 0 },
      { id: "en_b", relevance: 0.9, position: 1 },
      { id: "en_c", relevance: 0.7, position: 2 },
    ],
    recent: [
      { id: "en_b2", relevance: 0.8, position: 0 },
      { id: "en_d", relevance: 0.6, position: 1 },
      { id: "en_undated", relevance: 0.4, position: 0 },
    ],
  };
  const manifest: RecentIndexManifest = {
    version: 2,
    index: "en_recent/",
    pages: ["en_b2", "en_d", "en_undated"],
    superseded: ["en_b", "en_c"],
    // b2 is dated after a (1 big-index page before it), d after a and b (2 before it).
    newest: ["en_b2", "en_d"],
    before: [1, 2],
  };

  it("merges the recent index", async () => {
    const { pagefind, merged } = fakePagefind(indexes);
    await openRecentIndex(
      pagefind,
      manifest,
      "https://news.example/pagefind-recent/",
    );
    expect(merged).toEqual([
      {
        path: "https://news.example/pagefind-recent/en_recent/",
        options: {},
      },
    ]);
  });

  it("best first: drops the big index's superseded pages and ranks the rest with the recent ones", async () => {
    const { pagefind, calls } = fakePagefind(indexes);
    const recent = await openRecentIndex(pagefind, manifest, "/");
    const results = await searchIndexes(pagefind, recent, "harbour", {
      filters: { tag: "1234567890" },
      newest: false,
    });
    expect(ids(results)).toEqual(["en_b2", "en_d", "en_a", "en_undated"]);
    // One search of both indexes: a second would double the cost of a query that matches much.
    expect(calls).toEqual([{ filters: { tag: "1234567890" } }]);
  });

  it("newest first: places each recent page among the big index's by its time; an undated one has no place", async () => {
    const { pagefind } = fakePagefind(indexes);
    const recent = await openRecentIndex(pagefind, manifest, "/");
    const results = await searchIndexes(pagefind, recent, "harbour", {
      filters: {},
      newest: true,
    });
    expect(ids(results)).toEqual(["en_d", "en_b2", "en_a"]);
  });

  it("recent pages between the same two big-index pages keep their own order", async () => {
    const { pagefind } = fakePagefind({
      base: [{ id: "en_a", relevance: 1, position: 0 }],
      recent: [
        { id: "en_x", relevance: 1, position: 0 },
        { id: "en_y", relevance: 1, position: 1 },
      ],
    });
    const recent = await openRecentIndex(
      pagefind,
      {
        version: 2,
        index: "en_recent/",
        pages: ["en_x", "en_y"],
        superseded: [],
        newest: ["en_x", "en_y"],
        before: [1, 1],
      },
      "/",
    );
    const results = await searchIndexes(pagefind, recent, "harbour", {
      filters: {},
      newest: true,
    });
    expect(ids(results)).toEqual(["en_y", "en_x", "en_a"]);
  });

  it("shows once a page both indexes hold (an article re-published unchanged)", async () => {
    const { pagefind } = fakePagefind({
      base: [
        { id: "en_a", relevance: 0.5, position: 0 },
        { id: "en_same", relevance: 0.9, position: 1 },
      ],
      recent: [{ id: "en_same", relevance: 0.9, position: 0 }],
    });
    const recent = await openRecentIndex(
      pagefind,
      {
        version: 2,
        index: "en_recent/",
        pages: ["en_same"],
        superseded: ["en_same"],
        newest: ["en_same"],
        before: [1],
      },
      "/",
    );
    for (const newest of [false, true]) {
      const results = await searchIndexes(pagefind, recent, "harbour", {
        filters: {},
        newest,
      });
      expect(ids(results)).toEqual(["en_same", "en_a"]);
    }
  });

  it("with only withdrawals since the big index, searches it alone and drops them", async () => {
    const { pagefind, calls, merged } = fakePagefind({
      base: indexes.base,
      recent: [],
    });
    const recent = await openRecentIndex(
      pagefind,
      {
        version: 2,
        pages: [],
        superseded: ["en_c"],
        newest: [],
        before: [],
      },
      "/",
    );
    const results = await searchIndexes(pagefind, recent, "harbour", {
      filters: {},
      newest: false,
    });
    expect(merged).toEqual([]);
    expect(ids(results)).toEqual(["en_b", "en_a"]);
    expect(calls).toEqual([{ filters: {} }]);
  });
});
