import type { Page, Route } from "@playwright/test";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { holdRequests } from "./support/hold-requests.ts";
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

/**
 * A published page needs no data, so a data request can fail only when the reader moves on inside
 * the app: each target is reached by a link from another published page.
 */
const targets: {
  name: string;
  from: { path: string; heading: string };
  link: (page: Page) => ReturnType<Page["getByRole"]>;
  data: string;
  path: string;
  heading: string;
}[] = [
  {
    name: "the front page",
    from: { path: seed.path, heading: seed.headline },
    link: (page) => page.getByRole("link", { name: "Bulletin", exact: true }),
    data: "**/data/headlines/latest.json",
    path: "/",
    heading: "Latest headlines",
  },
  {
    name: "an archive page",
    from: { path: "/", heading: "Latest headlines" },
    link: (page) => page.getByRole("link", { name: "Older →" }),
    data: "**/data/headlines/1.json",
    path: "/page/1",
    heading: "Archive page 1",
  },
  {
    // Hovering the headline prefetches the article: the click's navigation waits for that same
    // request, so it is the only one.
    name: "an article",
    from: { path: "/page/2", heading: "Archive page 2" },
    link: (page) => page.getByRole("link", { name: seed.headline }),
    data: `**/data/articles/${seed.id}.json`,
    path: seed.path,
    heading: seed.headline,
  },
];

const dataPattern = (glob: string) =>
  new RegExp(glob.replace("**", "").replaceAll(".", "\\."));

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

/** The header's progress indicator, which says "Loading…" while a navigation waits for data. */
const progress = (page: Page) =>
  page.getByRole("status").filter({ hasText: "Loading…" });

for (const target of targets) {
  test.describe(`when the data for ${target.name} fails`, () => {
    for (const failure of failures) {
      test(`${failure.name}: a clear error view, and Retry recovers`, async ({
        page,
        problems,
      }) => {
        problems.allow(dataPattern(target.data));
        await page.goto(target.from.path);
        await expect(
          page.getByRole("heading", { level: 1, name: target.from.heading }),
        ).toBeVisible();
        await expectHydrated(page);
        const data = await holdRequests(page, target.data);

        await target.link(page).click();
        const first = await data.next();
        await expect(progress(page)).toBeAttached();
        await failure.fail(first);
        await expectErrorView(page, failure.title);
        await expect(page).toHaveURL(target.path);
        const retry = page.getByRole("button", { name: "Retry" });
        await expect(retry).toBeEnabled();
        expect(data.count).toBe(1);

        // Retry asks again, says so while it waits, and fails the same way.
        await retry.click();
        const second = await data.next();
        await expect(
          page.getByRole("button", { name: "Retrying…" }),
        ).toBeDisabled();
        await failure.fail(second);
        await expectErrorView(page, failure.title);
        await expect(retry).toBeEnabled();
        expect(data.count).toBe(2);

        // The server is back.
        await retry.click();
        await (await data.next()).continue();
        await expect(
          page.getByRole("heading", { level: 1, name: target.heading }),
        ).toBeVisible();
        await expect(page).toHaveTitle(`${target.heading} · Bulletin`);
        await expect(page).toHaveURL(target.path);
        expect(data.count).toBe(3);
      });
    }
  });
}

test("a page the browser renders itself (an id in capitals) shows the error view when its data fails, and Retry leads on to the article", async ({
  page,
  problems,
}) => {
  const path = `/articles/${seed.id.toUpperCase()}-${seed.slug}`;
  // No file has that name: the host answers with 404.html, which the app renders for this address.
  problems.allowNotFound(path);
  problems.allow(dataPattern(`**/data/articles/${seed.id}.json`));
  const data = await holdRequests(page, `**/data/articles/${seed.id}.json`);
  const response = page.goto(path);
  await (await data.next()).fulfill({ status: 503, body: "" });
  expect((await response)?.status()).toBe(404);
  await expectErrorView(page, "The server could not send this page");

  await page.getByRole("button", { name: "Retry" }).click();
  await (await data.next()).continue();
  await expect(
    page.getByRole("heading", { level: 1, name: seed.headline }),
  ).toBeVisible();
  await expect(page).toHaveURL(seed.path);
  expect(data.count).toBe(2);
});
