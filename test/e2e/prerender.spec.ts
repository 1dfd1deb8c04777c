import type { APIRequestContext, Page } from "@playwright/test";
import { JSDOM } from "jsdom";
import { createHash } from "node:crypto";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { baseURL } from "./support/site.ts";
import {
  articleIdOf,
  sampleHeadline,
  seed,
  unknownArticleId,
} from "./support/test-data.ts";

/**
 * Every URL is real HTML (issue 9): pages that hydrate without a word of complaint in any reader's
 * locale and zone, need no data for the first view, read without JavaScript, answer unknown
 * addresses with 404, give link previews to a plain HTTP client, and keep a strict Content
 * Security Policy.
 */

/** The published pages a reader lands on, each with its heading in English and Turkish. */
const landings = [
  {
    name: "the front page",
    path: "/",
    heading: /^(Latest headlines|Son haberler)$/,
  },
  {
    name: "an archive page",
    path: "/page/2",
    heading: /^(Archive page 2|Arşiv sayfası 2)$/,
  },
  { name: "the seed article", path: seed.path, heading: seed.headline },
];

const readers = [
  { locale: "en-US", timezoneId: "America/New_York", language: "en" },
  { locale: "en-GB", timezoneId: "Europe/London", language: "en" },
  { locale: "tr-TR", timezoneId: "Europe/Istanbul", language: "tr" },
  { locale: "de-DE", timezoneId: "Europe/Berlin", language: "en" },
  { locale: "ja-JP", timezoneId: "Asia/Tokyo", language: "en" },
  { locale: "ar", timezoneId: "Asia/Riyadh", language: "en" },
];

/**
 * Records what the browser says about a page from its first byte: console errors and warnings,
 * uncaught exceptions, Content Security Policy violations (seen by a listener installed before any
 * of the page's own scripts) and the data files it asks for.
 */
const blockedServiceWorker =
  /^(Service Worker registration blocked by Playwright|The service worker could not be registered)/;

