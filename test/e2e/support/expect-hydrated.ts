import { expect, type Page } from "@playwright/test";

/**
 * Waits until the app has taken over a pre-rendered page: the settings button, disabled in published
 * HTML (it needs JavaScript), is enabled by the render after hydration, the same render that
 * switches times from the publisher's clock to the reader's. Until then a click on a link is a plain
 * page load, not an in-app navigation. The keyboard shortcuts (their own chunk) are live too: the
 * footer's button announces them.
 */
export async function expectHydrated(page: Page) {
  await expect(page.locator(".preferences-toggle")).toBeEnabled();
  await expect(
    page.locator('.site-footer button[aria-keyshortcuts="?"]'),
  ).toBeAttached();
}
