import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { buildArticle, seedArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

describe("the headline list", () => {
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

  it("pages through the archive with URL state", async () => {
    const articles = Array.from({ length: 12 }, (_, index) =>
      buildArticle({ headline: `Story ${index + 1}` }),
    );
    serveArticles(articles, 5);
    const { user, router } = renderApp("/");

    expect(
      await screen.findByRole("link", { name: "Story 1" }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("link", { name: "Story 6" }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: /Older/ }));

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Headlines, page 2 of 3",
      }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe("?page=2");
    expect(screen.getByRole("link", { name: "Story 6" })).toBeInTheDocument();
    expect(document.title).toBe("Headlines, page 2 of 3 · Bulletin");
    expect(screen.getByRole("link", { name: /Newer/ })).toHaveAttribute(
      "href",
      "/",
    );
  });

  it("opens a list page directly from its URL", async () => {
    serveArticles(
      Array.from({ length: 12 }, (_, index) =>
        buildArticle({ headline: `Story ${index + 1}` }),
      ),
      5,
    );
    renderApp("/?page=3");

    expect(
      await screen.findByRole("link", { name: "Story 11" }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("link", { name: /Older/ }),
    ).not.toBeInTheDocument();
  });

  it.each(["/?page=9", "/?page=0", "/?page=two"])(
    "treats %s as a page that does not exist",
    async (url) => {
      serveArticles([buildArticle()]);
      renderApp(url);

      expect(
        await screen.findByRole("heading", {
          level: 1,
          name: "Page not found",
        }),
      ).toBeInTheDocument();
    },
  );

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
  it("replaces ?page=1 with / so Back does not bounce", async () => {
    serveArticles([buildArticle({ headline: "Front" })]);
    const { router } = renderApp("/?page=1");

    await screen.findByRole("link", { name: "Front" });
    expect(router.state.location.search).toBe("");
    expect(router.state.historyAction).toBe("REPLACE");
  });

  it("says the data folder is missing when even page 1 is not there", async () => {
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
