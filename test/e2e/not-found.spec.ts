import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures.ts";
import { seed, unknownArticleId } from "./support/test-data.ts";

async function expectNotFound(page: Page) {
  await expect(
    page.getByRole("heading", { level: 1, name: "Page not found" }),
  ).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Bulletin");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute(
    "content",
    "noindex",
  );
  // The header stays, so the reader is never stranded.
  await expect(
    page.getByRole("link", { name: "Bulletin", exact: true }),
  ).toBeVisible();
}

async function followLinkHome(page: Page) {
  await page.getByRole("link", { name: "Go to the latest headlines" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Latest headlines" }),
  ).toBeFocused();
  await expect(page).toHaveURL("/");
}

test("an unknown article shows the not-found view, whose link leads home", async ({
  page,
  problems,
}) => {
  // The static host answers the missing data file with a 404, which the test provokes.
  problems.allow(new RegExp(`/data/articles/${unknownArticleId}\\.json`));
  await page.goto(`/articles/${unknownArticleId}-no-such-article`);
  await expectNotFound(page);
  await followLinkHome(page);
});

test("an unknown path shows the not-found view, whose link leads home", async ({
  page,
}) => {
  await page.goto("/no/such/page");
  await expectNotFound(page);
  await followLinkHome(page);
});

for (const path of [
  "/articles/not-an-article-id",
  "/?page=0",
  "/?page=two",
  "/page/0",
]) {
  test(`a malformed address (${path}) shows the not-found view without fetching`, async ({
    page,
  }) => {
    const dataRequests: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/data/")) dataRequests.push(request.url());
    });
    await page.goto(path);
    await expectNotFound(page);
    expect(dataRequests).toEqual([]);
  });
}

test("a list page past the last one shows the not-found view", async ({
  page,
  problems,
}) => {
  problems.allow(/\/data\/headlines\/4\.json/);
  await page.goto("/page/4");
  await expectNotFound(page);
  // An old ?page=N past the end of the archive as it is now.
  await page.goto("/?page=4");
  await expectNotFound(page);
});

test("a missing data file answered with index.html (SPA fallback) counts as not found", async ({
  page,
}) => {
  // Many static hosts answer every unknown path, data files included, with index.html and 200.
  const indexHtml = await (await page.request.get("/")).text();
  await page.route(`**/data/articles/${seed.id}.json`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: indexHtml,
    }),
  );
  await page.goto(seed.path);
  await expectNotFound(page);
});
