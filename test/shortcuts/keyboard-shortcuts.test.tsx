import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it } from "vitest";
import { buildArticle } from "../support/article-fixtures";
import { serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";
import { shortcutsLive } from "../support/shortcuts-live";

const articles = [
  buildArticle({ headline: "First story" }),
  buildArticle({ headline: "Second story" }),
  buildArticle({ headline: "Third story" }),
];

// jsdom neither scrolls nor has modal dialogs; these stand in for the browser's.
beforeEach(() => {
  Element.prototype.scrollIntoView = () => undefined;
  HTMLDialogElement.prototype.showModal = function showModal() {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function close() {
    this.open = false;
    this.dispatchEvent(new Event("close"));
  };
  serveArticles(articles);
});

async function frontPage() {
  const view = renderApp("/");
  await screen.findByRole("heading", { level: 1, name: "Latest headlines" });
  await shortcutsLive();
  return view;
}

const toggle = (headline: string, action: "Save" | "Read") =>
  screen.getByRole("button", { name: `${action}: ${headline}` });

describe("keyboard shortcuts", () => {
  it("j and k move through the headlines, staying at either end", async () => {
    const { user } = await frontPage();
    // Each key runs its shortcut once the shortcut's chunk has loaded: wait for the focus to move.
    const focused = (headline: string) =>
      waitFor(() =>
        expect(screen.getByRole("link", { name: headline })).toHaveFocus(),
      );
    await user.keyboard("j");
    await focused("First story");
    await user.keyboard("k");
    await focused("First story");
    await user.keyboard("jjjj");
    await focused("Third story");
  });

  it("s and m press the focused headline's own toggles", async () => {
    const { user } = await frontPage();
    await user.keyboard("jj");
    await user.keyboard("s");
    expect(
      await screen.findByRole("button", {
        name: "Save: Second story",
        pressed: true,
      }),
    ).toBeInTheDocument();
    await user.keyboard("m");
    await waitFor(() =>
      expect(toggle("Second story", "Read")).toHaveAttribute(
        "aria-pressed",
        "true",
      ),
    );
    expect(toggle("First story", "Read")).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("o opens the focused headline and u goes back to the list", async () => {
    const { user, router } = await frontPage();
    await user.keyboard("jo");
    expect(
      await screen.findByRole("heading", { level: 1, name: "First story" }),
    ).toBeInTheDocument();
    await user.keyboard("u");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Latest headlines",
      }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe("/");
  });

  it("? opens the help dialog, which lists every shortcut", async () => {
    const { user } = await frontPage();
    await user.keyboard("?");
    const dialog = await screen.findByRole("dialog", {
      name: "Keyboard shortcuts",
    });
    for (const key of ["j", "k", "o", "Enter", "s", "m", "u", "/", "?"])
      expect(
        within(dialog).getByText(key, { selector: "kbd" }),
      ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("keys typed into a field, or with a modifier, are left alone", async () => {
    const { user } = await frontPage();
    const field = document.createElement("input");
    field.setAttribute("aria-label", "Notes");
    document.body.append(field);
    await user.click(field);
    await user.keyboard("js?");
    expect(field).toHaveValue("js?");
    expect(field).toHaveFocus();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    field.remove();

    await user.keyboard("{Control>}j{/Control}{Alt>}s{/Alt}");
    expect(document.body).toHaveFocus();
    expect(toggle("First story", "Save")).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });
});
