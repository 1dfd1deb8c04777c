import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "@playwright/test";
import { startStaticServer } from "../../scripts/static-host.ts";
import { expect, test } from "./support/fixtures.ts";
import { copyBuiltApp, runScript } from "./support/own-site.ts";

/**
 * Issue 8's journey: a feed changes under a published site. Feed v1 has three items; v2 no longer
 * lists two of them, corrects the third's headline and adds a fourth. Every article stays at the
 * URL readers first got for it, and the corrected one's old URL leads to its new one.
 */

interface FeedItem {
  id: string;
  title: string;
  summary: string;
  content_text: string;
  date_published: string;
  date_modified?: string;
}

const home = "https://harbour-gazette.example/";
const item = (
  slug: string,
  title: string,
  date: string,
  modified?: string,
): FeedItem => ({
  id: `${home}news/${slug}`,
  title,
  summary: `${title}: what changes and for whom.`,
  content_text: `The town council announced it on ${date.slice(0, 10)}.\n\nDetails follow at the town hall.`,
  date_published: date,
  ...(modified ? { date_modified: modified } : {}),
});

const ferry = item(
  "ferry",
  "Ferry timetable changes from Monday",
  "2026-03-02T08:00:00+00:00",
);
const lighthouse = item(
  "lighthouse",
  "Lighthouse reopens to visitors",
  "2026-03-03T09:00:00+00:00",
);
const market = item(
  "market",
  "Market moves to the square",
  "2026-03-04T10:00:00+00:00",
);
const correctedMarket = item(
  "market",
  "Market moves to the harbour square for the summer",
  "2026-03-04T10:00:00+00:00",
  "2026-03-05T16:45:00+00:00",
);
const nightBuses = item(
  "night-buses",
  "Night buses return on Fridays",
  "2026-03-06T18:00:00+00:00",
);

const feed = (items: FeedItem[]) =>
  JSON.stringify({
    version: "https://jsonfeed.org/version/1.1",
    title: "Harbour Gazette",
    home_page_url: home,
    items,
  });

/** The front page's headlines, each with the address its link gives. */
async function frontPageLinks(page: Page, origin: string) {
  await page.goto(`${origin}/`);
  await expect(
    page.getByRole("heading", { level: 1, name: "Latest headlines" }),
  ).toBeVisible();
  const links = page
    .getByRole("main")
    .getByRole("heading", { level: 2 })
    .getByRole("link");
  const found = new Map<string, string>();
  for (const link of await links.all()) {
    found.set(
      (await link.textContent()) ?? "",
      (await link.getAttribute("href")) ?? "",
    );
  }
  return found;
}

async function expectArticle(
  page: Page,
  address: string,
  headline: string,
  finalAddress = address,
) {
  await page.goto(address);
  await expect(page).toHaveURL(finalAddress);
  await expect(
    page.getByRole("heading", { level: 1, name: headline }),
  ).toBeVisible();
  await expect(page).toHaveTitle(`${headline} · Bulletin`);
}

test("articles keep their first URLs when the feed drops them, corrects one and adds another", async ({
  page,
}, testInfo) => {
  // Two ingests and two publishes, each a Node process, on a machine other runs share.
  test.setTimeout(180_000);
  const work = testInfo.outputPath("journey");
  const site = path.join(work, "site");
  const archive = path.join(work, "archive.sqlite");
  const feedFile = path.join(work, "feed.json");
  await copyBuiltApp(site);
  const publish = async (items: FeedItem[]) => {
    await writeFile(feedFile, feed(items));
    await runScript("ingest", ["--archive", archive, feedFile]);
    await runScript("publish", ["--archive", archive, "--out", site]);
  };

  const server = await startStaticServer(site, 0);
  try {
    const { origin } = server;
    await publish([ferry, lighthouse, market]);
    const first = await frontPageLinks(page, origin);
    expect([...first.keys()]).toEqual([
      market.title,
      lighthouse.title,
      ferry.title,
    ]);
    const firstUrl = (title: string) => `${origin}${first.get(title) ?? ""}`;
    await expectArticle(page, firstUrl(market.title), market.title);

    await publish([correctedMarket, nightBuses]);
    const second = await frontPageLinks(page, origin);
    expect([...second.keys()]).toEqual([
      nightBuses.title,
      correctedMarket.title,
      lighthouse.title,
      ferry.title,
    ]);
    const secondUrl = (title: string) => `${origin}${second.get(title) ?? ""}`;
    // Same article, same id; only the words after it follow the headline.
    const marketNow = secondUrl(correctedMarket.title);
    expect(marketNow).not.toBe(firstUrl(market.title));
    expect(marketNow.replace(/-[^/]*$/, "")).toBe(
      firstUrl(market.title).replace(/-[^/]*$/, ""),
    );

    // Items the feed stopped listing stay where they were.
    await expectArticle(page, firstUrl(ferry.title), ferry.title);
    await expect(
      page.getByText("Details follow at the town hall."),
    ).toBeVisible();
    await expectArticle(page, firstUrl(lighthouse.title), lighthouse.title);
    // The corrected one: its first URL leads to its current one, which shows the correction.
    await expectArticle(
      page,
      firstUrl(market.title),
      correctedMarket.title,
      marketNow,
    );
    await expect(
      page
        .locator(".article-dates p")
        .filter({ hasText: "Updated" })
        .locator("time"),
    ).toHaveAttribute("datetime", correctedMarket.date_modified ?? "");
    // And the new one is where the front page says.
    await expectArticle(page, secondUrl(nightBuses.title), nightBuses.title);
  } finally {
    await server.close();
  }
});
