import type { Page } from "@playwright/test";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { baseURL } from "./support/site.ts";
import { sampleHeadline, seed } from "./support/test-data.ts";

/** The front page, or with a number the archive page of that number (1 = the oldest). */
const listHeading = (page: Page, pageNumber?: number) =>
  page.getByRole("heading", {
    level: 1,
    name:
      pageNumber === undefined
        ? "Latest headlines"
        : `Archive page ${pageNumber}`,
  });
const articleHeading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

test.describe("reading from the list", () => {
  test("list → article → back restores the scroll position and focus on that headline", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveTitle("Latest headlines · Bulletin");
    // Links open inside the app once it has taken over the published page.
    await expectHydrated(page);

    // The last headline on page 1 is well below the fold.
    const headline = page.getByRole("link", { name: sampleHeadline(19) });
    await headline.scrollIntoViewIfNeeded();
    const listScroll = await scrollY(page);
    expect(listScroll).toBeGreaterThan(300);

    await headline.click();
    await expect(articleHeading(page, sampleHeadline(19))).toBeFocused();
    await expect(page).toHaveTitle(/^Test sample 19: .* · Bulletin$/);
    await expect(
      page.getByText("This is sample article 19 of the browser test data set."),
    ).toBeVisible();

    // The article's own way back.
    await page.getByRole("link", { name: "← All headlines" }).click();
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL("/");
    await expect(headline).toBeFocused();
    await expect.poll(() => scrollY(page)).toBe(listScroll);

    // And the browser's.
    await headline.click();
    await expect(articleHeading(page, sampleHeadline(19))).toBeFocused();
    await page.goBack();
    await expect(headline).toBeFocused();
    await expect.poll(() => scrollY(page)).toBe(listScroll);
  });

  test("each in-app navigation moves focus to the new page's heading", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(listHeading(page)).toBeVisible();
    await expectHydrated(page);

    await page.getByRole("link", { name: "Older →" }).click();
    await expect(listHeading(page, 1)).toBeFocused();
    await expect(page).toHaveTitle("Archive page 1 · Bulletin");

    await page.getByRole("link", { name: sampleHeadline(30) }).click();
    await expect(articleHeading(page, sampleHeadline(30))).toBeFocused();

    await page.getByRole("link", { name: "Bulletin", exact: true }).click();
    await expect(listHeading(page)).toBeFocused();
    await expect(page).toHaveTitle("Latest headlines · Bulletin");
  });

  test("the back link returns to the list page the reader came from", async ({
    page,
  }) => {
    await page.goto("/page/1");
    await expectHydrated(page);
    await page.getByRole("link", { name: sampleHeadline(44) }).click();
    await expect(articleHeading(page, sampleHeadline(44))).toBeVisible();
    await page.getByRole("link", { name: "← All headlines" }).click();
    await expect(listHeading(page, 1)).toBeVisible();
    await expect(page).toHaveURL("/page/1");
  });
});

// Pages render their own head elements (React 19 hoists them into <head>): the published page's
// are taken over by hydration and replaced on each navigation, never doubled.
test("a page has exactly one title, description and canonical address, before and after navigating", async ({
  page,
}) => {
  const head = {
    title: page.locator("head title"),
    description: page.locator('meta[name="description"]'),
    canonical: page.locator('link[rel="canonical"]'),
    ogUrl: page.locator('meta[property="og:url"]'),
  };
  await page.goto(seed.path);
  await expect(articleHeading(page, seed.headline)).toBeVisible();
  await expectHydrated(page);
  await expect(head.title).toHaveCount(1);
  await expect(head.description).toHaveAttribute("content", seed.standfirst);
  await expect(head.canonical).toHaveAttribute(
    "href",
    `${baseURL}${seed.path}`,
  );
  await expect(head.ogUrl).toHaveAttribute("content", `${baseURL}${seed.path}`);

  await page.getByRole("link", { name: "Bulletin", exact: true }).click();
  await expect(listHeading(page)).toBeFocused();
  await expect(head.title).toHaveCount(1);
  await expect(head.description).toHaveAttribute(
    "content",
    "The latest headlines from Bulletin, newest first.",
  );
  await expect(head.canonical).toHaveAttribute("href", `${baseURL}/`);
  await expect(head.ogUrl).toHaveAttribute("content", `${baseURL}/`);
});

