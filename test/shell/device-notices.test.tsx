import { act, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { offerAppUpdate } from "../../src/offline/app-update";
import { buildArticle } from "../support/article-fixtures";
import { serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

// The storage status is one per page (this file): only the first test makes storage fail.
beforeEach(() => {
  serveArticles([buildArticle({ headline: "Only story" })]);
});

describe("device notices", () => {
  it("say once that storage stopped working, until dismissed", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException(
        "The quota has been exceeded.",
        "QuotaExceededError",
      );
    });
    const { user } = renderApp("/");
    const save = await screen.findByRole("button", {
      name: "Save: Only story",
    });
    const notice = /^Storage on this device is full or blocked/;
    // The front page records the visit at once: that first failed write is the one announced.
    expect(await screen.findAllByText(notice)).toHaveLength(1);

    await user.click(save);
    // Kept for this tab all the same (saving is a lazy chunk), and not announced again.
    await waitFor(() => expect(save).toHaveAttribute("aria-pressed", "true"));
    await user.click(screen.getByRole("button", { name: "Read: Only story" }));
    expect(screen.getAllByText(notice)).toHaveLength(1);

    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    await user.click(save);
    await waitFor(() => expect(save).toHaveAttribute("aria-pressed", "false"));
    expect(screen.queryByText(notice)).not.toBeInTheDocument();
  });

  it("offer a new version of Bulletin, loaded when the reader asks", async () => {
    const reload = vi.fn();
    const { user } = renderApp("/");
    await screen.findByRole("heading", {
      level: 1,
      name: "Latest headlines",
    });
    act(() => offerAppUpdate(reload));
    expect(
      await screen.findByText("A new version of Bulletin is ready."),
    ).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Reload" }));
    expect(reload).toHaveBeenCalledOnce();
  });
});
