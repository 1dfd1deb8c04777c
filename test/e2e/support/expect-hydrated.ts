import { expect, type Page } from "@playwright/test";

/**
 * Waits until the app has taken over a pre-rendered page. Published HTML shows times on the
 * publisher's clock (nobody's zone is known at publish time); once hydrated, the app switches to the
 * reader's own, and the settings' "my time" choice is checked (for a reader who has not chosen the
 * publisher's time). Until then a click on a link is a plain page load, not an in-app navigation,
 * and a click on a button does nothing.
 */
export async function expectHydrated(page: Page) {
  await expect(
    page.locator('.preferences-panel input[type="radio"][value="reader"]'),
  ).toBeChecked();
}
