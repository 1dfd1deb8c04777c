import { screen, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../support/article-fixtures";
import { dataServer, serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

const article = buildArticle({ headline: "Recovered story" });

const failures = [
  {
    kind: "a network failure",
    response: () => HttpResponse.error(),
    heading: "Bulletin could not reach the server",
    detail: /did not reach the server/,
  },
  {
    kind: "a server error",
    response: () => new HttpResponse("Oops", { status: 500 }),
    heading: "The server could not send this page",
    detail: /answered 500/,
  },
  {
    kind: "invalid JSON",
    response: () =>
      new HttpResponse('{"page": 1, "headl', {
        headers: { "Content-Type": "application/json" },
      }),
    heading: "This page's data is damaged",
    detail: /not valid JSON/,
  },
  {
    kind: "JSON that breaks the schema",
    response: () =>
      HttpResponse.json({
        pageSize: 20,
        totalArticles: 1,
        headlines: [{ id: "x" }],
      }),
    heading: "This page's data is not in the expected format",
    detail: /headlines\.0\.id/,
  },
];

describe("when the data cannot be loaded", () => {
  it.each(failures)(
    "explains $kind and recovers on Retry",
    async ({ response, heading, detail }) => {
      serveArticles([article]);
      dataServer.use(
        http.get("*/data/headlines/:file", response, { once: true }),
      );
      const { user } = renderApp("/");

      expect(
        await screen.findByRole("heading", { level: 1, name: heading }),
      ).toBeInTheDocument();
      expect(screen.getByText(detail)).toBeInTheDocument();
      expect(document.title).toBe(`${heading} · Bulletin`);
      // The site header stays, so the reader can still get around.
      expect(
        screen.getByRole("link", { name: "Skip to main content" }),
      ).toBeInTheDocument();

      await user.click(screen.getByRole("button", { name: "Retry" }));
      expect(
        await screen.findByRole("link", { name: "Recovered story" }),
      ).toBeInTheDocument();
    },
  );

  it("explains a failure on an article page too, and recovers on Retry", async () => {
    serveArticles([article]);
    dataServer.use(
      http.get(
        "*/data/articles/:file",
        () => new HttpResponse(null, { status: 503 }),
        { once: true },
      ),
    );
    const { user } = renderApp(`/articles/${article.id}-${article.slug}`);

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "The server could not send this page",
      }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    // The Retry button is gone; focus lands on the recovered page's heading, not on <body>.
    await waitFor(() =>
      expect(
        screen.getByRole("heading", { level: 1, name: "Recovered story" }),
      ).toHaveFocus(),
    );
  });
});

describe("an unknown path", () => {
  it("shows the not-found view with a way home", async () => {
    serveArticles([article]);
    renderApp("/no/such/page");

    expect(
      await screen.findByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Go to the latest headlines" }),
    ).toHaveAttribute("href", "/");
  });
});
