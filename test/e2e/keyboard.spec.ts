import type { Page } from "@playwright/test";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { seed } from "./support/test-data.ts";

interface Focused {
  tag: string;
  name: string;
  /** Outline or box shadow as drawn: the visible focus indicator. */
  outlineStyle: string;
  outlineWidth: number;
  boxShadow: string;
  inViewport: boolean;
}

/** Describes document.activeElement and how its focus is drawn. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body)
      return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const label =
      element.getAttribute("aria-label") ??
      (element instanceof HTMLInputElement
        ? (element.closest("label")?.textContent ?? "")
        : element instanceof HTMLSelectElement
          ? (element.labels?.[0]?.textContent ?? "")
          : (element.textContent ?? ""));
    return {
      tag: element.tagName.toLowerCase(),
      name: label.replace(/\s+/g, " ").trim(),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      inViewport:
        box.bottom > 0 &&
        box.top < window.innerHeight &&
        box.right > 0 &&
        box.left < window.innerWidth,
    };
  });
}

function expectVisiblyFocused(element: Focused | null) {
  expect(element, "something has focus").not.toBeNull();
  if (!element) return;
  const outlined = element.outlineStyle !== "none" && element.outlineWidth >= 2;
  expect
    .soft(
      outlined || element.boxShadow !== "none",
      `${element.tag} "${element.name}" shows a focus indicator`,
    )
    .toBe(true);
  expect
    .soft(element.inViewport, `${element.tag} "${element.name}" is on screen`)
    .toBe(true);
}

/** Tabs through the whole page once, from the top, returning every stop. */
async function tabThrough(page: Page, limit = 60): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let index = 0; index < limit; index += 1) {
    await page.keyboard.press("Tab");
    const stop = await focused(page);
    if (!stop) break;
    if (
      stops.length > 0 &&
      stop.name === stops[0]?.name &&
      stop.tag === stops[0]?.tag
    )
      break;
    expectVisiblyFocused(stop);
    stops.push(stop);
  }
  return stops;
}

test.use({ locale: "en-GB", timezoneId: "Europe/London" });

test("skip link, tab to a headline, Enter opens it", async ({ page }) => {
  // Each headline is followed by its Save and Read toggles: many stops on a busy machine.
  test.setTimeout(60_000);
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Latest headlines" }),
  ).toBeVisible();
  // Links open inside the app once it has taken over the published page.
  await expectHydrated(page);

  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Skip to main content" });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  expectVisiblyFocused(await focused(page));

  await page.keyboard.press("Enter");
  // Focus is now in the main region, past the header and its controls.
  await expect(page.getByRole("main")).toContainText("Latest headlines");
  expect(
    await page.evaluate(
      () =>
        document.getElementById("main")?.contains(document.activeElement) ??
        false,
    ),
  ).toBe(true);

  await page.keyboard.press("Tab");
  const firstHeadline = page
    .getByRole("main")
    .getByRole("heading", { level: 2 })
    .first()
    .getByRole("link");
  await expect(firstHeadline).toBeFocused();
  expectVisiblyFocused(await focused(page));

  // Down the list to the seed article, then open it.
  const seedLink = page.getByRole("link", { name: seed.headline });
  // Each headline brings its Save and Read toggles and its source and tag links too.
  for (let step = 0; step < 200; step += 1) {
    if (await seedLink.evaluate((link) => link === document.activeElement))
      break;
    await page.keyboard.press("Tab");
  }
  await expect(seedLink).toBeFocused();
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 1, name: seed.headline });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(seed.path);

  // And back with the keyboard: focus returns to the headline.
  const backLink = page.getByRole("link", { name: "← All headlines" });
  for (let step = 0; step < 10; step += 1) {
    if (await backLink.evaluate((link) => link === document.activeElement))
      break;
    await page.keyboard.press("Tab");
  }
  await expect(backLink).toBeFocused();
  expectVisiblyFocused(await focused(page));
  await page.keyboard.press("Enter");
  await expect(seedLink).toBeFocused();
});

