import { describe, expect, it } from "vitest";
import { buildExcerpt } from "../../src/search/excerpt";

const marked = (parts: ReturnType<typeof buildExcerpt>) =>
  parts.filter((part) => part.marked).map((part) => part.text);
const text = (parts: ReturnType<typeof buildExcerpt>) =>
  parts.map((part) => part.text).join("");

describe("buildExcerpt", () => {
  it("marks the words Pagefind located and words that fold to a query term", () => {
    const parts = buildExcerpt(
      "Ferries leave İstanbul’da at dawn for ISTANBUL suburbs",
      [0],
      ["istanbulda", "istanbul"],
    );
    expect(marked(parts)).toEqual(["Ferries", "İstanbul’da", "ISTANBUL"]);
    expect(text(parts)).toBe(
      "Ferries leave İstanbul’da at dawn for ISTANBUL suburbs",
    );
  });

  it("shows the passage with the most matches, with a little context and ellipses", () => {
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`);
    words[60] = "harbour";
    words[62] = "harbour";
    const parts = buildExcerpt(words.join(" "), [], ["harbour"], 10);
    expect(text(parts)).toBe(
      "… w57 w58 w59 harbour w61 harbour w63 w64 w65 w66 …",
    );
    expect(marked(parts)).toEqual(["harbour", "harbour"]);
  });

  it("returns text parts only, so markup in an article is shown, never run", () => {
    const parts = buildExcerpt("<img src=x onerror=alert(1)> harbour", [3], []);
    expect(text(parts)).toBe("<img src=x onerror=alert(1)> harbour");
    expect(marked(parts)).toEqual(["harbour"]);
  });

  it("starts at the beginning when nothing is marked", () => {
    const parts = buildExcerpt("one two three four", [], ["zzz"], 3);
    expect(text(parts)).toBe("one two three …");
    expect(marked(parts)).toEqual([]);
  });
});
