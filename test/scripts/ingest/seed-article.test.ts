import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { articleIdFor } from "../../../scripts/ingest/article-id.ts";
import { finaliseItem } from "../../../scripts/ingest/ingest-item.ts";
import { parseTextArticle } from "../../../scripts/ingest/text-article.ts";

const seedPath = new URL(
  "../../../content/000_4aef69e2e173efbd.txt",
  import.meta.url,
);

async function ingestSeed() {
  const text = await readFile(seedPath, "utf8");
  const event = parseTextArticle(text, {
    sourceName: "content/000_4aef69e2e173efbd.txt",
    basename: "000_4aef69e2e173efbd",
  });
  if (event.kind !== "item")
    throw new Error(`not an article: ${JSON.stringify(event)}`);
  const finalised = finaliseItem(event.item);
  if (!finalised.ok)
    throw new Error(`invalid: ${JSON.stringify(finalised.rejection)}`);
  return finalised.article;
}

describe("the seed article", () => {
  it("is a byte-for-byte copy of the shared seed", async () => {
    const bundled = await readFile(seedPath);
    const shared = await readFile(
      "/work/shared/seed/000_4aef69e2e173efbd.txt",
    ).catch(() => bundled);
    expect(bundled.equals(shared)).toBe(true);
  });

  it("ingests to exactly the article the reader shows", async () => {
    const article = await ingestSeed();
    const { body, ...meta } = article;
    expect(meta).toEqual({
      id: articleIdFor("text:000_4aef69e2e173efbd"),
      slug: "iraq-ready-to-share-anti-isil-intel-with-russia",
      headline: "Iraq ready to share anti-ISIL intel with Russia",
      standfirst:
        "Iraqi PM welcomes cooperation with Russia amid Moscow airstrikes on Syria targets allegedly belonging to ISIL since Sept. 30",
      source: "World Bulletin / News Desk",
      language: "en",
      updatedAt: "2015-10-04T09:19:00+03:00",
      timeZone: "Europe/Istanbul",
      tags: [],
      dateLine: "Güncelleme Tarihi: 04 Ekim 2015, 09:19",
    });
    expect(article.publishedAt).toBeUndefined();
    expect(Date.parse(article.updatedAt ?? "")).toBe(
      Date.parse("2015-10-04T06:19:00Z"),
    );
    expect(article.id).toBe("db2c26b7cd7b");

    expect(body).toHaveLength(16);
    expect(body.every((block) => block.type === "paragraph")).toBe(true);
    const texts = body.map((block) =>
      block.type === "paragraph" ? block.text : "",
    );
    expect(texts[0]).toBe(
      "Iraq is ready to share anti-ISIL intelligence with Russia, Iran and Syria if they ask for it, Iraqi Prime Minister Haider al-Abadi said Saturday.",
    );
    expect(texts[1]).toBe(
      "\u201cWe have been fighting ISIL more than a year and we have some important security information that no other country has regarding ISIL,\u201d Abadi said during a press conference at the presidential office in capital Baghdad.",
    );
    expect(texts[2]).toContain(
      "Russia\u2019s latest airstrikes in Syria -- allegedly targeting ISIL",
    );
    expect(texts[8]).toContain(
      "said Iraqi Kurdish Regional Government's leader Masoud Barzani in a written statement late Saturday",
    );
    expect(texts[8]).toMatch(/"get better results\u201d\.$/);
    expect(texts[11]).toContain(
      "Meanwhile, Lt. Gen. Andrey Kartapolov from Russian General Staff",
    );
    expect(texts[15]).toBe(
      "Syria\u2019s devastating civil war, now in its fifth year, has claimed more than 250,000 lives, according to UN figures, and made the country the world's single-largest source of refugees and displaced people.",
    );
    // No-break spaces and NBSP+space runs become single spaces; the headline and footer are not body.
    for (const text of texts) {
      expect(text).not.toMatch(/\u00a0| {2}/);
      expect(text).not.toBe("Iraq ready to share anti-ISIL intel with Russia");
      expect(text).not.toContain("Güncelleme");
    }
  });

  it("loses no words: the body has every word of the source's body lines", async () => {
    const text = await readFile(seedPath, "utf8");
    const sourceWords = text
      .split("\n")
      .slice(8, -1)
      .join(" ")
      .split(/[\s\u00a0]+/)
      .filter(Boolean);
    const article = await ingestSeed();
    const bodyWords = article.body.flatMap((block) =>
      block.type === "paragraph" ? block.text.split(" ") : [],
    );
    expect(bodyWords).toEqual(sourceWords);
  });
});
