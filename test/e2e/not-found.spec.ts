import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures.ts";
import { seed, unknownArticleId } from "./support/test-data.ts";

async function expectNotFound(page: Page) {
  await expect(
    page.getByRole("heading", { level: 1, name: "Page not found" }),
  ).toBeVisible();
  await expect(page).toHaveTitle("Page not found · Bulletin");
  // Exactly one: the published page's own head gives way to the rendered one's.
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

/** Records the data files a page asks for. */
function dataRequests(page: Page) {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/data/"))
      urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

test("an unknown article gets status 404 and the not-found view, whose link leads home", async ({
  page,
  problems,
}) => {
  const path = `/articles/${unknownArticleId}-no-such-article`;
  // The static host answers the address with 404.html; the app, rendering it in the browser, asks
  // for the article's data (an id in capitals or a mangled slug could still be an article), which
  // is missing too.
  problems.allowNotFound(path);
  problems.allowNotFound(`/data/articles/${unknownArticleId}.json`);
  const requested = dataRequests(page);
  const response = await page.goto(path);
  expect(response?.status()).toBe(404);
  await expectNotFound(page);
  expect(requested).toEqual([`/data/articles/${unknownArticleId}.json`]);
  await followLinkHome(page);
});

test("an unknown path gets status 404 and the not-found view, whose link leads home", async ({
  page,
  problems,
}) => {
  problems.allowNotFound("/no/such/page");
  const requested = dataRequests(page);
  const response = await page.goto("/no/such/page");
  expect(response?.status()).toBe(404);
  await expectNotFound(page);
  expect(requested).toEqual([]);
  await followLinkHome(page);
});

for (const { path, status } of [
  { path: "/articles/not-an-article-id", status: 404 },
  { path: "/page/0", status: 404 },
  // A query string is no part of a file name: the host answers with the front page's file (200),
  // and the app, seeing another address than the one that page was published for, says not found.
  { path: "/?page=0", status: 200 },
  { path: "/?page=two", status: 200 },
]) {
  test(`a malformed address (${path}) shows the not-found view without fetching`, async ({
    page,
    problems,
  }) => {
    if (status === 404) problems.allowNotFound(path);
    const requested = dataRequests(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(status);
    await expectNotFound(page);
    expect(requested).toEqual([]);
  });
}

test("a list page past the last one shows the not-found view", async ({
  page,
  problems,
}) => {
  problems.allowNotFound("/page/4");
  problems.allowNotFound("/data/headlines/4.json");
  const response = await page.goto("/page/4");
  expect(response?.status()).toBe(404);
  await expectNotFound(page);
  // An old ?page=N past the end of the archive as it is now.
  await page.goto("/?page=4");
  await expectNotFound(page);
});

test("a missing data file answered with HTML (SPA fallback) counts as not found", async ({
  page,
}) => {
  // Some static hosts answer every unknown path, data files included, with index.html and 200.
  // A pre-rendered page needs no data, so this shows on an in-app navigation.
  const indexHtml = await (await page.request.get("/")).text();
  await page.route(`**/data/articles/${seed.id}.json`, (route) =>
    route.fulfill({
      status: 200,
      contentType: "text/html",
      body: indexHtml,
    }),
  );
  await page.goto("/page/2");
  await page.getByRole("link", { name: seed.headline }).click();
  await expectNotFound(page);
  await expect(page).toHaveURL(seed.path);
});
