import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { articleIdOf, sampleHeadline, seed } from "./support/test-data.ts";

/** Test sample 01 (the newest), tagged "test sample" and "harbour ferries", from Bulletin Test Desk. */
const sample01 = `/articles/${articleIdOf("101_test-sample")}-test-sample-01-changes-to-harbour-ferries-announced`;

const headlines = (page: Page) =>
  page.getByRole("main").getByRole("heading", { level: 2 });

/** Every headline of a list, following "Older" to its oldest page. */
async function allHeadlines(page: Page): Promise<string[]> {
  const seen: string[] = [];
  for (;;) {
    await expect(headlines(page).first()).toBeVisible();
    seen.push(...(await headlines(page).allTextContents()));
    const older = page.getByRole("link", { name: /Older/ });
    if ((await older.count()) === 0) return seen;
    // The URL changes as the navigation starts; the page's own heading names its number once it has rendered.
    const title = page.getByRole("heading", { level: 1 });
    const before = await title.textContent();
    await older.click();
    await expect(title).not.toHaveText(before ?? "");
  }
}

test.describe("tag and source pages", () => {
  test("a tag on an article leads to a list of exactly the articles with that tag", async ({
    page,
  }) => {
    await page.goto(sample01);
    await expectHydrated(page);
    const tags = page.getByRole("list", { name: "Tags" });
    await tags.getByRole("link", { name: "harbour ferries" }).click();
    await expect(page).toHaveURL(/\/tags\/[0-9a-f]{10}-harbour-ferries$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Tag: harbour ferries" }),
    ).toBeVisible();
    await expect(headlines(page)).toHaveText([sampleHeadline(1)]);

    // "test sample" is on the 44 samples and not on the seed: across its pages, exactly those.
    await page.goBack();
    await expectHydrated(page);
    await tags.getByRole("link", { name: "test sample" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Tag: test sample" }),
    ).toBeVisible();
    await expect(page.getByText("44 articles")).toBeVisible();
    const listed = await allHeadlines(page);
    expect(new Set(listed).size).toBe(44);
    expect(
      listed.every((headline) => /^Test sample \d\d:/.test(headline)),
    ).toBe(true);
    await expect(page).toHaveURL(/\/tags\/[0-9a-f]{10}-test-sample\/page\/1$/);
  });

  test("the source links to its list, which holds only that source's articles", async ({
    page,
  }) => {
    await page.goto(seed.path);
    await expectHydrated(page);
    await page
      .getByRole("main")
      .getByRole("link", { name: seed.source })
      .first()
      .click();
    await expect(page).toHaveURL(
      /\/sources\/[0-9a-f]{10}-world-bulletin-news-desk$/,
    );
    await expect(
      page.getByRole("heading", { level: 1, name: `Source: ${seed.source}` }),
    ).toBeVisible();
    await expect(headlines(page)).toHaveText([seed.headline]);
  });

  test("tag and source pages are published: they read without JavaScript, and the id alone redirects", async ({
    openPage,
    problems,
  }) => {
    problems.allow(/^request failed: GET [^ ]+\/assets\/[^/ ]+\.js: csp$/);
    // The redirect page is plain HTML with no icon, so Chromium may ask for /favicon.ico on the way.
    problems.allowNotFound("/favicon.ico");
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(sample01);
    const link = page
      .getByRole("list", { name: "Tags" })
      .getByRole("link", { name: "harbour ferries" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/tags\/[0-9a-f]{10}-harbour-ferries$/);
    const response = await page.goto(href ?? "");
    expect(response?.status()).toBe(200);
    await expect(headlines(page)).toHaveText([sampleHeadline(1)]);

    // Feed readers find the tag's own feed in the published page, beside the site's.
    const feedHref = await page
      .locator(
        'head link[rel="alternate"][type="application/feed+json"][title="Tag: harbour ferries · Bulletin"]',
      )
      .getAttribute("href");
    expect(feedHref).toMatch(/^\/data\/tags\/[0-9a-f]{10}\/feed\.json$/);
    const feed = (await (
      await page.request.get(new URL(feedHref ?? "", page.url()).href)
    ).json()) as { title: string; items: { title: string }[] };
    expect(feed.title).toBe("Tag: harbour ferries · Bulletin");
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]?.title).toMatch(sampleHeadline(1));

    // A bookmark with the id alone (or an old slug) reaches the list at its current address.
    const id = /\/tags\/([0-9a-f]{10})-/.exec(href ?? "")?.[1] ?? "";
    await page.goto(`/tags/${id}`);
    await expect(page).toHaveURL(new RegExp(`/tags/${id}-harbour-ferries$`));
    await expect(headlines(page)).toHaveText([sampleHeadline(1)]);
  });
});

test.describe("neighbour links", () => {
  test("an article links to the one before and after it in time", async ({
    page,
  }) => {
    const sample02 = `/articles/${articleIdOf("102_test-sample")}-`;
    await page.goto(sample01);
    await expectHydrated(page);
    const around = page.getByRole("navigation", { name: "More articles" });
    // Sample 01 is the newest: it has an older neighbour and no newer one.
    await expect(around.getByText("Next:")).toHaveCount(0);
    const previous = around.getByRole("link", { name: sampleHeadline(2) });
    await expect(previous).toHaveAttribute("href", new RegExp(`^${sample02}`));
    await previous.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      sampleHeadline(2),
    );
    await around.getByRole("link", { name: sampleHeadline(3) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      sampleHeadline(3),
    );
    await around.getByRole("link", { name: sampleHeadline(2) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      sampleHeadline(2),
    );
  });
});

/** The pages to audit, found as a reader finds them: from the seed's source and sample 01's tag. */
const audited = [
  { name: "a source's page", from: seed.path, link: seed.source, suffix: "" },
  { name: "a tag's page", from: sample01, link: "test sample", suffix: "" },
  {
    name: "a tag's numbered page",
    from: sample01,
    link: "test sample",
    suffix: "/page/1",
  },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const { name, from, link, suffix } of audited) {
    test(`${name} has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(from);
      const href = await page
        .getByRole("main")
        .getByRole("link", { name: link, exact: true })
        .first()
        .getAttribute("href");
      await page.goto(`${href ?? ""}${suffix}`);
      await expectHydrated(page);
      await expect(headlines(page).first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
