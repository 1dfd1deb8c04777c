import type { Page } from "@playwright/test";

/**
 * Waits until the app has taken over a pre-rendered page: React has attached itself to the
 * settings button, which every page has. Until then a click on a link is a plain page load, not an
 * in-app navigation, and a click on a button does nothing.
 */
export async function expectHydrated(page: Page) {
  await page.waitForFunction(() => {
    const button = document.querySelector(".preferences-toggle");
    return (
      button !== null &&
      Object.keys(button).some((key) => key.startsWith("__reactProps$"))
    );
  });
}
