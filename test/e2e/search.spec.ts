import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { startStaticServer } from "../../scripts/static-host.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { copyBuiltApp, runScript } from "./support/own-site.ts";
import { articleIdOf, sampleHeadline, seed } from "./support/test-data.ts";

/** Test sample 01, tagged "test sample" and "harbour ferries". */
const sampleArticlePath = `/articles/${articleIdOf("101_test-sample")}-test-sample-01-changes-to-harbour-ferries-announced`;

/** Types a query in the header's search field and presses Enter, as a reader does. */
async function search(page: Page, query: string) {
  const field = page.getByRole("searchbox", { name: "Search articles" });
  await field.fill(query);
  await field.press("Enter");
}

const results = (page: Page) =>
  page.getByRole("list").filter({ has: page.getByRole("article") });

test.describe("search", () => {
  test("finds the seed by a word only its body holds, with the word marked, at a bookmarkable address", async ({
    page,
  }) => {
    await page.goto("/");
    await search(page, "Kartapolov");
    await expect(page).toHaveURL(/\/search\?q=Kartapolov$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "Search: Kartapolov" }),
    ).toBeVisible();
    await expect(
      page.getByText("1 article matches “Kartapolov”"),
    ).toBeVisible();
    const result = results(page).getByRole("article");
    await expect(result).toHaveCount(1);
    await expect(
      result.getByRole("link", { name: seed.headline }),
    ).toHaveAttribute("href", seed.path);
    await expect(result.locator("mark")).toHaveText(["Kartapolov"]);
    await expect(result.getByRole("link", { name: seed.source })).toBeVisible();
    await expect(page.getByRole("searchbox")).toHaveValue("Kartapolov");

    // The address is the search: a reload shows it again, query in the field.
    await page.reload();
    await expect(results(page).getByRole("article")).toHaveCount(1);
    await expect(page.getByRole("searchbox")).toHaveValue("Kartapolov");

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole("searchbox")).toHaveValue("");
  });

  test("folds case, accents and the Turkish dotted İ: “İRAQİ KURDİSTAN” finds “Iraqi … Kurdistan”", async ({
    page,
  }) => {
    await page.goto("/search");
    await search(page, "İRAQİ KURDİSTAN");
    await expect(
      results(page).getByRole("link", { name: seed.headline }),
    ).toBeVisible();
    await expect(
      results(page).getByRole("article").first().locator("mark").first(),
    ).toBeVisible();
  });

  test("an empty result says so and what to try; with a filter it offers to search everything", async ({
    page,
  }) => {
    await page.goto("/");
    await search(page, "zyzzyvaquux");
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      "No articles match “zyzzyvaquux”.",
    );
    await expect(page.getByText(/Check the spelling/)).toBeVisible();

    // From a tag's page, search only its articles: the seed is not among them.
    await page.goto(sampleArticlePath);
    await page
      .getByRole("list", { name: "Tags" })
      .getByRole("link", { name: "harbour ferries" })
      .click();
    await page
      .getByRole("link", { name: "Search articles tagged harbour ferries" })
      .click();
    await expect(
      page.getByText(/to search articles tagged harbour ferries/),
    ).toBeVisible();
    await search(page, "Kartapolov");
    await expect(page).toHaveURL(/[?&]tag=[0-9a-f]{10}/);
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      "The filter leaves none",
    );
    await page
      .getByRole("status")
      .getByRole("link", { name: "Search all articles instead" })
      .click();
    await expect(page).toHaveURL(/\/search\?q=Kartapolov$/);
    await expect(
      results(page).getByRole("link", { name: seed.headline }),
    ).toBeVisible();
  });

  test("pages through results, switches to newest first, and Back from an article keeps the results, scroll and focus", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 500 });
    await page.goto("/");
    await search(page, "sample");
    await expect(page.getByText(/^44 articles match “sample”/)).toBeVisible();
    await expect(results(page).getByRole("article")).toHaveCount(10);
    await page.getByRole("link", { name: "Newest first" }).click();
    await expect(page).toHaveURL(/sort=newest/);
    await expect(
      results(page).getByRole("heading", { level: 2 }).first(),
    ).toHaveText(sampleHeadline(1));
    await page.getByRole("link", { name: "More results →" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByText("Results 11–20 of 44")).toBeVisible();
    await expect(
      results(page).getByRole("heading", { level: 2 }).first(),
    ).toHaveText(sampleHeadline(11));

    const eighth = results(page)
      .getByRole("heading", { level: 2 })
      .nth(7)
      .getByRole("link");
    await eighth.scrollIntoViewIfNeeded();
    const href = await eighth.getAttribute("href");
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await eighth.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      sampleHeadline(18),
    );
    await page.goBack();
    await expect(page).toHaveURL(/\/search\?q=sample&sort=newest&page=2$/);
    await expect(page.getByRole("searchbox")).toHaveValue("sample");
    await expect(page.locator(`a[href="${href}"]`)).toBeFocused();
    await expect
      .poll(() => page.evaluate(() => window.scrollY))
      .toBeGreaterThan(scrolled - 50);
  });

  test("“/” focuses the search field, but types a slash inside a field", async ({
    page,
  }) => {
    await page.goto(seed.path);
    await expectHydrated(page);
    await page.keyboard.press("/");
    const field = page.getByRole("searchbox", { name: "Search articles" });
    await expect(field).toBeFocused();
    await page.keyboard.type("a/b");
    await expect(field).toHaveValue("a/b");
  });

  test("without JavaScript the search page is a working form and says search needs JavaScript", async ({
    openPage,
    problems,
  }) => {
    // With scripts off, Chromium still meets the page's modulepreload links and refuses them.
    problems.allow(/^request failed: GET [^ ]+\/assets\/[^/ ]+\.js: csp$/);
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto("/search");
    await expect(
      page.getByRole("heading", { level: 1, name: "Search" }),
    ).toBeVisible();
    await expect(
      page.getByText(/Search runs in your browser and needs JavaScript/),
    ).toBeVisible();
    const form = page.getByRole("search");
    await expect(form).toHaveAttribute("method", "get");
    await expect(form).toHaveAttribute("action", "/search");
  });
});

