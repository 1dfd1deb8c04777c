import { describe, expect, it } from "vitest";
import { slugify } from "../src/slug";

describe("slugify", () => {
  it.each([
    [
      "Iraq ready to share anti-ISIL intel with Russia",
      "iraq-ready-to-share-anti-isil-intel-with-russia",
    ],
    [
      "İstanbul'da güneşli, ılık bir gün: Çarşı açık",
      "istanbulda-gunesli-ilik-bir-gun-carsi-acik",
    ],
    ["Straße & Œuvre -- “quoted”", "strasse-oeuvre-quoted"],
    ["  Spaces\u00a0and\ttabs  ", "spaces-and-tabs"],
    ["東京のニュース", "article"],
    ["2026: 100,000 articles", "2026-100-000-articles"],
  ])("%s → %s", (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
  });

  it("cuts a very long headline at a word boundary within 80 characters", () => {
    const slug = slugify(
      "Council approves the long-delayed harbour redevelopment plan after eleven hours of debate, three amendments and a last-minute compromise",
    );
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe(
      "council-approves-the-long-delayed-harbour-redevelopment-plan-after-eleven-hours",
    );
  });

  it("keeps a single over-long word, shortened", () => {
    expect(slugify("a".repeat(100))).toBe("a".repeat(80));
  });
});
