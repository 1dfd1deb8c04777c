import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { seedArticle } from "../support/article-fixtures";
import { serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

describe("focus after navigation", () => {
  it("leaves focus alone on the first page load", async () => {
    serveArticles([seedArticle]);
    renderApp("/");

    await screen.findByRole("heading", { level: 1, name: "Latest headlines" });
    expect(document.body).toHaveFocus();
  });

  it("moves focus to the heading of the page a link leads to", async () => {
    serveArticles([seedArticle]);
    const { user } = renderApp("/");

    await user.click(
      await screen.findByRole("link", { name: seedArticle.headline }),
    );
    const heading = await screen.findByRole("heading", {
      level: 1,
      name: seedArticle.headline,
    });
    // Focus moves in an effect after the page shows; on a busy machine that is a moment later.
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it("returns focus to the headline the reader left by on back", async () => {
    serveArticles([seedArticle]);
    const { user, router } = renderApp("/");

    await user.click(
      await screen.findByRole("link", { name: seedArticle.headline }),
    );
    await screen.findByRole("heading", {
      level: 1,
      name: seedArticle.headline,
    });
    await router.navigate(-1);

    expect(
      await screen.findByRole("link", { name: seedArticle.headline }),
    ).toHaveFocus();
  });
});
