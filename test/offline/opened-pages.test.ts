import { afterEach, describe, expect, it, vi } from "vitest";
import { headlineSchema } from "../../src/articles/article-schema";
import { CACHE_NAMES } from "../../src/offline/cache-names";
import { openedPages } from "../../src/offline/opened-pages";
import { buildArticle } from "../support/article-fixtures";

/** The Cache API as the service worker leaves it: one cache of data responses, oldest first. */
function fakeCaches(entries: [string, unknown][]) {
  const requests = entries.map(
    ([path]) => new Request(`${location.origin}/data/${path}`),
  );
  const cache = {
    keys: () => Promise.resolve(requests),
    match: (request: Request) => {
      const entry = entries.find(([path]) =>
        request.url.endsWith(`/data/${path}`),
      );
      return Promise.resolve(
        entry &&
          new Response(
            typeof entry[1] === "string" ? entry[1] : JSON.stringify(entry[1]),
          ),
      );
    },
  };
  vi.stubGlobal("caches", {
    has: (name: string) => Promise.resolve(name === CACHE_NAMES.data),
    open: () => Promise.resolve(cache),
  });
}

afterEach(() => vi.unstubAllGlobals());

const older = buildArticle({ headline: "Older story" });
const newer = buildArticle({ headline: "Newer story" });

describe("openedPages", () => {
  it("lists what the data cache holds, most recently cached first", async () => {
    fakeCaches([
      ["headlines/latest.json", {}],
      [`articles/${older.id}.json`, older],
      ["headlines/2.json", {}],
      [`articles/${newer.id}.json`, newer],
    ]);
    expect(await openedPages()).toEqual([
      { kind: "article", headline: headlineSchema.parse(newer) },
      { kind: "page", page: 2 },
      { kind: "article", headline: headlineSchema.parse(older) },
      { kind: "front" },
    ]);
  });

  it("skips damaged articles and files it does not know", async () => {
    fakeCaches([
      [`articles/${older.id}.json`, "{not json"],
      [`articles/${newer.id}.json`, { id: newer.id }],
      ["site.json", {}],
    ]);
    expect(await openedPages()).toEqual([]);
  });

  it("is empty without the Cache API or before the worker made its cache", async () => {
    expect(await openedPages()).toEqual([]);
    vi.stubGlobal("caches", { has: () => Promise.resolve(false) });
    expect(await openedPages()).toEqual([]);
  });
});
