import { describe, expect, it } from "vitest";
import { isNewerVersion } from "../../src/reading/is-newer-version";
import { buildArticle } from "../support/article-fixtures";

const saved = buildArticle({
  headline: "Ferries change",
  updatedAt: "2026-11-01T10:00:00Z",
});

describe("isNewerVersion", () => {
  it("is false for the same version", () => {
    expect(isNewerVersion({ ...saved }, saved)).toBe(false);
  });

  it("is true for a later update, false for an earlier one", () => {
    expect(
      isNewerVersion({ ...saved, updatedAt: "2026-11-02T10:00:00Z" }, saved),
    ).toBe(true);
    expect(
      isNewerVersion({ ...saved, updatedAt: "2026-10-31T10:00:00Z" }, saved),
    ).toBe(false);
  });

  it("is true for a correction that kept the time", () => {
    expect(
      isNewerVersion({ ...saved, headline: "Ferries change again" }, saved),
    ).toBe(true);
    expect(
      isNewerVersion({ ...saved, standfirst: "Now with more" }, saved),
    ).toBe(true);
  });

  it("is true once the article is withdrawn", () => {
    expect(
      isNewerVersion(
        {
          ...saved,
          withdrawn: { at: "2026-11-01T09:00:00Z", reason: "Unconfirmed." },
        },
        saved,
      ),
    ).toBe(true);
  });
});
