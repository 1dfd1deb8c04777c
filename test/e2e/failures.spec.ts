import type { Page, Route } from "@playwright/test";
import { expect, test } from "./support/fixtures.ts";
import { seed } from "./support/test-data.ts";

/** The ways a data request can go wrong, each with the error view's heading for it. */
const failures: {
  name: string;
  title: string;
  fail: (route: Route) => Promise<void>;
}[] = [
  {
    name: "network error",
    title: "Bulletin could not reach the server",
    fail: (route) => route.abort("internetdisconnected"),
  },
  {
    name: "server error (500)",
    title: "The server could not send this page",
    fail: (route) =>
      route.fulfill({
        status: 500,
        contentType: "text/plain",
        body: "Internal Server Error",
      }),
  },
  {
    name: "malformed JSON",
    title: "This page's data is damaged",
    fail: (route) =>
      route.fulfill({
        status: 200,
        contentType: "application/json",
        body: '{"page": 1, "headlines": [',
      }),
  },
  {
    name: "JSON that breaks the schema",
    title: "This page's data is not in the expected format",
    fail: async (route) => {
      // The real file with one required field wrong: a near miss, not garbage.
      const response = await route.fetch();
      const json = (await response.json()) as Record<string, unknown>;
      await route.fulfill({
        response,
        json: { ...json, headlines: "none", body: "none" },
      });
    },
  },
];

const pages = [
  {
    name: "the headline list",
    path: "/",
    data: "**/data/headlines/latest.json",
    heading: "Latest headlines",
  },
  {
    name: "an article",
    path: seed.path,
    data: `**/data/articles/${seed.id}.json`,
    heading: seed.headline,
  },
];

async function expectErrorView(page: Page, title: string) {
  await expect(
    page.getByRole("heading", { level: 1, name: title }),
  ).toBeVisible();
  await expect(page).toHaveTitle(`${title} · Bulletin`);
  await expect(
    page.getByRole("link", { name: "Go to the latest headlines" }),
  ).toBeVisible();
  // Never a blank page: the header and its controls stay.
  await expect(
    page.getByRole("link", { name: "Bulletin", exact: true }),
  ).toBeVisible();
}

for (const target of pages) {
  test.describe(`when the data for ${target.name} fails`, () => {
    for (const failure of failures) {
      test(`${failure.name}: a clear error view, and Retry recovers`, async ({
        page,
        problems,
      }) => {
        problems.allow(
          new RegExp(target.data.replace("**", "").replaceAll(".", "\\.")),
        );
        let requests = 0;
        await page.route(target.data, async (route) => {
          requests += 1;
          await failure.fail(route);
        });
        await page.goto(target.path);
        await expectErrorView(page, failure.title);
        expect(requests).toBe(1);

        await page.getByRole("button", { name: "Retry" }).click();
        await expectErrorView(page, failure.title);
        expect(requests).toBe(2);

        await page.unroute(target.data);
        await page.getByRole("button", { name: "Retry" }).click();
        await expect(
          page.getByRole("heading", { level: 1, name: target.heading }),
        ).toBeVisible();
        await expect(page).toHaveTitle(`${target.heading} · Bulletin`);
      });
    }
  });
}

test("a failure while navigating inside the app shows the error view in place, and Retry recovers", async ({
  page,
  problems,
}) => {
  problems.allow(/\/data\/headlines\/1\.json/);
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Latest headlines" }),
  ).toBeVisible();
  await page.route("**/data/headlines/1.json", (route) =>
    route.fulfill({ status: 503, body: "Service Unavailable" }),
  );
  await page.getByRole("link", { name: "Older →" }).click();
  await expectErrorView(page, "The server could not send this page");
  await expect(page).toHaveURL("/page/1");

  await page.unroute("**/data/headlines/1.json");
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Archive page 1" }),
  ).toBeVisible();
});