test("an article ingested and published after the search index was built is found, and a corrected one only by its new words", async ({
  page,
}, testInfo) => {
  // Two ingests and two publishes, each a Node process, on a machine other runs share.
  test.setTimeout(180_000);
  const work = testInfo.outputPath("recent-search");
  const site = path.join(work, "site");
  const archive = path.join(work, "archive.sqlite");
  const feedFile = path.join(work, "feed.json");
  await copyBuiltApp(site);
  const item = (slug: string, title: string, day: number) => ({
    id: `https://harbour-gazette.example/news/${slug}`,
    title,
    content_text: `${title}. The town council announced it today.`,
    date_published: `2026-03-0${day}T08:00:00+00:00`,
  });
  const publish = async (items: ReturnType<typeof item>[]) => {
    await writeFile(
      feedFile,
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "Harbour Gazette",
        items,
      }),
    );
    await runScript("ingest", ["--archive", archive, feedFile]);
    return runScript("publish", ["--archive", archive, "--out", site]);
  };

  const server = await startStaticServer(site, 0);
  try {
    expect(
      await publish([
        item("ferry", "Ferry timetable changes", 2),
        item("market", "Market moves to the square", 3),
      ]),
    ).toMatch(/^publish: search index of 2 articles built/m);
    // The correction and the new article go into the recent index; the whole one is not rebuilt.
    const second = await publish([
      item("market", "Market moves to the quayside", 3),
      item("lighthouse", "Lighthouse reopens to visitors", 4),
    ]);
    expect(second).toMatch(
      /^publish: recent search index of 2 changed articles built/m,
    );
    expect(second).not.toMatch(/^publish: search index of/m);

    await page.goto(`${server.origin}/`);
    await search(page, "lighthouse");
    await expect(
      page.getByText("1 article matches “lighthouse”"),
    ).toBeVisible();
    await expect(
      results(page).getByRole("link", {
        name: "Lighthouse reopens to visitors",
      }),
    ).toBeVisible();

    await search(page, "quayside");
    await expect(page.getByText("1 article matches “quayside”")).toBeVisible();
    await expect(
      results(page).getByRole("link", {
        name: "Market moves to the quayside",
      }),
    ).toBeVisible();

    await search(page, "square");
    await expect(page.getByRole("main").getByRole("status")).toContainText(
      "No articles match “square”.",
    );

    // Newest first, the recent index's articles take their places among the others.
    await page.goto(`${server.origin}/search?q=council&sort=newest`);
    await expect(results(page).getByRole("heading", { level: 2 })).toHaveText([
      "Lighthouse reopens to visitors",
      "Market moves to the quayside",
      "Ferry timetable changes",
    ]);
  } finally {
    await server.close();
  }
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the search page with results has no WCAG 2.1 A/AA violations (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/search?q=harbour");
    await expect(results(page).getByRole("article").first()).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
