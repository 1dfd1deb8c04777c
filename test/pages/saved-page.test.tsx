import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { beforeEach, describe, expect, it } from "vitest";
import {
  headlineSchema,
  type Article,
} from "../../src/articles/article-schema";
import { SAVED_ARTICLES_KEY } from "../../src/reading/saved-articles";
import { savedCopies } from "../../src/reading/saved-copies";
import { buildArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

const older = buildArticle({ headline: "Saved first" });
const newer = buildArticle({ headline: "Saved second" });

/** Articles saved on this device, the list in localStorage and the copies in IndexedDB. */
async function saveOnDevice(items: { article: Article; savedAt: string }[]) {
  localStorage.setItem(
    SAVED_ARTICLES_KEY,
    JSON.stringify(
      items.map(({ article, savedAt }) => ({
        ...headlineSchema.parse(article),
        savedAt,
      })),
    ),
  );
  for (const { article } of items) await savedCopies.write(article.id, article);
}

describe("the saved page", () => {
  it("says when nothing is saved", async () => {
    renderApp("/saved");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Saved articles" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^Nothing saved yet\./)).toBeInTheDocument();
    expect(document.title).toBe("Saved articles · Bulletin");
  });

  it("lists saved articles newest saved first, each opening its saved copy", async () => {
    await saveOnDevice([
      { article: newer, savedAt: "2026-11-26T10:00:00Z" },
      { article: older, savedAt: "2026-11-20T10:00:00Z" },
    ]);
    renderApp("/saved");
    expect(
      await screen.findByText("2 saved articles, newest saved first"),
    ).toBeInTheDocument();
    const links = within(screen.getByRole("list"))
      .getAllByRole("link")
      .filter((link) => link.closest("h2"));
    expect(links.map((link) => link.textContent)).toEqual([
      "Saved second",
      "Saved first",
    ]);
    expect(links[0]).toHaveAttribute(
      "href",
      `/saved/${newer.id}-${newer.slug}`,
    );
  });

  it("keeps an unsaved article listed, unpressed, until the reader leaves", async () => {
    await saveOnDevice([{ article: older, savedAt: "2026-11-20T10:00:00Z" }]);
    const { user } = renderApp("/saved");
    const save = await screen.findByRole("button", {
      name: "Save: Saved first",
      pressed: true,
    });
    await user.click(save);
    expect(
      await screen.findByRole("button", {
        name: "Save: Saved first",
        pressed: false,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Saved first" }),
    ).toBeInTheDocument();
  });

  it("fetches the text of an article saved while offline, and says until then", async () => {
    localStorage.setItem(
      SAVED_ARTICLES_KEY,
      JSON.stringify([
        { ...headlineSchema.parse(older), savedAt: "2026-11-20T10:00:00Z" },
      ]),
    );
    serveArticles([older]);
    renderApp("/saved");
    await screen.findByRole("link", { name: "Saved first" });
    await expect.poll(() => savedCopies.read(older.id)).toEqual(older);
    // The page hears of the stored copy after it is written: wait for the note to go.
    await waitFor(() =>
      expect(
        screen.queryByText("Not on this device yet"),
      ).not.toBeInTheDocument(),
    );
  });
});

describe("a saved copy", () => {
  const path = `/saved/${older.id}-${older.slug}`;

  it("shows the article as saved, with the date it was saved", async () => {
    await saveOnDevice([{ article: older, savedAt: "2026-11-20T10:00:00Z" }]);
    serveArticles([older]);
    renderApp(path);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Saved first" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^The copy saved on this device on November 20, 2026\./),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "← Saved articles" }),
    ).toHaveAttribute("href", "/saved");
    expect(
      screen.queryByText("A newer version exists."),
    ).not.toBeInTheDocument();
  });

  it("links to a corrected version, and reads offline without one", async () => {
    await saveOnDevice([{ article: older, savedAt: "2026-11-20T10:00:00Z" }]);
    const corrected = { ...older, headline: "Saved first, corrected" };
    serveArticles([corrected]);
    renderApp(path);
    expect(
      await screen.findByText(/A newer version exists\./),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 1, name: "Saved first" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Read the current version" }),
    ).toHaveAttribute("href", `/articles/${older.id}-${older.slug}`);
  });

  it("reads offline, from the device alone", async () => {
    await saveOnDevice([{ article: older, savedAt: "2026-11-20T10:00:00Z" }]);
    dataServer.use(http.get("*/data/*", () => HttpResponse.error()));
    renderApp(path);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Saved first" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/^The copy saved on this device/),
    ).toBeInTheDocument();
  });

  it("is not found when nothing was saved under that id", async () => {
    serveArticles([]);
    renderApp("/saved/0123456789ab-gone");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
  });
});
