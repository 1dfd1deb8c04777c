import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildArticle } from "../support/article-fixtures";
import { serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

describe("an article whose body is empty", () => {
  it("shows its headline and a link to the original instead", async () => {
    const article = buildArticle({
      headline: "A link-blog item",
      url: "https://elsewhere.example/story",
      body: [],
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "A link-blog item",
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Only the headline was published here/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("link", { name: "Read the full article at the source" }),
    ).toHaveAttribute("href", "https://elsewhere.example/story");
  });
});

describe("an HTML body the sanitiser cannot handle", () => {
  it("renders what is left of a body DOMPurify reduces to nothing (a frameset)", async () => {
    const article = buildArticle({
      headline: "Frameset body",
      body: [
        { type: "paragraph", text: "Before the HTML." },
        {
          type: "html",
          html: '<frameset onload="alert(1)"><frame src="https://x.example/"></frameset>',
        },
      ],
    });
    serveArticles([article]);
    renderApp(`/articles/${article.id}-${article.slug}`);

    expect(
      await screen.findByRole("heading", { level: 1, name: "Frameset body" }),
    ).toBeInTheDocument();
    expect(screen.getByText("Before the HTML.")).toBeInTheDocument();
    expect(document.querySelector("frameset, frame")).toBeNull();
    expect(screen.queryByText(/Something went wrong/)).not.toBeInTheDocument();
  });
});
