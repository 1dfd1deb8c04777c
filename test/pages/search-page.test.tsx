import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SearchParams } from "../../src/search/search-params";
import type { SearchResults } from "../../src/search/run-search";
import { seedArticle } from "../support/article-fixtures";
import { serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";
import { shortcutsLive } from "../support/shortcuts-live";

// Pagefind runs in a real browser only (test/e2e/search.spec.ts); here the search answers as it would.
const runSearch = vi.hoisted(() =>
  vi.fn<(params: SearchParams) => Promise<SearchResults>>(),
);
vi.mock("../../src/search/run-search", () => ({ runSearch }));

const hit = (n: number) => ({
  path: `/articles/00000000000${n % 10}-story-${n}`,
  headline: `Story ${n}`,
  language: "en",
  source: "Harbour Gazette",
  time: "2026-11-20T10:00:00Z",
  excerpt: [
    { text: "New ", marked: false },
    { text: "ferries", marked: true },
    { text: " for the harbour", marked: false },
  ],
});

beforeEach(() => {
  runSearch.mockReset();
  serveArticles([seedArticle]);
});

describe("searching", () => {
  it("“/” focuses the header's field, and Enter shows results at a bookmarkable address", async () => {
    runSearch.mockResolvedValue({ count: 1, hits: [hit(1)] });
    const { user, router } = renderApp("/");
    await screen.findByRole("heading", { level: 1, name: "Latest headlines" });
    await shortcutsLive();
    await user.keyboard("/");
    const field = screen.getByRole("searchbox", { name: "Search articles" });
    expect(field).toHaveFocus();
    await user.type(field, "  ferries {Enter}");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Search: ferries" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe(
      "/search?q=ferries",
    );
    expect(runSearch).toHaveBeenCalledWith({
      query: "ferries",
      sort: "relevance",
      page: 1,
    });
    expect(
      within(screen.getByRole("main")).getByRole("status"),
    ).toHaveTextContent("1 article matches “ferries”, best match first.");
    const result = screen.getByRole("article");
    expect(
      within(result).getByRole("link", { name: "Story 1" }),
    ).toHaveAttribute("href", "/articles/000000000001-story-1");
    expect(result.querySelector("mark")).toHaveTextContent("ferries");
    expect(
      within(result).getByRole("link", { name: "Harbour Gazette" }),
    ).toHaveAttribute(
      "href",
      expect.stringMatching(/^\/sources\/[0-9a-f]{10}-harbour-gazette$/),
    );
    expect(screen.getByRole("searchbox")).toHaveValue("ferries");
  });

  it("a slash typed in a field is text, not the shortcut", async () => {
    const { user } = renderApp("/search");
    await screen.findByRole("heading", { level: 1, name: "Search" });
    const field = screen.getByRole("searchbox", {
      name: "Search articles",
    });
    await user.click(field);
    await user.keyboard("a/b");
    expect(field).toHaveValue("a/b");
  });

  it("says when nothing matches and what to try", async () => {
    runSearch.mockResolvedValue({ count: 0, hits: [] });
    renderApp("/search?q=zyzzyva");
    expect(
      await screen.findByText("No articles match “zyzzyva”."),
    ).toBeInTheDocument();
    expect(screen.getByText(/Check the spelling/)).toBeInTheDocument();
  });

  it("pages through results and switches the order, keeping the query", async () => {
    runSearch.mockResolvedValue({
      count: 25,
      hits: Array.from({ length: 10 }, (_, index) => hit(index + 11)),
    });
    const { user, router } = renderApp("/search?q=ferries&page=2");
    expect(await screen.findByText("Results 11–20 of 25")).toBeInTheDocument();
    expect(screen.getAllByRole("article")).toHaveLength(10);
    expect(
      screen.getByRole("link", { name: "More results →" }),
    ).toHaveAttribute("href", "/search?q=ferries&page=3");
    expect(
      screen.getByRole("link", { name: "← Previous results" }),
    ).toHaveAttribute("href", "/search?q=ferries");
    await user.click(screen.getByRole("link", { name: "Newest first" }));
    await waitFor(() =>
      expect(router.state.location.search).toBe("?q=ferries&sort=newest"),
    );
    expect(runSearch).toHaveBeenLastCalledWith({
      query: "ferries",
      sort: "newest",
      page: 1,
    });
  });

  it("without a query, says what search covers", async () => {
    renderApp("/search");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Search" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/capitals and accents do not matter/),
    ).toBeInTheDocument();
    expect(runSearch).not.toHaveBeenCalled();
  });
});