test("every control on the list is reachable by Tab and visibly focused", async ({
  page,
}) => {
  // Each headline is a link, Save, Read, its source and its tags: a long walk on a busy machine.
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(
    page.getByRole("heading", { level: 1, name: "Latest headlines" }),
  ).toBeVisible();
  await expectHydrated(page);
  // The search field, and every headline with its toggles, source and tag links.
  const stops = await tabThrough(page, 260);
  const names = stops.map((stop) => `${stop.tag}: ${stop.name}`);

  expect(names).toContain("a: Skip to main content");
  expect(names).toContain("a: Bulletin");
  // The settings wait behind one button; opened, they join the tab order right after it.
  expect(names).toContain("button: Language and time");
  expect(names).not.toContain("select: Date language");
  expect(names).toContain("a: Older →");
  const headlines = await page
    .getByRole("main")
    .getByRole("heading", { level: 2 })
    .allTextContents();
  // The front page shows the newest two archive pages: 5 + 20 of the 45 test articles.
  expect(headlines).toHaveLength(25);
  for (const headline of headlines) {
    expect(names).toContain(`a: ${headline}`);
    expect(names).toContain(`button: Save: ${headline}`);
    expect(names).toContain(`button: Read: ${headline}`);
  }
  expect(names).toContain("button: Mark all on this page as read");
  expect(names).toContain("button: Keyboard shortcuts");

  await page.getByRole("button", { name: "Language and time" }).click();
  // The settings are a chunk of their own, loaded on first opening.
  await expect(page.getByLabel("Language", { exact: true })).toBeVisible();
  const opened = (await tabThrough(page)).map(
    (stop) => `${stop.tag}: ${stop.name}`,
  );
  // Tabbing on from the button that opened them.
  expect(opened.slice(0, 3)).toEqual([
    "select: Language",
    "select: Date language",
    expect.stringMatching(/^input: My time/),
  ]);
});

test("the time controls work from the keyboard", async ({ page }) => {
  await page.goto(seed.path);
  const time = page.getByRole("article").locator("time");
  await expect(time).toContainText("4 October 2015");

  const toggle = page.getByRole("button", { name: "Language and time" });
  await toggle.focus();
  expectVisiblyFocused(await focused(page));
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  // The settings are a chunk of their own, loaded on first opening.
  await expect(page.getByLabel("Language", { exact: true })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Language", { exact: true })).toBeFocused();
  await page.keyboard.press("Tab");
  const language = page.getByLabel("Date language");
  await expect(language).toBeFocused();
  expectVisiblyFocused(await focused(page));
  // A closed select changes with the arrow keys; "Türkçe" is three below the default.
  await language.press("ArrowDown");
  await language.press("ArrowDown");
  await language.press("ArrowDown");
  await expect(language).toHaveValue("tr-TR");
  await expect(time).toContainText("4 Ekim 2015");

  await page.keyboard.press("Tab");
  const myTime = page.getByRole("radio", { name: /^My time/ });
  await expect(myTime).toBeFocused();
  expectVisiblyFocused(await focused(page));
  await page.keyboard.press("ArrowDown");
  const publisherTime = page.getByRole("radio", { name: "Publisher's time" });
  await expect(publisherTime).toBeFocused();
  await expect(publisherTime).toBeChecked();
  expectVisiblyFocused(await focused(page));
  await expect(time).toHaveText(/^4 Ekim 2015 09:19/);

  // Escape closes the settings and hands focus back to their button.
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await expect(language).toBeHidden();
});

test("every control on an article and on the error view is reachable and visibly focused", async ({
  page,
  problems,
}) => {
  await page.goto(seed.path);
  await expect(
    page.getByRole("heading", { level: 1, name: seed.headline }),
  ).toBeVisible();
  await expectHydrated(page);
  const articleStops = (await tabThrough(page)).map(
    (stop) => `${stop.tag}: ${stop.name}`,
  );
  expect(articleStops).toContain("a: ← All headlines");

  // The error view: on the way to the front page, whose data fails.
  problems.allow(/\/data\/headlines\/latest\.json/);
  await page.route("**/data/headlines/latest.json", (route) =>
    route.fulfill({ status: 500, body: "" }),
  );
  await page
    .getByRole("link", { name: "Bulletin", exact: true })
    .press("Enter");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "The server could not send this page",
    }),
  ).toBeVisible();
  const errorStops = (await tabThrough(page)).map(
    (stop) => `${stop.tag}: ${stop.name}`,
  );
  expect(errorStops).toContain("button: Retry");
  expect(errorStops).toContain("a: Go to the latest headlines");
});

test("the skip link on a later page moves focus without adding history", async ({
  page,
}) => {
  await page.goto("/");
  await expectHydrated(page);
  await page.getByRole("link", { name: "Older →" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Archive page 1" }),
  ).toBeFocused();
  const historyLength = await page.evaluate(() => history.length);

  await page.getByRole("link", { name: "Skip to main content" }).focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("main")).toBeFocused();
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await expect(page).toHaveURL("/page/1");
});
