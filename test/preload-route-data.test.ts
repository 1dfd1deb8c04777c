import { afterEach, describe, expect, it } from "vitest";
import { dataPaths } from "../src/articles/data-paths";
import { dataUrl } from "../src/articles/fetch-data";
import { paths } from "../src/paths";
import html from "../index.html?raw";

// The inline script in index.html, as Vite serves it with base "/".
const script = /<script>([\s\S]*?)<\/script>/
  .exec(html)?.[1]
  ?.replaceAll("%BASE_URL%", "/");

function preloadFor(url: string): string | null {
  if (!script) throw new Error("index.html has no inline preload script");
  history.replaceState(null, "", url);
  new Function(script)();
  const link = document.head.querySelector<HTMLLinkElement>(
    'link[rel="preload"]',
  );
  expect(link?.as ?? "fetch").toBe("fetch");
  return link ? link.href : null;
}

afterEach(() => {
  document.head
    .querySelectorAll('link[rel="preload"]')
    .forEach((link) => link.remove());
  history.replaceState(null, "", "/");
});

describe("index.html's data preload", () => {
  const article = { id: "db2c26b7cd7b", slug: "iraq-ready" };

  it.each([
    [paths.front(), dataPaths.latestHeadlines],
    [paths.page(4), dataPaths.headlinePage(4)],
    [paths.article(article), dataPaths.article(article.id)],
    [`/articles/${article.id}`, dataPaths.article(article.id)],
  ])("requests the data %s needs before the app starts", (url, file) => {
    expect(preloadFor(url)).toBe(dataUrl(file));
  });

  it.each(["/?page=2", "/page/0", "/articles/not-an-id", "/no/such/page"])(
    "requests nothing for %s, which is not found or moves elsewhere",
    (url) => {
      expect(preloadFor(url)).toBeNull();
    },
  );
});
