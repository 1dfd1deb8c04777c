import type { Page } from "@playwright/test";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { articleToggle, headlineItem, listToggle } from "./support/reader.ts";
import { articleIdOf, sampleHeadline, seed } from "./support/test-data.ts";

const notice = (page: Page) =>
  page.getByText(
    "Storage on this device is full or blocked: what you save or mark as read lasts until you close this tab.",
  );

test.describe("storage that is full", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException(
          "The quota has been exceeded.",
          "QuotaExceededError",
        );
      };
      // IndexedDB, where whole saved articles go, is full too.
      IDBObjectStore.prototype.put = () => {
        throw new DOMException(
          "The quota has been exceeded.",
          "QuotaExceededError",
        );
      };
    });
  });

  test("the reader keeps working for the visit and is told once", async ({
    page,
  }) => {
    await page.goto("/");
    await expectHydrated(page);
    const first = headlineItem(page, sampleHeadline(1));
    await listToggle(first, "Save").click();
    await expect(listToggle(first, "Save")).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(notice(page)).toBeVisible();
    await expect(
      page.getByRole("status").filter({ has: notice(page) }),
    ).toHaveCount(1);

    // Another failing write says nothing new.
    await listToggle(first, "Read").click();
    await expect(listToggle(first, "Read")).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(notice(page)).toHaveCount(1);
    await page.getByRole("button", { name: "Dismiss" }).click();
    await expect(notice(page)).toHaveCount(0);

    // Reading goes on: an article opens, is marked read, and the list still shows what was done.
    await first.getByRole("link", { name: sampleHeadline(1) }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: sampleHeadline(1) }),
    ).toBeFocused();
    await expect(articleToggle(page, "Save")).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await page.getByRole("link", { name: "← All headlines" }).click();
    await expect(listToggle(first, "Save")).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(notice(page)).toHaveCount(0);
  });
});

test("storage the browser blocks altogether (touching it throws): pages, toggles and shortcuts still work", async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied.", "SecurityError");
      },
    });
    Object.defineProperty(window, "indexedDB", {
      get() {
        throw new DOMException("Access is denied.", "SecurityError");
      },
    });
  });
  await page.goto(seed.path);
  await expectHydrated(page);
  const save = articleToggle(page, "Save");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(notice(page)).toBeVisible();
  // Opened, it was marked read (for this tab); m takes that back.
  const read = articleToggle(page, "Read");
  await expect(read).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("m");
  await expect(read).toHaveAttribute("aria-pressed", "false");
  await page.getByRole("link", { name: "Saved", exact: true }).click();
  await expect(
    page.getByRole("main").getByRole("link", { name: seed.headline }),
  ).toBeVisible();
});

test("garbage in storage is ignored item by item, never fatal", async ({
  page,
}) => {
  await page.goto("/");
  await page.evaluate((id) => {
    localStorage.setItem("bulletin:saved", "{not json");
    localStorage.setItem(
      "bulletin:read",
      JSON.stringify([42, "not an id", id, { id }]),
    );
    localStorage.setItem("bulletin:last-visit", JSON.stringify("yesterday"));
    localStorage.setItem("bulletin:time-preferences", "[[[");
  }, articleIdOf("101_test-sample"));
  await page.reload();
  await expectHydrated(page);
  const first = headlineItem(page, sampleHeadline(1));
  // The one valid read mark survives its bad neighbours.
  await expect(listToggle(first, "Read")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(listToggle(first, "Save")).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(
    listToggle(headlineItem(page, sampleHeadline(2)), "Read"),
  ).toHaveAttribute("aria-pressed", "false");
  await page.getByRole("link", { name: "Saved", exact: true }).click();
  await expect(page.getByText(/^Nothing saved yet\./)).toBeVisible();
});