async function watchPage(page: Page) {
  const complaints: string[] = [];
  const dataRequests: string[] = [];
  page.on("console", (message) => {
    // These tests block service workers (playwright.config.ts): Playwright says so, and the app's
    // registration, started after the page has loaded, warns that offline reading is unavailable.
    if (blockedServiceWorker.test(message.text())) return;
    if (message.type() === "error" || message.type() === "warning")
      complaints.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on("pageerror", (error) =>
    complaints.push(`uncaught exception: ${error.message}`),
  );
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/data/")) dataRequests.push(pathname);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "policyViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile}:${event.lineNumber})`,
      ),
    );
  });
  return {
    complaints,
    dataRequests,
    policyViolations: () =>
      page.evaluate(
        () =>
          (window as unknown as { policyViolations: string[] })
            .policyViolations,
      ),
  };
}

for (const reader of readers) {
  test.describe(`a reader in ${reader.locale}, ${reader.timezoneId}`, () => {
    test.use({ locale: reader.locale, timezoneId: reader.timezoneId });

    for (const landing of landings) {
      test(`${landing.name} hydrates with no error or warning, no data request and no policy violation`, async ({
        page,
      }) => {
        const watch = await watchPage(page);
        await page.goto(landing.path);
        await expect(
          page.getByRole("heading", { level: 1, name: landing.heading }),
        ).toBeVisible();
        await expectHydrated(page);
        // Then the reader's language, where it is not the published English.
        await expect(page.locator("html")).toHaveAttribute(
          "lang",
          reader.language,
        );
        await expect(
          page.getByRole("heading", { level: 1, name: landing.heading }),
        ).toBeVisible();
        expect(watch.complaints).toEqual([]);
        expect(watch.dataRequests).toEqual([]);
        expect(await watch.policyViolations()).toEqual([]);
      });
    }
  });
}

test("the policy holds on in-app navigation and on a page the browser renders itself", async ({
  page,
  problems,
}) => {
  const watch = await watchPage(page);
  await page.goto("/");
  await expectHydrated(page);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Archive page 1" }),
  ).toBeFocused();
  await page.getByRole("link", { name: sampleHeadline(30) }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: sampleHeadline(30) }),
  ).toBeFocused();
  // (A headline the pointer passes over may be fetched ahead too.)
  expect(watch.dataRequests).toEqual(
    expect.arrayContaining([
      "/data/headlines/1.json",
      `/data/articles/${articleIdOf("130_test-sample")}.json`,
    ]),
  );
  expect(await watch.policyViolations()).toEqual([]);

  // 404.html, rendered by the app for an address that is an article after all.
  const capitals = `/articles/${seed.id.toUpperCase()}`;
  problems.allowNotFound(capitals);
  await page.goto(capitals);
  await expect(page).toHaveURL(seed.path);
  await expect(
    page.getByRole("heading", { level: 1, name: seed.headline }),
  ).toBeVisible();
  expect(await watch.policyViolations()).toEqual([]);
  // Chromium reports the 404 itself as a console error, which the fixture already expects.
  expect(
    watch.complaints.filter((complaint) => !complaint.includes("404")),
  ).toEqual([]);
});

/** Fetches an address as a link preview or a crawler does: plain HTTP, no browser, no script. */
async function fetchDocument(request: APIRequestContext, path: string) {
  const response = await request.get(path, {
    headers: { "User-Agent": "LinkPreviewBot/1.0" },
    maxRedirects: 0,
  });
  const { document } = new JSDOM(await response.text()).window;
  const attribute = (selector: string, name: string) =>
    document.querySelector(selector)?.getAttribute(name) ?? null;
  return { response, document, attribute };
}

test.describe("without a browser", () => {
  test("a shared article link gets its title, description, canonical address, Open Graph tags and NewsArticle data", async ({
    request,
  }) => {
    const { response, document, attribute } = await fetchDocument(
      request,
      seed.path,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/html/);
    const address = `${baseURL}${seed.path}`;
    expect(document.title).toBe(`${seed.headline} · Bulletin`);
    expect(attribute('meta[name="description"]', "content")).toBe(
      seed.standfirst,
    );
    expect(attribute('link[rel="canonical"]', "href")).toBe(address);
    expect(attribute('meta[property="og:title"]', "content")).toBe(
      seed.headline,
    );
    expect(attribute('meta[property="og:description"]', "content")).toBe(
      seed.standfirst,
    );
    expect(attribute('meta[property="og:type"]', "content")).toBe("article");
    expect(attribute('meta[property="og:url"]', "content")).toBe(address);
    expect(attribute('meta[property="og:site_name"]', "content")).toBe(
      "Bulletin",
    );
    expect(attribute('meta[property="article:modified_time"]', "content")).toBe(
      seed.updatedAt,
    );
    expect(attribute('meta[name="twitter:card"]', "content")).toBe("summary");
    expect(
      attribute('link[rel="alternate"][type="application/feed+json"]', "href"),
    ).toBe("/data/feed.json");

    const blocks = [
      ...document.querySelectorAll('script[type="application/ld+json"]'),
    ].map((element) => JSON.parse(element.textContent ?? "") as unknown);
    expect(blocks).toEqual([
      expect.objectContaining({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        headline: seed.headline,
        description: seed.standfirst,
        dateModified: "2015-10-04T09:19:00+03:00",
        publisher: { "@type": "Organization", name: seed.source },
        inLanguage: "en",
        mainEntityOfPage: address,
      }),
    ]);
    // And the article itself, for readers and crawlers that take the text.
    expect(document.querySelector("h1")?.textContent).toBe(seed.headline);
    expect(document.querySelector("time")?.getAttribute("datetime")).toBe(
      seed.updatedAt,
    );
  });

  test("a shared front page or archive page link gets its title and Open Graph tags", async ({
    request,
  }) => {
    for (const { path, title } of [
      { path: "/", title: "Latest headlines" },
      { path: "/page/1", title: "Archive page 1" },
    ]) {
      const { response, document, attribute } = await fetchDocument(
        request,
        path,
      );
      expect(response.status()).toBe(200);
      expect(document.title).toBe(`${title} · Bulletin`);
      expect(attribute('link[rel="canonical"]', "href")).toBe(
        `${baseURL}${path}`,
      );
      expect(attribute('meta[property="og:type"]', "content")).toBe("website");
      expect(attribute('meta[property="og:title"]', "content")).toBe(title);
      expect(attribute('meta[property="og:url"]', "content")).toBe(
        `${baseURL}${path}`,
      );
      expect(attribute('meta[name="description"]', "content")).toBeTruthy();
    }
  });

  test("unknown addresses get status 404 and the not-found page", async ({
    request,
  }) => {
    for (const path of [
      "/no/such/page",
      `/articles/${unknownArticleId}-no-such-article`,
      `/articles/${seed.id}-a-slug-it-never-had`,
      "/page/4",
      "/page/0",
      `/data/articles/${unknownArticleId}.json`,
    ]) {
      const { response, document, attribute } = await fetchDocument(
        request,
        path,
      );
      expect(response.status(), path).toBe(404);
      expect(document.title, path).toBe("Page not found · Bulletin");
      expect(attribute('meta[name="robots"]', "content"), path).toBe("noindex");
      expect(document.querySelector("h1")?.textContent, path).toBe(
        "Page not found",
      );
    }
  });

  test("an article's id alone and its former slug answer with a page that leads to its current address", async ({
    request,
  }) => {
    const address = `${baseURL}${seed.path}`;
    for (const path of [`/articles/${seed.id}`, seed.formerPath]) {
      const { response, document, attribute } = await fetchDocument(
        request,
        path,
      );
      expect(response.status(), path).toBe(200);
      expect(attribute('meta[http-equiv="refresh"]', "content"), path).toBe(
        `0; url=${address}`,
      );
      expect(attribute('link[rel="canonical"]', "href"), path).toBe(address);
      expect(attribute('meta[name="robots"]', "content"), path).toBe("noindex");
      const link = document.querySelector(`a[href="${address}"]`);
      expect(link?.textContent, path).toBe(seed.headline);
    }
  });

  test("crawlers find every page from robots.txt", async ({ request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const index = await (await request.get("/sitemap.xml")).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => match[1] ?? "",
    );
    const addresses: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(`${baseURL}/`)).toBe(true);
      const response = await request.get(sitemap);
      expect(response.status(), sitemap).toBe(200);
      for (const match of (await response.text()).matchAll(
        /<loc>([^<]+)<\/loc>/g,
      ))
        addresses.push(match[1] ?? "");
    }
    for (const path of ["/", "/page/1", "/page/2", "/page/3", seed.path]) {
      expect(addresses).toContain(`${baseURL}${path}`);
    }
    expect(addresses).not.toContain(`${baseURL}${seed.formerPath}`);
  });

  test("every page kind carries the Content Security Policy before anything it governs, and one inline script it allows by hash", async ({
    request,
  }) => {
    for (const { path, status } of [
      { path: "/", status: 200 },
      { path: "/page/1", status: 200 },
      { path: seed.path, status: 200 },
      { path: "/no/such/page", status: 404 },
    ]) {
      const { response, document } = await fetchDocument(request, path);
      expect(response.status(), path).toBe(status);
      const policies = document.querySelectorAll(
        'meta[http-equiv="Content-Security-Policy"]',
      );
      expect(policies, path).toHaveLength(1);
      const policy = policies[0]?.getAttribute("content") ?? "";
      const directives = new Map(
        policy.split(";").map((directive) => {
          const [name = "", ...sources] = directive.trim().split(/\s+/);
          return [name, sources] as const;
        }),
      );
      // The one inline script (the interface-pending check) is allowed by the hash of its exact
      // text as published, and nothing else inline is.
      const inline = [...document.querySelectorAll("script:not([src])")].filter(
        (script) =>
          !/^application\/(ld\+)?json$/.test(script.getAttribute("type") ?? ""),
      );
      expect(inline, path).toHaveLength(1);
      const hash = createHash("sha256")
        .update(inline[0]?.textContent ?? "")
        .digest("base64");
      expect(directives.get("script-src"), path).toEqual([
        "'self'",
        // WebAssembly compilation only, for search (docs/decisions/0011); no JavaScript eval.
        "'wasm-unsafe-eval'",
        `'sha256-${hash}'`,
      ]);
      expect(directives.get("object-src"), path).toEqual(["'none'"]);
      expect(directives.get("base-uri"), path).toEqual(["'self'"]);
      expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      // The policy governs only what comes after it.
      const head = [...document.head.children];
      const governed = head.findIndex((element) =>
        element.matches(
          'script, link[rel="stylesheet"], link[rel="modulepreload"]',
        ),
      );
      expect(head.indexOf(policies[0] as Element), path).toBeLessThan(governed);
      // The inline script runs first in <head>, right after the policy that allows it.
      expect(policies[0]?.nextElementSibling, path).toBe(inline[0]);
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test.beforeEach(({ problems }) => {
    // With scripts off, Chromium still meets the pages' modulepreload links and refuses them
    // (reported as "csp"); the main script is not even requested. Nothing a reader notices.
    problems.allow(/^request failed: GET [^ ]+\/assets\/[^/ ]+\.js: csp$/);
  });

  test("a reader reads the front page, pages through the archive and reads every paragraph of an article, styled", async ({
    page,
    request,
  }) => {
    await page.goto("/");
    await expect(
      page.getByRole("heading", { level: 1, name: "Latest headlines" }),
    ).toBeVisible();
    const headlines = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headlines).toHaveCount(25);
    await expect(headlines.first()).toHaveText(sampleHeadline(1));
    // The stylesheet is applied: the layout's measure and the skip link tucked away.
    await expect(page.getByRole("main")).toHaveCSS("max-width", "960px");
    await expect(
      page.getByRole("link", { name: "Skip to main content" }),
    ).toHaveCSS("position", "absolute");
    // Times are the publisher's, in full, since no reader's zone is known without the app.
    await expect(
      page
        .getByRole("listitem")
        .filter({ has: page.getByRole("link", { name: seed.headline }) })
        .locator("time"),
    ).toHaveAttribute("datetime", seed.updatedAt);

    await page.getByRole("link", { name: "Older →" }).click();
    await expect(page).toHaveURL("/page/1");
    await expect(
      page.getByRole("heading", { level: 1, name: "Archive page 1" }),
    ).toBeVisible();
    await expect(headlines).toHaveCount(20);
    await expect(headlines.last()).toHaveText(sampleHeadline(44));

    await page.getByRole("link", { name: "← Newer" }).click();
    await expect(page).toHaveURL("/page/2");
    await expect(
      page.getByRole("heading", { level: 1, name: "Archive page 2" }),
    ).toBeVisible();

    await page.getByRole("link", { name: seed.headline }).click();
    await expect(page).toHaveURL(seed.path);
    await expect(
      page.getByRole("heading", { level: 1, name: seed.headline }),
    ).toBeVisible();
    await expect(page.getByText(seed.standfirst)).toBeVisible();
    await expect(page.getByRole("article").locator("time")).toHaveText(
      /^October 4, 2015 at 9:19\sAM \(Türkiye Time, GMT\+3\)$/,
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveCSS(
      "font-family",
      /Georgia/,
    );
    const article = (await (
      await request.get(`/data/articles/${seed.id}.json`)
    ).json()) as { body: { type: string; text?: string }[] };
    const paragraphs = article.body
      .filter((block) => block.type === "paragraph")
      .map((block) => block.text ?? "");
    expect(paragraphs.length).toBeGreaterThan(5);
    const shown = page.locator(".article-body p");
    await expect(shown).toHaveText(paragraphs);
    for (let index = 0; index < paragraphs.length; index += 1) {
      await expect(shown.nth(index)).toBeVisible();
    }

    await page.getByRole("link", { name: "← All headlines" }).click();
    await expect(page).toHaveURL("/");
  });

  test("an old link to an article (a former slug, the id alone) leads to it", async ({
    page,
  }) => {
    for (const path of [seed.formerPath, `/articles/${seed.id}`]) {
      await page.goto(path);
      await expect(page).toHaveURL(seed.path);
      await expect(
        page.getByRole("heading", { level: 1, name: seed.headline }),
      ).toBeVisible();
    }
  });

  test("an unknown address reads as not found, with a way home", async ({
    page,
    problems,
  }) => {
    problems.allowNotFound("/no/such/page");
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: "Page not found" }),
    ).toBeVisible();
    await page
      .getByRole("link", { name: "Go to the latest headlines" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Latest headlines" }),
    ).toBeVisible();
  });
});
