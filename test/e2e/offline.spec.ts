import { chromium } from "@playwright/test";
import { chromiumFlags, requireChromium } from "../../scripts/chromium.ts";
import { expectNoAxeViolations } from "./support/axe.ts";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import {
  allowOfflineFailures,
  articleToggle,
  isCached,
  serviceWorkerInControl,
} from "./support/reader.ts";
import { baseURL } from "./support/site.ts";
import { sampleHeadline, seed } from "./support/test-data.ts";

// Everything here is about the service worker, which the other tests block.
test.use({ serviceWorkers: "allow" });
// Each test installs the worker afresh (it precaches the whole app) and opens several pages.
test.describe.configure({ timeout: 60_000 });

const frontHeading = "Latest headlines";
const seedParagraph =
  /^Iraq is ready to share anti-ISIL intelligence with Russia, Iran and Syria/;

test("installable by Chromium's criteria: a valid manifest with icons and a service worker that handles fetches", async ({
  request,
}, testInfo) => {
  // Chromium never offers to install from an incognito profile, which a normal test context is.
  const profile = testInfo.outputPath("profile");
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: requireChromium(),
    args: chromiumFlags,
    baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/");
    await serviceWorkerInControl(page);

    const manifestHref = await page
      .locator('link[rel="manifest"]')
      .getAttribute("href");
    expect(manifestHref).not.toBeNull();
    const manifest = (await (
      await request.get(new URL(manifestHref ?? "", page.url()).href)
    ).json()) as {
      name: string;
      display: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest.name).toBe("Bulletin");
    expect(manifest.display).toBe("standalone");
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(["192x192", "512x512"]),
    );
    for (const icon of manifest.icons) {
      const response = await request.get(new URL(icon.src, page.url()).href);
      expect(response.headers()["content-type"]).toBe("image/png");
    }

    // Chromium's own verdict, the one its install prompt follows.
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = (await session.send(
      "Page.getInstallabilityErrors",
    )) as { installabilityErrors: { errorId: string }[] };
    expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
  } finally {
    await context.close();
  }
});

test("after visiting / and one article once, both open with the network off: reload and cold start", async ({
  page,
  problems,
}) => {
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: frontHeading }),
  ).toBeVisible();
  await serviceWorkerInControl(page);
  // The published page came with its data; the worker fetches it once more to keep a copy.
  await expect.poll(() => isCached(page, "headlines/latest.json")).toBe(true);

  await page.goto(seed.path);
  await expect(page.getByText(seedParagraph)).toBeVisible();
  await expect
    .poll(() => isCached(page, `articles/${seed.id}.json`))
    .toBe(true);

  allowOfflineFailures(problems);
  await page.context().setOffline(true);

  await page.reload();
  await expect(page.getByText(seedParagraph)).toBeVisible();
  await expect(
    page.getByRole("heading", { level: 1, name: seed.headline }),
  ).toBeVisible();
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: frontHeading }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", { name: sampleHeadline(1) }),
  ).toBeVisible();

  // A cold start: a new tab, the network still off.
  const cold = await page.context().newPage();
  problems.watch(cold);
  await cold.goto(seed.path);
  await expect(cold.getByText(seedParagraph)).toBeVisible();
  await cold.goto("/");
  await expect(
    cold.getByRole("heading", { level: 1, name: frontHeading }),
  ).toBeVisible();
  // Opened from the list offline, the cached article comes from the worker too.
  await expectHydrated(cold);
  await cold
    .getByRole("main")
    .getByRole("link", { name: seed.headline })
    .click();
  await expect(cold.getByText(seedParagraph)).toBeVisible();
});

test("an article not kept on this device, opened offline, gets the offline view listing what is", async ({
  page,
  problems,
}) => {
  await page.goto(seed.path);
  await serviceWorkerInControl(page);
  await expectHydrated(page);
  await articleToggle(page, "Save").click();
  await expect(articleToggle(page, "Save")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect
    .poll(() => isCached(page, `articles/${seed.id}.json`))
    .toBe(true);
  await page.goto("/");
  await expect.poll(() => isCached(page, "headlines/latest.json")).toBe(true);
  await expectHydrated(page);

  allowOfflineFailures(problems);
  await page.context().setOffline(true);
  // Never opened: neither its page nor its data is on this device.
  await page
    .getByRole("main")
    .getByRole("link", { name: sampleHeadline(5) })
    .click();
  const heading = page.getByRole("heading", {
    level: 1,
    name: "You are offline",
  });
  await expect(heading).toBeVisible();
  await expect(
    page.getByText("This page has not been saved on this device."),
  ).toBeVisible();
  await expect(page).toHaveTitle("You are offline · Bulletin");
  const saved = page.getByRole("list").filter({
    has: page.getByRole("link", { name: seed.headline }),
  });
  await expect(saved.first()).toBeVisible();
  await expect(
    page.getByRole("link", { name: "Latest headlines" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // A reload, and a cold start, of that address: the same view, not the browser's error page.
  const unopened = page.url();
  await page.reload();
  await expect(heading).toBeVisible();
  const cold = await page.context().newPage();
  problems.watch(cold);
  await cold.goto(unopened);
  await expect(
    cold.getByRole("heading", { level: 1, name: "You are offline" }),
  ).toBeVisible();

  // The way out: an article listed there opens from the device.
  await page
    .getByRole("main")
    .getByRole("link", { name: seed.headline })
    .first()
    .click();
  await expect(page.getByText(seedParagraph)).toBeVisible();

  // Back online, the view tries again by itself. Chromium may fire "online" a moment before
  // requests go through; that attempt then ends on the error view, whose Retry gets the article.
  // Retry is pressed whenever it is there to press, never raced against a retry already under way:
  // checking for it and then clicking it could find it gone and wait for it to the timeout.
  await cold.context().setOffline(false);
  void cold
    .getByRole("button", { name: "Retry", exact: true })
    .click()
    // Never pressed: the article came without it, and the page closes with the test.
    .catch(() => undefined);
  await expect(
    cold.getByRole("heading", { level: 1, name: sampleHeadline(5) }),
  ).toBeVisible({ timeout: 10_000 });
});