test.describe("deep links and bookmarks", () => {
  test("an article URL opens in a fresh browser context and survives a reload", async ({
    openPage,
  }) => {
    const page = await openPage();
    await page.goto(seed.path);
    await expect(articleHeading(page, seed.headline)).toBeVisible();
    await expect(page).toHaveTitle(`${seed.headline} · Bulletin`);
    await expect(
      page.locator(`meta[name="description"][content="${seed.standfirst}"]`),
    ).toHaveCount(1);
    await expect(page.getByText(seed.source)).toBeVisible();
    await expect(
      page.getByText(/^Iraq is ready to share anti-ISIL intelligence/),
    ).toBeVisible();

    await page.reload();
    await expect(articleHeading(page, seed.headline)).toBeVisible();
    await expect(page).toHaveURL(seed.path);
    await expectHydrated(page);

    // Without a list to go back to, the back link is a plain link home.
    await page.getByRole("link", { name: "← All headlines" }).click();
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL("/");
  });

  test("an outdated or missing slug redirects to the article's current URL", async ({
    openPage,
    problems,
  }) => {
    const page = await openPage();
    // A slug the article really had: publish left a page there that leads on (meta refresh).
    const former = await page.goto(seed.formerPath);
    expect(former?.status()).toBe(200);
    await expect(page).toHaveURL(seed.path);
    await expect(articleHeading(page, seed.headline)).toBeVisible();

    // The id alone: the same kind of page.
    const bare = await page.goto(`/articles/${seed.id}`);
    expect(bare?.status()).toBe(200);
    await expect(page).toHaveURL(seed.path);
    await expect(articleHeading(page, seed.headline)).toBeVisible();

    // A slug it never had, or the id in capitals: no file has that name, so the host answers with
    // 404.html; the app renders it for this address, finds the article by its id, and moves on.
    for (const path of [
      `/articles/${seed.id}-iraq-will-share-intelligence`,
      `/articles/${seed.id.toUpperCase()}-${seed.slug}`,
    ]) {
      problems.allowNotFound(path);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page).toHaveURL(seed.path);
      await expect(articleHeading(page, seed.headline)).toBeVisible();
      await expect(page).toHaveTitle(`${seed.headline} · Bulletin`);
      await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    }
  });

  test("/index.html is the front page", async ({ openPage }) => {
    const page = await openPage();
    await page.goto("/index.html");
    await expect(page).toHaveURL("/");
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveTitle("Latest headlines · Bulletin");
  });

  test("an archive page URL opens directly and always holds the same articles", async ({
    openPage,
  }) => {
    // 45 articles, oldest first: page 1 = samples 44–25, page 2 = samples 24–11, the seed (dated
    // 4 October 2015, between samples 11 and 10) and 10–6, page 3 = samples 5–1.
    const page = await openPage();
    await page.goto("/page/2");
    await expect(listHeading(page, 2)).toBeVisible();
    await expect(page).toHaveTitle("Archive page 2 · Bulletin");
    const headlines = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headlines).toHaveCount(20);
    await expect(headlines.first()).toHaveText(sampleHeadline(6));
    await expect(headlines.last()).toHaveText(sampleHeadline(24));
    const pages = page.getByRole("navigation", { name: "Headline pages" });
    await expect(pages.getByRole("link", { name: "← Newer" })).toHaveAttribute(
      "href",
      "/page/3",
    );
    await expect(pages.getByRole("link", { name: "Older →" })).toHaveAttribute(
      "href",
      "/page/1",
    );

    await page.goto("/page/3");
    await expect(listHeading(page, 3)).toBeVisible();
    await expect(headlines).toHaveCount(5);
    await expect(pages.getByRole("link", { name: "← Newer" })).toHaveAttribute(
      "href",
      "/",
    );

    await page.goto("/page/1");
    await expect(headlines).toHaveCount(20);
    await expect(headlines.last()).toHaveText(sampleHeadline(44));
    await expect(pages.getByRole("link", { name: "Older →" })).toHaveCount(0);
  });

  test("old ?page=N links reach the page that now holds their first article", async ({
    openPage,
  }) => {
    const page = await openPage();
    // ?page=2 used to begin with the 21st newest article, sample 20: page 2 holds it now.
    await page.goto("/?page=2");
    await expect(listHeading(page, 2)).toBeVisible();
    await expect(page).toHaveURL("/page/2");

    await page.goto("/?page=1");
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL("/");
  });

  test("back and forward move through list pages and an article", async ({
    openPage,
  }) => {
    const page = await openPage();
    await page.goto("/");
    await expect(listHeading(page)).toBeVisible();
    await expectHydrated(page);
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(listHeading(page, 1)).toBeVisible();
    await page.getByRole("link", { name: sampleHeadline(30) }).click();
    await expect(articleHeading(page, sampleHeadline(30))).toBeVisible();

    await page.goBack();
    await expect(listHeading(page, 1)).toBeVisible();
    await expect(page).toHaveURL("/page/1");
    await page.goBack();
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL("/");
    await page.goForward();
    await expect(listHeading(page, 1)).toBeVisible();
    await page.goForward();
    await expect(articleHeading(page, sampleHeadline(30))).toBeVisible();

    // A reload in the middle of the history keeps the page, and back still works after it.
    await page.reload();
    await expect(articleHeading(page, sampleHeadline(30))).toBeVisible();
    await page.goBack();
    await expect(listHeading(page, 1)).toBeVisible();
  });
});
