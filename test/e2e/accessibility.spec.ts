import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test, type ProblemWatch } from "./support/fixtures.ts";
import { seed, unknownArticleId } from "./support/test-data.ts";

/** The page views to audit; `open` leaves the page showing its h1. */
const views: {
  name: string;
  open: (page: Page, problems: ProblemWatch) => Promise<void>;
  heading: string;
}[] = [
  {
    name: "the headline list",
    open: async (page) => {
      await page.goto("/");
      // Audited as the reader ends up with it, not half way through hydration.
      await expectHydrated(page);
    },
    heading: "Latest headlines",
  },
  {
    name: "an article",
    open: async (page) => {
      await page.goto(seed.path);
      await expectHydrated(page);
    },
    heading: seed.headline,
  },
  {
    name: "the not-found view",
    open: async (page, problems) => {
      const path = `/no/such/page/${unknownArticleId}`;
      problems.allowNotFound(path);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
    },
    heading: "Page not found",
  },
  {
    // Published pages need no data: a data failure happens on the way from one page to another.
    name: "the error view",
    open: async (page, problems) => {
      await page.goto(seed.path);
      await expectHydrated(page);
      problems.allow(/\/data\/headlines\/latest\.json/);
      await page.route("**/data/headlines/latest.json", (route) =>
        route.fulfill({ status: 500, body: "" }),
      );
      await page.getByRole("link", { name: "Bulletin", exact: true }).click();
    },
    heading: "The server could not send this page",
  },
];

const layouts = [
  { name: "desktop", viewport: { width: 1280, height: 720 } },
  { name: "320 px wide", viewport: { width: 320, height: 640 } },
];

for (const colorScheme of ["light", "dark"] as const) {
  for (const layout of layouts) {
    test.describe(`${colorScheme} scheme, ${layout.name}`, () => {
      test.use({ colorScheme, viewport: layout.viewport });

      for (const view of views) {
        test(`${view.name} has no WCAG 2.1 A/AA violations${layout.viewport.width === 320 ? " and no horizontal scrolling" : ""}`, async ({
          page,
          problems,
        }) => {
          await view.open(page, problems);
          await expect(
            page.getByRole("heading", { level: 1, name: view.heading }),
          ).toBeVisible();
          // The scheme really is in effect, so the contrast rules check its colours.
          expect(
            await page.evaluate(
              () => matchMedia("(prefers-color-scheme: dark)").matches,
            ),
          ).toBe(colorScheme === "dark");
          await expectNoAxeViolations(page);

          const widths = await page.evaluate(() => ({
            scroll: document.documentElement.scrollWidth,
            client: document.documentElement.clientWidth,
          }));
          expect(
            widths.scroll,
            `page is ${widths.scroll}px wide in a ${widths.client}px viewport`,
          ).toBeLessThanOrEqual(widths.client);
        });
      }
    });
  }
}
