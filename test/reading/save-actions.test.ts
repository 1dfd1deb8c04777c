import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { headlineSchema } from "../../src/articles/article-schema";
import { createQueryClient } from "../../src/query-client";
import { buildArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";

// A fresh IndexedDB and fresh device state for every test.
let actions: typeof import("../../src/reading/save-actions");
let saved: typeof import("../../src/reading/saved-articles");
let copies: typeof import("../../src/reading/saved-copies");
beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
  actions = await import("../../src/reading/save-actions");
  saved = await import("../../src/reading/saved-articles");
  copies = await import("../../src/reading/saved-copies");
});

const first = buildArticle({ headline: "First story" });
const second = buildArticle({ headline: "Second story" });

describe("saving articles", () => {
  it("keeps an opened article whole and lists it first", async () => {
    const queryClient = createQueryClient();
    await actions.saveArticle(first, queryClient);
    await actions.saveArticle(second, queryClient);
    expect(saved.savedArticles.getSnapshot().map((e) => e.id)).toEqual([
      second.id,
      first.id,
    ]);
    expect(await copies.savedCopies.read(first.id)).toEqual(first);
    // The list holds headlines only: no bodies in localStorage.
    expect(localStorage.getItem(saved.SAVED_ARTICLES_KEY)).not.toContain(
      "paragraph",
    );
  });

  it("fetches the whole article for a headline saved from a list", async () => {
    serveArticles([first]);
    await actions.saveArticle(headlineSchema.parse(first), createQueryClient());
    expect(await copies.savedCopies.read(first.id)).toEqual(first);
  });

  it("keeps a headline saved offline on the list, for its text to be fetched later", async () => {
    dataServer.use(
      http.get("*/data/articles/:file", () => HttpResponse.error()),
    );
    const queryClient = createQueryClient();
    queryClient.setDefaultOptions({ queries: { retry: false } });
    await actions.saveArticle(headlineSchema.parse(first), queryClient);
    expect(saved.savedArticles.getSnapshot().map((e) => e.id)).toEqual([
      first.id,
    ]);
    expect(await copies.savedCopies.read(first.id)).toBeUndefined();

    serveArticles([first]);
    expect(await actions.storeSavedCopy(undefined, first.id, queryClient)).toBe(
      true,
    );
    expect(await copies.savedCopies.read(first.id)).toEqual(first);
  });

  it("unsaving removes the entry and the copy; a copy arriving later is not kept", async () => {
    const queryClient = createQueryClient();
    await actions.saveArticle(first, queryClient);
    await actions.unsaveArticle(first.id);
    expect(saved.savedArticles.getSnapshot()).toEqual([]);
    expect(await copies.savedCopies.read(first.id)).toBeUndefined();
    expect(await actions.storeSavedCopy(first, first.id, queryClient)).toBe(
      false,
    );
    expect(await copies.savedCopies.keys()).toEqual([]);
  });

  it("shows the saved copy's headline when the list had an older one", async () => {
    const queryClient = createQueryClient();
    const corrected = { ...first, headline: "First story, corrected" };
    saved.savedArticles.update(() => [
      { ...headlineSchema.parse(first), savedAt: "2026-11-01T10:00:00Z" },
    ]);
    await actions.storeSavedCopy(corrected, first.id, queryClient);
    expect(saved.savedArticles.getSnapshot()).toEqual([
      {
        ...headlineSchema.parse(corrected),
        savedAt: "2026-11-01T10:00:00Z",
      },
    ]);
  });
});
