import type { Page } from "@playwright/test";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { seed } from "./support/test-data.ts";

/**
 * A page is published with the English interface; a reader whose interface is another language
 * must never see that English. The shell's inline script marks <html> before the body is parsed,
 * CSS hides the page while it is marked, and the app removes the mark once the reader's language
 * is rendered. Paint happens only between tasks, after pending mutation records are delivered, so
 * recording the page at every DOM mutation sees every state that could reach the screen.
 */

const MARK = "data-interface-pending";

interface Seen {
  marked: boolean;
  header: string | null;
}

/** From before the page's first byte, records the mark and the header's text at every mutation. */
async function recordStates(page: Page) {
  await page.addInitScript((mark) => {
    const seen: { marked: boolean; header: string | null }[] = [];
    Object.assign(window, { interfaceStates: seen });
    new MutationObserver(() => {
      const html = document.documentElement;
      seen.push({
        marked: html.hasAttribute(mark),
        header: document.querySelector("header")?.textContent ?? null,
      });
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  }, MARK);
  return () =>
    page.evaluate(
      () => (window as unknown as { interfaceStates: Seen[] }).interfaceStates,
    );
}

/** As the published page first put its header into the document. */
const firstWithHeader = (seen: Seen[]) =>
  seen.find(({ header }) => header !== null);

test.describe("a Turkish browser opening a published article", () => {
  test.use({ locale: "tr-TR", timezoneId: "Europe/Istanbul" });

  test("never shows the English interface: the page stays hidden until it is Turkish", async ({
    page,
  }) => {
    const states = await recordStates(page);
    await page.goto(seed.path);
    await expect(
      page.getByRole("button", { name: "Dil ve saat" }),
    ).toBeVisible();
    await expectHydrated(page);
    await expect(page.locator("html")).not.toHaveAttribute(MARK);
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");

    const seen = await states();
    // The published (English) header arrived on a page already marked: the inline script ran, and
    // the Content Security Policy let it (a refusal would be a console error, failing the test).
    expect(firstWithHeader(seen)).toMatchObject({
      marked: true,
      header: expect.stringContaining("Language and time"),
    });
    // Whenever the page was unmarked with a header, the header was Turkish.
    const shown = seen.filter(({ marked, header }) => !marked && header);
    expect(shown.length).toBeGreaterThan(0);
    for (const { header } of shown) {
      expect(header).toContain("Dil ve saat");
      expect(header).not.toContain("Language and time");
    }
  });

  test("while marked, the page is hidden without moving anything", async ({
    page,
  }) => {
    await page.goto(seed.path);
    await expect(page.locator("html")).not.toHaveAttribute(MARK);
    const headline = page.getByRole("heading", { level: 1 });
    const box = await headline.boundingBox();
    const marked = await page.evaluate((mark) => {
      document.documentElement.setAttribute(mark, "");
      return getComputedStyle(document.body).visibility;
    }, MARK);
    expect(marked).toBe("hidden");
    await expect(headline).toBeHidden();
    expect(await headline.evaluate((h1) => h1.getBoundingClientRect())).toEqual(
      expect.objectContaining({ x: box?.x, y: box?.y, width: box?.width }),
    );
  });

  test("still shows the page, in English, when the app's scripts never arrive", async ({
    page,
    problems,
  }) => {
    problems.allow(/^request failed: GET [^ ]+\/assets\/[^/ ]+\.js: /);
    problems.allow(
      /^console error: Failed to load resource: net::ERR_FAILED \(at [^ ]+\/assets\/[^/ ]+\.js\)$/,
    );
    await page.route("**/assets/*.js", (route) => route.abort());
    await page.goto(seed.path);
    await expect(page.locator("html")).toHaveAttribute(MARK);
    // Shown by CSS alone after a few seconds, never left blank.
    await expect(
      page.getByRole("heading", { level: 1, name: seed.headline }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute(MARK);
  });
});

test.describe("a British browser", () => {
  test.use({ locale: "en-GB", timezoneId: "Europe/London" });

  test("never has its page hidden", async ({ page }) => {
    const states = await recordStates(page);
    await page.goto(seed.path);
    await expectHydrated(page);
    await expect(
      page.getByRole("button", { name: "Language and time" }),
    ).toBeVisible();
    const seen = await states();
    expect(firstWithHeader(seen)).toBeDefined();
    expect(seen.filter(({ marked }) => marked)).toEqual([]);
  });

  test("that chose Turkish gets the hidden-until-Turkish page too", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem(
        "bulletin:time-preferences",
        JSON.stringify({ language: "tr", locale: null, zoneMode: "reader" }),
      );
    });
    const states = await recordStates(page);
    await page.goto(seed.path);
    await expect(
      page.getByRole("button", { name: "Dil ve saat" }),
    ).toBeVisible();
    const seen = await states();
    expect(firstWithHeader(seen)?.marked).toBe(true);
    for (const { header } of seen.filter(
      ({ marked, header }) => !marked && header,
    )) {
      expect(header).not.toContain("Language and time");
    }
  });
});
