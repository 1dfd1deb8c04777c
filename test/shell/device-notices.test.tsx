import { act, screen } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { reportStorageFailure } from "../../src/device/storage-status";
import { offerAppUpdate } from "../../src/offline/app-update";
import { buildArticle } from "../support/article-fixtures";
import { serveArticles } from "../support/data-server";
import { renderApp } from "../support/render-app";

// The storage status is one per page (this file): only the first test reports failures.
beforeEach(() => {
  serveArticles([buildArticle({ headline: "Only story" })]);
});

describe("device notices", () => {
  it("say once that storage stopped working, until dismissed", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const { user } = renderApp("/");
    await screen.findByRole("heading", {
      level: 1,
      name: "Latest headlines",
    });
    const notices = screen.getAllByRole("status").at(-1);
    expect(notices).toBeEmptyDOMElement();

    act(() => reportStorageFailure(new Error("quota")));
    act(() => reportStorageFailure(new Error("quota again")));
    expect(
      await screen.findAllByText(/^Storage on this device is full or blocked/),
    ).toHaveLength(1);
    expect(console.warn).toHaveBeenCalledTimes(1);

    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    act(() => reportStorageFailure(new Error("and again")));
    expect(
      screen.queryByText(/^Storage on this device is full or blocked/),
    ).not.toBeInTheDocument();
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
