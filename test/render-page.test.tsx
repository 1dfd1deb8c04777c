import { describe, expect, it } from "vitest";
import type { PurifyWindow } from "../src/articles/sanitize-html";
import { paths } from "../src/paths";
import { renderPage } from "../src/render-page";
import { buildArticle, seedArticle } from "./support/article-fixtures";

const SITE = "https://news.example/";

/** The page publish would write, parsed: what a crawler or a browser without JavaScript reads. */
async function rendered(
  articlePath: string,
  data: Parameters<typeof renderPage>[0]["data"],
) {
  const page = await renderPage({
    path: articlePath,
    data,
    siteUrl: SITE,
    purifyWindow: () => window as unknown as PurifyWindow,
  });
  if (page.kind !== "page") throw new Error(`rendered as ${page.kind}`);
  const document = new DOMParser().parseFromString(
    `<!doctype html><html><head>${page.head}</head><body>${page.body}</body></html>`,
    "text/html",
  );
  const meta = (selector: string) =>
    document.querySelector(selector)?.getAttribute("content");
  return { page, document, meta };
}

describe("a published article page", () => {
  it("holds the seed article's head, structured data, heading, every paragraph and its time", async () => {
    const { page, document, meta } = await rendered(
      paths.article(seedArticle),
      {
        article: seedArticle,
      },
    );
    expect(page.status).toBe(200);
    const address = `${SITE}articles/${seedArticle.id}-${seedArticle.slug}`;

    expect(document.title).toBe(`${seedArticle.headline} · Bulletin`);
    expect(meta('meta[name="description"]')).toBe(seedArticle.standfirst);
    expect(
      document.querySelector('link[rel="canonical"]')?.getAttribute("href"),
    ).toBe(address);
    expect(meta('meta[property="og:title"]')).toBe(seedArticle.headline);
    expect(meta('meta[property="og:description"]')).toBe(
      seedArticle.standfirst,
    );
    expect(meta('meta[property="og:url"]')).toBe(address);
    expect(meta('meta[property="og:type"]')).toBe("article");
    expect(meta('meta[property="article:modified_time"]')).toBe(
      "2015-10-04T09:19:00+03:00",
    );

    const jsonLd = JSON.parse(
      document.querySelector('script[type="application/ld+json"]')
        ?.textContent ?? "null",
    ) as Record<string, unknown>;
    expect(jsonLd).toMatchObject({
      "@type": "NewsArticle",
      headline: seedArticle.headline,
      dateModified: "2015-10-04T09:19:00+03:00",
      inLanguage: "en",
    });

    expect(document.querySelector("h1")?.textContent).toBe(
      seedArticle.headline,
    );
    const paragraphs = Array.from(document.querySelectorAll("main p")).map(
      (paragraph) => paragraph.textContent,
    );
    for (const block of seedArticle.body) {
      if (block.type === "paragraph") expect(paragraphs).toContain(block.text);
    }
    // Nobody's zone is known at publish time: the publisher's clock, with its offset.
    const time = document.querySelector("main time");
    expect(time?.getAttribute("datetime")).toBe("2015-10-04T09:19:00+03:00");
    expect(time?.textContent).toBe(
      "October 4, 2015 at 9:19 AM (Türkiye Time, GMT+3)",
    );
  });

  it("embeds what it was rendered from, for hydration without a request", async () => {
    const article = buildArticle();
    const { page } = await rendered(paths.article(article), { article });
    expect(page.state.url).toBe(paths.article(article));
    expect(page.state.data).toEqual({ article });
  });

  it("sanitises a hostile HTML body: no script, no handler, the text kept", async () => {
    const article = buildArticle({
      body: [
        {
          type: "html",
          html: '<p onclick="steal()">Kept text<script>steal()</script><img src=x onerror="steal()"></p>',
        },
      ],
    });
    const { page, document } = await rendered(paths.article(article), {
      article,
    });
    expect(page.body).not.toMatch(/steal\(\)/);
    expect(document.querySelector("main")?.textContent).toContain("Kept text");
  });

  it("is a redirect, not a page, at a former slug", async () => {
    const page = await renderPage({
      path: `/articles/${seedArticle.id}-an-old-headline`,
      data: { article: seedArticle },
      purifyWindow: () => window as unknown as PurifyWindow,
    });
    expect(page).toEqual({
      kind: "redirect",
      location: paths.article(seedArticle),
    });
  });
});
