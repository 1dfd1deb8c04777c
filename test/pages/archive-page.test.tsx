import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../support/article-fixtures";
import { serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

// Story 12 is the newest; pages of 5 from the oldest: page 1 = Stories 1–5, page 3 = Stories 11–12.
const stories = () =>
  Array.from({ length: 12 }, (_, index) =>
    buildArticle({ headline: `Story ${12 - index}` }),
  );

describe("an archive page", () => {
  it("lists its articles newest first, with its place in the archive", async () => {
    serveArticles(stories(), 5);
    renderApp("/page/2");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Archive page 2" }),
    ).toBeInTheDocument();
    // Each item's headline (its source is a link too, to the source's list).
    const links = within(screen.getByRole("list", { name: "" }))
      .getAllByRole("heading", { level: 2 })
      .map((heading) => heading.textContent);
    expect(links).toEqual([
      "Story 10",
      "Story 9",
      "Story 8",
      "Story 7",
      "Story 6",
    ]);
    expect(
      screen.getByText("Articles 6–10, newest first."),
    ).toBeInTheDocument();
    expect(document.title).toBe("Archive page 2 · Bulletin");
    expect(screen.getByRole("link", { name: /Newer/ })).toHaveAttribute(
      "href",
      "/page/3",
    );
    expect(screen.getByRole("link", { name: /Older/ })).toHaveAttribute(
      "href",
      "/page/1",
    );
  });

  it("the newest page links up to the front page, the oldest has nothing older", async () => {
    serveArticles(stories(), 5);
    const { unmount } = renderApp("/page/3");
    expect(
      await screen.findByRole("link", { name: "Story 12" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Newer/ })).toHaveAttribute(
      "href",
      "/",
    );
    unmount();

    renderApp("/page/1");
    expect(
      await screen.findByRole("link", { name: "Story 1" }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("link", { name: /Older/ }),
    ).not.toBeInTheDocument();
  });

  it("a page past the newest is not found", async () => {
    serveArticles(stories(), 5);
    renderApp("/page/4");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
  });

  it("marks a withdrawn article as withdrawn", async () => {
    serveArticles(
      [
        buildArticle({
          headline: "Pulled story",
          withdrawn: { at: "2026-03-01T12:00:00.000Z", reason: "Legal" },
          body: [],
        }),
      ],
      5,
    );
    renderApp("/page/1");
    const link = await screen.findByRole("link", { name: "Pulled story" });
    expect(
      within(link.closest("article") as HTMLElement).getByText("Withdrawn"),
    ).toBeInTheDocument();
  });
});
