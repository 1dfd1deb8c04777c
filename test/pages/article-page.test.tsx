import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { buildArticle, seedArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

const seedUrl =
  "/articles/4aef69e2e173-iraq-ready-to-share-anti-isil-intel-with-russia";

describe("the article page", () => {
  it("shows the article with its headline as the only h1, standfirst, source, time and body", async () => {
    serveArticles([seedArticle]);
    renderApp(seedUrl, {
      browserLanguages: ["en-US"],
      readerTimeZone: "America/New_York",
    });

    const heading = await screen.findByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent(seedArticle.headline);
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
    expect(
      screen.getByText(seedArticle.standfirst as string),
    ).toBeInTheDocument();
    expect(screen.getByText("World Bulletin / News Desk")).toBeInTheDocument();
    expect(
      screen.getByText(/Russia\u2019s latest airstrikes in Syria -- allegedly/),
    ).toBeInTheDocument();
    const time = screen.getByText("Updated").nextElementSibling;
    expect(time?.tagName).toBe("TIME");
    expect(time).toHaveAttribute("dateTime", "2015-10-04T09:19:00+03:00");
    expect(time).toHaveTextContent(
      /^October 4, 2015 at 2:19\sAM \(9:19\sAM Türkiye Time, GMT\+3\)$/,
    );
    expect(screen.queryByText("Published")).not.toBeInTheDocument();
    expect(document.title).toBe(`${seedArticle.headline} · Bulletin`);
    expect(document.querySelector('meta[name="description"]')).toHaveAttribute(
      "content",
      seedArticle.standfirst,
    );
    expect(screen.getByRole("link", { name: /All headlines/ })).toHaveAttribute(
      "href",
      "/",
    );
  });

  it("shows both published and updated times when both exist", async () => {
    const article = buildArticle({
      publishedAt: "2026-03-01T08:00:00+00:00",
      updatedAt: "2026-03-01T15:30:00+00:00",
      timeZone: "Europe/London",
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`, {
      readerTimeZone: "Europe/London",
    });

    await screen.findByRole("heading", { level: 1 });
    expect(screen.getByText("Published").nextElementSibling).toHaveAttribute(
      "dateTime",
      "2026-03-01T08:00:00+00:00",
    );
    expect(screen.getByText("Updated").nextElementSibling).toHaveAttribute(
      "dateTime",
      "2026-03-01T15:30:00+00:00",
    );
  });

  it("marks an article in another language with its lang", async () => {
    const article = buildArticle({
      language: "tr",
      headline: "İstanbul'da sonbahar",
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "İstanbul'da sonbahar",
    });
    expect(heading.closest("article")).toHaveAttribute("lang", "tr");
  });

  it("moves an outdated or missing slug to the article's current URL", async () => {
    serveArticles([seedArticle]);
    const { router } = renderApp("/articles/4aef69e2e173-an-old-headline");

    await screen.findByRole("heading", {
      level: 1,
      name: seedArticle.headline,
    });
    expect(router.state.location.pathname).toBe(seedUrl);
    // Replaced, not pushed: Back must not lead to the old URL, which would redirect forward again.
    expect(router.state.historyAction).toBe("REPLACE");
  });

  it("renders every kind of body block", async () => {
    const article = buildArticle({
      body: [
        { type: "heading", level: 2, text: "What happened" },
        { type: "quote", text: "We will rebuild.", cite: "The mayor" },
        { type: "list", ordered: true, items: ["First", "Second"] },
        {
          type: "image",
          src: "https://example.com/a.jpg",
          alt: "A harbour at dawn",
          caption: "The harbour.",
        },
        {
          type: "html",
          html: '<p>Safe <a href="https://example.com">link</a></p>',
        },
      ],
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    expect(
      await screen.findByRole("heading", { level: 2, name: "What happened" }),
    ).toBeInTheDocument();
    expect(
      screen.getByText("We will rebuild.").closest("blockquote"),
    ).not.toBeNull();
    expect(screen.getByText("The mayor")).toBeInTheDocument();
    expect(
      within(screen.getByRole("list", { name: "" })).getAllByRole("listitem"),
    ).toHaveLength(2);
    expect(
      screen.getByRole("img", { name: "A harbour at dawn" }),
    ).toHaveAttribute("src", "https://example.com/a.jpg");
    expect(await screen.findByRole("link", { name: "link" })).toHaveAttribute(
      "rel",
      "noopener noreferrer nofollow",
    );
  });

  it("never renders script, event handlers or javascript: links from an HTML body", async () => {
    const article = buildArticle({
      body: [
        {
          type: "html",
          html: '<p onclick="alert(1)">Text<script>window.hacked = true</script><img src="x" onerror="alert(1)" alt="x"><a href="javascript:alert(1)">bad</a><iframe src="https://evil.example"></iframe></p>',
        },
      ],
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    await screen.findByText("Text");
    const body = document.querySelector(".article-body") as HTMLElement;
    expect(body.querySelector("script, iframe")).toBeNull();
    expect(body.querySelector("[onclick], [onerror]")).toBeNull();
    expect(screen.getByText("bad")).not.toHaveAttribute(
      "href",
      "javascript:alert(1)",
    );
  });

  it("prefetches an article when its headline is hovered, so opening it needs no new request", async () => {
    const requested: string[] = [];
    dataServer.events.on("request:start", ({ request }) => {
      requested.push(new URL(request.url).pathname);
    });
    serveArticles([seedArticle]);
    const { user } = renderApp("/");

    const link = await screen.findByRole("link", {
      name: seedArticle.headline,
    });
    await user.hover(link);
    await waitFor(() =>
      expect(requested).toContain("/data/articles/4aef69e2e173.json"),
    );
    await user.click(link);

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: seedArticle.headline,
      }),
    ).toBeInTheDocument();
    expect(
      requested.filter((path) => path === "/data/articles/4aef69e2e173.json"),
    ).toHaveLength(1);
    dataServer.events.removeAllListeners();
  });

  it("goes back to the list page the reader came from", async () => {
    const articles = Array.from({ length: 25 }, (_, index) =>
      buildArticle({ headline: `Story ${index + 1}` }),
    );
    serveArticles(articles);
    const { user, router } = renderApp("/page/1");

    await user.click(await screen.findByRole("link", { name: "Story 22" }));
    const back = await screen.findByRole("link", { name: /All headlines/ });
    expect(back).toHaveAttribute("href", "/page/1");
    await user.click(back);

    // Focus returns in an effect after the list is back on screen.
    const headline = await screen.findByRole("link", { name: "Story 22" });
    await waitFor(() => expect(headline).toHaveFocus());
    expect(router.state.location.pathname).toBe("/page/1");
    expect(router.state.historyAction).toBe("POP");
  });
});

describe("an unknown article", () => {
  it.each([
    ["an id that does not exist", "/articles/0123456789ab-nothing-here"],
    ["a malformed id", "/articles/not-an-id"],
  ])("shows the not-found view for %s", async (_, url) => {
    serveArticles([seedArticle]);
    const { user } = renderApp(url);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
    expect(document.title).toBe("Page not found · Bulletin");
    await user.click(
      screen.getByRole("link", { name: "Go to the latest headlines" }),
    );
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Latest headlines",
      }),
    ).toBeInTheDocument();
  });

  it("treats a web page sent instead of the JSON file as missing", async () => {
    dataServer.use(
      http.get("*/data/articles/:file", () =>
        HttpResponse.html("<!doctype html><title>Bulletin</title>"),
      ),
    );
    renderApp("/articles/0123456789ab-nothing-here");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
  });
});

describe("an article with an HTML body", () => {
  it("keeps the headline as the page's only h1", async () => {
    const article = buildArticle({
      headline: "The real headline",
      body: [
        { type: "html", html: "<h1>A heading inside the body</h1><p>Text</p>" },
      ],
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    expect(
      await screen.findByRole("heading", {
        level: 2,
        name: "A heading inside the body",
      }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole("heading", { level: 1 })).toHaveLength(1);
  });
});

describe("an article's lead image", () => {
  it("is shown in the header", async () => {
    const article = buildArticle({
      image: { src: "https://img.example/lead.jpg", alt: "Crowds at the pier" },
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    expect(
      await screen.findByRole("img", { name: "Crowds at the pier" }),
    ).toHaveAttribute("src", "https://img.example/lead.jpg");
  });

  it("is shown once when the body repeats it", async () => {
    const image = {
      src: "https://img.example/lead.jpg",
      alt: "Crowds at the pier",
    };
    const article = buildArticle({
      image,
      body: [
        { type: "image", ...image },
        { type: "paragraph", text: "Text." },
      ],
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    await screen.findByText("Text.");
    expect(
      screen.getAllByRole("img", { name: "Crowds at the pier" }),
    ).toHaveLength(1);
  });
});
