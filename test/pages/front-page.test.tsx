import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { buildArticle, seedArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

describe("the front page", () => {
  it("lists headlines as links to their articles, with standfirst, source and time", async () => {
    serveArticles([
      seedArticle,
      buildArticle({ headline: "Second story", standfirst: undefined }),
    ]);
    renderApp("/");

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Latest headlines",
      }),
    ).toBeInTheDocument();
    const link = screen.getByRole("link", { name: seedArticle.headline });
    expect(link).toHaveAttribute(
      "href",
      "/articles/4aef69e2e173-iraq-ready-to-share-anti-isil-intel-with-russia",
    );
    const item = link.closest("article");
    expect(item).not.toBeNull();
    const entry = within(item as HTMLElement);
    expect(
      entry.getByText(seedArticle.standfirst as string),
    ).toBeInTheDocument();
    expect(entry.getByText("World Bulletin / News Desk")).toBeInTheDocument();
    expect(item?.querySelector("time")).toHaveAttribute(
      "dateTime",
      "2015-10-04T09:19:00+03:00",
    );
    expect(
      screen.getByRole("link", { name: "Second story" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("Latest headlines · Bulletin");
  });

  it("shows the newest two archive pages and links to the page below them", async () => {
    // Story 12 is the newest: positions 1–12, pages of 5 from the oldest, so the front page shows
    // pages 3 and 2 (Stories 12–6) and "Older" leads to page 1 (Stories 5–1).
    const articles = Array.from({ length: 12 }, (_, index) =>
      buildArticle({ headline: `Story ${12 - index}` }),
    );
    serveArticles(articles, 5);
    const { user, router } = renderApp("/");

    expect(
      await screen.findByRole("link", { name: "Story 12" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Story 6" })).toBeInTheDocument();
    expect(
      screen.queryByRole("link", { name: "Story 5" }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole("link", { name: /Newer/ }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: /Older/ }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Archive page 1" }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/page/1");
    expect(screen.getByRole("link", { name: "Story 5" })).toBeInTheDocument();
  });

  it("says so when there are no articles", async () => {
    serveArticles([]);
    renderApp("/");

    expect(
      await screen.findByText(/There are no articles yet/),
    ).toBeInTheDocument();
  });

  it("shows an undated article as undated", async () => {
    serveArticles([
      buildArticle({
        headline: "Timeless",
        publishedAt: undefined,
        updatedAt: undefined,
      }),
    ]);
    renderApp("/");

    const link = await screen.findByRole("link", { name: "Timeless" });
    expect(
      within(link.closest("article") as HTMLElement).getByText(/Undated/),
    ).toBeInTheDocument();
  });
});

describe("the front page's own URL", () => {
  it.each([
    // 12 articles, pages of 5: the old "?page=2" (newest-first positions 6–10) began at position 7.
    ["/?page=2", "/page/2"],
    ["/?page=3", "/page/1"],
    ["/index.html", "/"],
  ])("moves the old address %s to %s", async (url, current) => {
    serveArticles(
      Array.from({ length: 12 }, (_, index) =>
        buildArticle({ headline: `Story ${12 - index}` }),
      ),
      5,
    );
    const { router } = renderApp(url);

    await waitFor(() => expect(router.state.location.pathname).toBe(current));
    expect(router.state.location.search).toBe("");
    expect(router.state.historyAction).toBe("REPLACE");
    expect(
      await screen.findByRole("heading", { level: 1 }),
    ).not.toHaveTextContent("Page not found");
  });

  it("replaces ?page=1 with / so Back does not bounce", async () => {
    serveArticles([buildArticle({ headline: "Front" })]);
    const { router } = renderApp("/?page=1");

    await screen.findByRole("link", { name: "Front" });
    expect(router.state.location.search).toBe("");
    expect(router.state.historyAction).toBe("REPLACE");
  });

  it("says the data folder is missing when even the front page's data is not there", async () => {
    dataServer.use(
      http.get(
        "*/data/headlines/:file",
        () => new HttpResponse(null, { status: 404 }),
      ),
    );
    renderApp("/");

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "The server could not send this page",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/data folder is missing or incomplete/),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});

describe("a headline", () => {
  it("prefetches its article when it gets keyboard focus", async () => {
    const requested: string[] = [];
    dataServer.events.on("request:start", ({ request }) => {
      requested.push(new URL(request.url).pathname);
    });
    const article = buildArticle({ headline: "Focus me" });
    serveArticles([article]);
    const { user } = renderApp("/");

    await screen.findByRole("link", { name: "Focus me" });
    while (
      document.activeElement !== screen.getByRole("link", { name: "Focus me" })
    ) {
      await user.tab();
    }
    await waitFor(() =>
      expect(requested).toContain(`/data/articles/${article.id}.json`),
    );
    dataServer.events.removeAllListeners();
  });

  it("carries its article's language", async () => {
    serveArticles([
      buildArticle({ headline: "Kütüphane açıldı", language: "tr" }),
    ]);
    renderApp("/");

    const link = await screen.findByRole("link", { name: "Kütüphane açıldı" });
    expect(link.closest("article")).toHaveAttribute("lang", "tr");
  });
});
