import type { Page } from "@playwright/test";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { holdRequests } from "./support/hold-requests.ts";
import { sampleHeadline, seed } from "./support/test-data.ts";

/**
 * The failures a reader meets outside the server's control (the device goes offline, a request
 * hangs, the browser blocks storage), each recovered from without a reload.
 */

const articleData = `**/data/articles/${seed.id}.json`;

/** Opens the list page that holds the seed article and waits for the app to take it over. */
async function openSeedList(page: Page) {
  await page.goto("/page/2");
  await expect(
    page.getByRole("heading", { level: 1, name: "Archive page 2" }),
  ).toBeVisible();
  await expectHydrated(page);
}

const heading = (page: Page, name: string | RegExp) =>
  page.getByRole("heading", { level: 1, name });

test("offline, a headline says at once that the device is offline; back online, Retry and every later article work", async ({
  page,
  context,
  problems,
}) => {
  problems.allow(/ERR_INTERNET_DISCONNECTED/);
  await openSeedList(page);
  await context.setOffline(true);

  await page.getByRole("link", { name: seed.headline }).click();
  await expect(heading(page, "You are offline")).toBeVisible();
  await expect(page).toHaveURL(seed.path);

  await context.setOffline(false);
  const data = page.waitForRequest(`**/data/articles/${seed.id}.json`);
  await page.getByRole("button", { name: "Retry" }).click();
  await data;
  await expect(heading(page, seed.headline)).toBeVisible();

  // The failure is not remembered: another article, never fetched before, opens too.
  await page.goBack();
  await expect(heading(page, "Archive page 2")).toBeVisible();
  const other = page.getByRole("link", { name: sampleHeadline(23) });
  const otherHeadline = (await other.textContent()) ?? "";
  await other.click();
  await expect(heading(page, otherHeadline)).toBeVisible();
});

test("a request that never answers ends in a timeout message after 15 seconds, and Retry loads the article", async ({
  page,
  problems,
}) => {
  problems.allow(/ERR_ABORTED|ERR_FAILED/);
  // The page's clock runs as usual until the test moves it on.
  await page.clock.install();
  await openSeedList(page);
  const data = await holdRequests(page, articleData);

  await page.getByRole("link", { name: seed.headline }).click();
  await data.next(); // sent, and never answered
  await expect(
    page.getByRole("status").filter({ hasText: "Loading…" }),
  ).toBeAttached();
  await page.clock.fastForward(15_000);
  await expect(heading(page, "The server is taking too long")).toBeVisible();
  await expect(page).toHaveURL(seed.path);

  await page.getByRole("button", { name: "Retry" }).click();
  await (await data.next()).continue();
  await expect(heading(page, seed.headline)).toBeVisible();
});

test("with storage blocked, the reader can still read, go back and change settings for the visit", async ({
  page,
}) => {
  // As Chromium behaves with "Block all site data": touching either storage throws.
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException(
            "Access is denied for this document.",
            "SecurityError",
          );
        },
      });
    }
  });
  await openSeedList(page);
  await page.getByRole("link", { name: seed.headline }).click();
  await expect(heading(page, seed.headline)).toBeVisible();

  await page.goBack();
  await expect(heading(page, "Archive page 2")).toBeVisible();
  await expect(page.getByRole("link", { name: seed.headline })).toBeFocused();

  await page.getByRole("button", { name: "Language and time" }).click();
  await page.getByRole("radio", { name: "Publisher's time" }).check();
  await expect(
    page.getByRole("radio", { name: "Publisher's time" }),
  ).toBeChecked();
  await page.getByRole("link", { name: seed.headline }).click();
  await expect(heading(page, seed.headline)).toBeVisible();
  await expect(page.locator("time").first()).toContainText("GMT+3");
});
