import { screen, waitFor, within } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import type { Article } from "../../src/articles/article-schema";
import { headlineOf } from "../../scripts/publish/headline-of";
import { topicRef } from "../../src/topics/topic-ref";
import type { TopicLatest, TopicPage } from "../../src/topics/topic-schema";
import { buildArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

const transport = { ...topicRef("tag", "Transport"), name: "Transport" };

/** 25 articles tagged Transport, newest first, and the tag's lists as publish writes them. */
function serveTransport() {
  const articles: Article[] = Array.from({ length: 25 }, (_, index) =>
    buildArticle({
      headline: `Transport story ${25 - index}`,
      tags: ["Transport"],
    }),
  );
  serveArticles(articles);
  const latest: TopicLatest = {
    topic: transport,
    pageSize: 20,
    totalArticles: 25,
    headlines: articles.map(headlineOf),
  };
  const page1: TopicPage = {
    topic: transport,
    page: 1,
    pageSize: 20,
    newest: false,
    headlines: articles.slice(5).map(headlineOf),
  };
  dataServer.use(
    http.get(`*/data/tags/${transport.id}/latest.json`, () =>
      HttpResponse.json(latest),
    ),
    http.get(`*/data/tags/${transport.id}/1.json`, () =>
      HttpResponse.json(page1),
    ),
  );
  return articles;
}

describe("a tag's page", () => {
  it("lists the tag's articles like the front page, with a way into its archive and its search", async () => {
    serveTransport();
    renderApp(`/tags/${transport.id}-transport`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Tag: Transport" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^25 articles/)).toBeInTheDocument();
    expect(
      within(screen.getByRole("main")).getAllByRole("heading", { level: 2 }),
    ).toHaveLength(25);
    expect(
      screen.getByRole("link", { name: "Search articles tagged Transport" }),
    ).toHaveAttribute("href", `/search?tag=${transport.id}`);
  });

  it("offers feed readers the tag's own feed, on its list and its numbered pages", async () => {
    serveTransport();
    const feedLinks = () =>
      [
        ...document.head.querySelectorAll<HTMLLinkElement>(
          'link[rel="alternate"][type="application/feed+json"]',
        ),
      ].map((link) => [link.title, link.getAttribute("href")]);
    const { router } = renderApp(`/tags/${transport.id}-transport`);
    await screen.findByRole("heading", { level: 1, name: "Tag: Transport" });
    expect(feedLinks()).toEqual([
      ["Bulletin", "/data/feed.json"],
      ["Tag: Transport · Bulletin", `/data/tags/${transport.id}/feed.json`],
    ]);
    await router.navigate(`/tags/${transport.id}-transport/page/1`);
    await screen.findByRole("heading", {
      level: 1,
      name: "Tag: Transport, page 1",
    });
    expect(feedLinks()).toEqual([
      ["Bulletin", "/data/feed.json"],
      ["Tag: Transport · Bulletin", `/data/tags/${transport.id}/feed.json`],
    ]);
    // Leaving the tag's pages takes its feed with them.
    await router.navigate("/");
    await waitFor(() =>
      expect(feedLinks()).toEqual([["Bulletin", "/data/feed.json"]]),
    );
  });

  it("moves an address with the id alone or an old slug to the current one", async () => {
    serveTransport();
    const { router } = renderApp(`/tags/${transport.id.toUpperCase()}-trams`);
    await screen.findByRole("heading", { level: 1, name: "Tag: Transport" });
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        `/tags/${transport.id}-transport`,
      ),
    );
  });

  it("shows a numbered page of the tag's archive", async () => {
    serveTransport();
    renderApp(`/tags/${transport.id}-transport/page/1`);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Tag: Transport, page 1",
      }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("main")).getAllByRole("heading", { level: 2 }),
    ).toHaveLength(20);
  });

  it("an article's tags and source are links to their lists", async () => {
    const [article] = serveTransport();
    renderApp(`/articles/${article?.id}-${article?.slug}`);
    const tags = await screen.findByRole("list", { name: "Tags" });
    expect(
      within(tags).getByRole("link", { name: "Transport" }),
    ).toHaveAttribute("href", `/tags/${transport.id}-transport`);
    expect(
      within(screen.getByRole("main")).getByRole("link", {
        name: "Bulletin Samples",
      }),
    ).toHaveAttribute(
      "href",
      `/sources/${topicRef("source", "Bulletin Samples").id}-bulletin-samples`,
    );
  });
});
