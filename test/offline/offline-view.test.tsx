import { screen, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { headlineSchema } from "../../src/articles/article-schema";
import { SAVED_ARTICLES_KEY } from "../../src/reading/saved-articles";
import { buildArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

const saved = buildArticle({ headline: "A story kept for later" });

beforeEach(() => {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
  dataServer.use(http.get("*/data/*", () => HttpResponse.error()));
});
afterEach(() => vi.unstubAllGlobals());

describe("the offline view", () => {
  it("says the page is not on this device and lists the saved articles", async () => {
    localStorage.setItem(
      SAVED_ARTICLES_KEY,
      JSON.stringify([
        { ...headlineSchema.parse(saved), savedAt: "2026-11-20T10:00:00Z" },
      ]),
    );
    renderApp("/articles/0123456789ab-never-opened");
    // The view is a lazy chunk: the error view stands in until it is loaded.
    expect(
      await screen.findByText("This page has not been saved on this device."),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("heading", { level: 1, name: "You are offline" }),
    ).toBeInTheDocument();
    const list = screen.getByRole("heading", { name: "Saved articles" })
      .nextElementSibling as HTMLElement;
    expect(
      within(list).getByRole("link", { name: "A story kept for later" }),
    ).toHaveAttribute("href", `/saved/${saved.id}-${saved.slug}`);
    expect(document.title).toBe("You are offline · Bulletin");
  });

  it("says when nothing is on this device yet, and offers to try again", async () => {
    const { user } = renderApp("/");
    expect(
      await screen.findByText(/^Nothing yet: pages you open/),
    ).toBeInTheDocument();
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(true);
    // Back online: Retry shows the page.
    serveArticles([saved]);
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Latest headlines",
      }),
    ).toBeInTheDocument();
  });
});
