import { expect, type Page } from "@playwright/test";

/**
 * Waits until the app has taken over a pre-rendered page. Until then a click on a link is a plain
 * page load, not an in-app navigation, and a click on a button does nothing. React gives each
 * element it has hydrated its props (a `__reactProps$…` key); the header's settings button is one
 * of the last parts of the shell to be claimed. (The settings panel's radios, checked here before,
 * now render only when the panel is opened.)
 */
export async function expectHydrated(page: Page) {
  await expect
    .poll(() =>
      page
        .locator(".preferences-toggle")
        .evaluate((button) =>
          Object.keys(button).some((key) => key.startsWith("__reactProps$")),
        ),
    )
    .toBe(true);
}
