import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { SanitizedHtml } from "../../src/articles/sanitized-html";
import { renderWithPreferences } from "../support/render-with-preferences";

vi.mock("../../src/articles/sanitize-html", () => ({
  createHtmlSanitizer: () => () => {
    throw new TypeError("sanitiser failed");
  },
}));

describe("SanitizedHtml when the sanitiser throws", () => {
  it("says the part could not be shown instead of breaking the page", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    renderWithPreferences(
      <>
        <p>Text before.</p>
        <SanitizedHtml html="<p>Anything</p>" />
      </>,
    );

    expect(
      screen.getByText("This part of the article could not be shown."),
    ).toBeInTheDocument();
    expect(screen.getByText("Text before.")).toBeInTheDocument();
    expect(screen.queryByText("Anything")).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(
      "The article's HTML could not be sanitised",
      expect.any(TypeError),
    );
  });
});
