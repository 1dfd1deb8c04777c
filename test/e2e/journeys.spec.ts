import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures.ts";
import { PAGE_COUNT, sampleHeadline, seed } from "./support/test-data.ts";

const listHeading = (page: Page, pageNumber = 1) =>
  page.getByRole("heading", {
    level: 1,
    name:
      pageNumber === 1
        ? "Latest headlines"
        : `Headlines, page ${pageNumber} of ${PAGE_COUNT}`,
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

    await page.getByRole("link", { name: "Older →" }).click();
    await expect(listHeading(page, 2)).toBeFocused();
    await expect(page).toHaveTitle(
      `Headlines, page 2 of ${PAGE_COUNT} · Bulletin`,
    );

    await page.getByRole("link", { name: sampleHeadline(20) }).click();
    await expect(articleHeading(page, sampleHeadline(20))).toBeFocused();

    await page.getByRole("link", { name: "Bulletin", exact: true }).click();
    await expect(listHeading(page)).toBeFocused();
    await expect(page).toHaveTitle("Latest headlines · Bulletin");
  });

  test("the back link returns to the list page the reader came from", async ({
    page,
  }) => {
    await page.goto("/?page=3");
    await page.getByRole("link", { name: sampleHeadline(44) }).click();
    await expect(articleHeading(page, sampleHeadline(44))).toBeVisible();
    await page.getByRole("link", { name: "← All headlines" }).click();
    await expect(listHeading(page, 3)).toBeVisible();
    await expect(page).toHaveURL("/?page=3");
  });
});

// Pages render their own description (React 19 hoists it into <head>); index.html must not add one.
test("a page has exactly one meta description", async ({ page }) => {
  await page.goto(seed.path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
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

    // Without a list to go back to, the back link is a plain link home.
    await page.getByRole("link", { name: "← All headlines" }).click();
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL("/");
  });

  test("an outdated or missing slug redirects to the article's current URL", async ({
    openPage,
  }) => {
    const page = await openPage();
    await page.goto(`/articles/${seed.id}-iraq-will-share-intelligence`);
    await expect(articleHeading(page, seed.headline)).toBeVisible();
    await expect(page).toHaveURL(seed.path);

    await page.goto(`/articles/${seed.id}`);
    await expect(articleHeading(page, seed.headline)).toBeVisible();
    await expect(page).toHaveURL(seed.path);
  });

  test("a list page URL opens directly, and ?page=1 is the front page", async ({
    openPage,
  }) => {
    const page = await openPage();
    await page.goto("/?page=2");
    await expect(listHeading(page, 2)).toBeVisible();
    await expect(page).toHaveTitle(
      `Headlines, page 2 of ${PAGE_COUNT} · Bulletin`,
    );
    const headlines = page.getByRole("main").getByRole("heading", { level: 2 });
    await expect(headlines).toHaveCount(20);
    await expect(headlines.first()).toHaveText(sampleHeadline(20));
    const pages = page.getByRole("navigation", { name: "Headline pages" });
    await expect(pages.getByRole("link", { name: "← Newer" })).toHaveAttribute(
      "href",
      "/",
    );
    await expect(pages.getByRole("link", { name: "Older →" })).toHaveAttribute(
      "href",
      "/?page=3",
    );

    await page.goto("/?page=3");
    await expect(listHeading(page, 3)).toBeVisible();
    await expect(headlines).toHaveCount(5);
    await expect(pages.getByRole("link", { name: "Older →" })).toHaveCount(0);

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
    await page.getByRole("link", { name: "Older →" }).click();
    await expect(listHeading(page, 2)).toBeVisible();
    await page.getByRole("link", { name: sampleHeadline(21) }).click();
    await expect(articleHeading(page, sampleHeadline(21))).toBeVisible();

    await page.goBack();
    await expect(listHeading(page, 2)).toBeVisible();
    await expect(page).toHaveURL("/?page=2");
    await page.goBack();
    await expect(listHeading(page)).toBeVisible();
    await expect(page).toHaveURL("/");
    await page.goForward();
    await expect(listHeading(page, 2)).toBeVisible();
    await page.goForward();
    await expect(articleHeading(page, sampleHeadline(21))).toBeVisible();

    // A reload in the middle of the history keeps the page, and back still works after it.
    await page.reload();
    await expect(articleHeading(page, sampleHeadline(21))).toBeVisible();
    await page.goBack();
    await expect(listHeading(page, 2)).toBeVisible();
  });
});
