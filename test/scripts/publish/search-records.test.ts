import { describe, expect, it } from "vitest";
import { searchRecord } from "../../../scripts/publish/search-records.ts";
import { topicId } from "../../../src/topics/topic-ref.ts";
import { buildArticle } from "../../support/article-fixtures.ts";

describe("the search record of an article", () => {
  it("searches the standfirst, byline and body; shows the headline; carries what results display as filters", () => {
    const article = buildArticle({
      headline: "Ferries return",
      standfirst: "The harbour reopens.",
      byline: "Ayşe Demir",
      source: "Harbour Gazette",
      tags: ["Transport", "Harbour"],
      updatedAt: "2026-11-21T09:00:00+03:00",
      timeZone: "Europe/Istanbul",
      body: [
        { type: "paragraph", text: "First paragraph." },
        { type: "quote", text: "A quote.", cite: "A minister" },
        { type: "list", ordered: false, items: ["one", "two"] },
        { type: "html", html: "<p>Fish &amp; chips&nbsp;today</p>" },
      ],
    });
    const record = searchRecord(article);
    expect(record.url).toBe(`/articles/${article.id}-${article.slug}`);
    expect(record.meta).toEqual({ title: "Ferries return" });
    expect(record.content.split("\n")).toEqual([
      "The harbour reopens.",
      "Ayşe Demir",
      "First paragraph.",
      "A quote.",
      "A minister",
      "one",
      "two",
      " Fish & chips today ",
    ]);
    expect(record.filters).toEqual({
      tag: [topicId("tag", "Transport"), topicId("tag", "Harbour")],
      source: [topicId("source", "Harbour Gazette")],
      sourceName: ["Harbour Gazette"],
      language: ["en"],
      time: ["2026-11-21T09:00:00+03:00"],
      zone: ["Europe/Istanbul"],
    });
    // As text in UTC, so Pagefind orders it exactly (it reads numbers as 32-bit floats).
    expect(record.sort).toEqual({ date: "2026-11-21T06:00:00.000Z" });
  });

  it("adds the dotless-i words folded, so “kapisi” finds “kapısı”", () => {
    const record = searchRecord(
      buildArticle({
        headline: "Kapısı açıldı",
        language: "tr",
        body: [{ type: "paragraph", text: "Köprünün kapısı ve ISTANBUL." }],
      }),
    );
    expect(record.meta?.alt?.split(" ").sort()).toEqual(["acildi", "kapisi"]);
  });
});
