import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./support/axe.ts";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { articleToggle, headlineItem, listToggle } from "./support/reader.ts";
import { sampleHeadline } from "./support/test-data.ts";

const headlineLink = (page: Page, n: number) =>
  page.getByRole("main").getByRole("link", { name: sampleHeadline(n) });

/** Whether the focused element shows a focus ring as a keyboard user sees it. */
const focusVisible = (page: Page) =>
  page.evaluate(() => document.activeElement?.matches(":focus-visible"));

const helpDialog = (page: Page) =>
  page.getByRole("dialog", { name: "Keyboard shortcuts" });

test("j and k move through the headlines with a visible focus; o opens, s saves, m marks read, u goes back", async ({
  page,
}) => {
  await page.goto("/");
  await expectHydrated(page);

  await page.keyboard.press("j");
  await expect(headlineLink(page, 1)).toBeFocused();
  expect(await focusVisible(page)).toBe(true);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(headlineLink(page, 3)).toBeFocused();
  await page.keyboard.press("k");
  await expect(headlineLink(page, 2)).toBeFocused();
  expect(await focusVisible(page)).toBe(true);

  const item = headlineItem(page, sampleHeadline(2));
  await page.keyboard.press("s");
  await expect(listToggle(item, "Save")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.keyboard.press("m");
  await expect(listToggle(item, "Read")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.keyboard.press("m");
  await expect(listToggle(item, "Read")).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  // The headline keeps the focus, so j goes on from there.
  await expect(headlineLink(page, 2)).toBeFocused();

  await page.keyboard.press("o");
  await expect(
    page.getByRole("heading", { level: 1, name: sampleHeadline(2) }),
  ).toBeFocused();
  const save = articleToggle(page, "Save");
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("s");
  await expect(save).toHaveAttribute("aria-pressed", "false");
  const read = articleToggle(page, "Read");
  await expect(read).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("m");
  await expect(read).toHaveAttribute("aria-pressed", "false");

  await page.keyboard.press("u");
  await expect(page).toHaveURL("/");
  await expect(headlineLink(page, 2)).toBeFocused();
  // Enter opens the focused headline as any link does.
  await page.keyboard.press("j");
  await expect(headlineLink(page, 3)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: sampleHeadline(3) }),
  ).toBeFocused();
});

test("? opens the help, an accessible modal dialog that Escape closes; the footer button opens it too", async ({
  page,
}) => {
  await page.goto("/");
  await expectHydrated(page);
  await page.keyboard.press("j");
  await page.keyboard.press("?");
  const dialog = helpDialog(page);
  await expect(dialog).toBeVisible();
  for (const description of [
    "Next headline",
    "Previous headline",
    "Open the headline",
    "Save or unsave the headline or article",
    "Mark it read or unread",
    "Back to the list",
    "Search, on pages with a search field",
    "Show these shortcuts",
  ])
    await expect(dialog.getByText(description)).toBeVisible();
  // Modal: the page behind is inert, so shortcuts and Tab stay inside.
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("j");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await expectNoAxeViolations(page);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(headlineLink(page, 1)).toBeFocused();

  const button = page.getByRole("button", { name: "Keyboard shortcuts" });
  await button.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test("no shortcut fires while typing in the date-language select or a text field", async ({
  page,
}) => {
  await page.goto("/");
  await expectHydrated(page);
  await page.getByRole("button", { name: "Language and time" }).click();
  const select = page.getByRole("combobox", { name: "Date language" });
  await select.focus();
  for (const key of ["j", "k", "o", "s", "m", "u", "?", "/"])
    await page.keyboard.press(key);
  await expect(select).toBeFocused();
  await expect(helpDialog(page)).toHaveCount(0);
  await expect(page).toHaveURL("/");

  // The header's search field.
  const field = page.getByRole("searchbox", { name: "Search articles" });
  await field.click();
  await page.keyboard.type("jk os/m?u");
  await expect(field).toHaveValue("jk os/m?u");
  await expect(field).toBeFocused();
  await expect(helpDialog(page)).toHaveCount(0);
  await expect(
    listToggle(headlineItem(page, sampleHeadline(1)), "Save"),
  ).toHaveAttribute("aria-pressed", "false");

  // Outside it, / moves the focus to search, its words selected to be typed over.
  await headlineLink(page, 1).focus();
  await page.keyboard.press("/");
  await expect(field).toBeFocused();
  expect(
    await field.evaluate(
      (input: HTMLInputElement) =>
        (input.selectionEnd ?? 0) - (input.selectionStart ?? 0),
    ),
  ).toBe("jk os/m?u".length);
});

test("shortcuts with a modifier held are the browser's", async ({ page }) => {
  await page.goto("/");
  await expectHydrated(page);
  await headlineLink(page, 1).focus();
  await page.keyboard.press("Control+s");
  await page.keyboard.press("Alt+j");
  await expect(headlineLink(page, 1)).toBeFocused();
  await expect(
    listToggle(headlineItem(page, sampleHeadline(1)), "Save"),
  ).toHaveAttribute("aria-pressed", "false");
});
