import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { articleToggle, headlineItem, listToggle } from "./support/reader.ts";
import { sampleHeadline } from "./support/test-data.ts";

const LAST_VISIT_KEY = "bulletin:last-visit";

test("an article opened is marked read, in the list too; its toggle marks it unread again", async ({
  page,
}) => {
  await page.goto("/");
  await expectHydrated(page);
  const item = headlineItem(page, sampleHeadline(4));
  await expect(listToggle(item, "Read")).toHaveAttribute(
    "aria-pressed",
    "false",
  );

  await item.getByRole("link", { name: sampleHeadline(4) }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: sampleHeadline(4) }),
  ).toBeFocused();
  await expect(articleToggle(page, "Read")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.getByRole("link", { name: "← All headlines" }).click();

  const read = listToggle(item, "Read");
  await expect(read).toHaveAttribute("aria-pressed", "true");
  // Not by colour alone: a read headline's toggle shows a check mark.
  const mark = () =>
    read
      .locator(".reader-toggle-icon")
      .evaluate((icon) => getComputedStyle(icon, "::before").content);
  expect(await mark()).not.toBe("none");
  await expect(
    listToggle(headlineItem(page, sampleHeadline(5)), "Read"),
  ).toHaveAttribute("aria-pressed", "false");

  await read.click();
  await expect(read).toHaveAttribute("aria-pressed", "false");
  expect(await mark()).toBe("none");
  // Kept on the device.
  await page.reload();
  await expect(read).toHaveAttribute("aria-pressed", "false");
});

test('"Mark all on this page as read" marks every headline shown, and no other', async ({
  page,
}) => {
  await page.goto("/page/1");
  await expectHydrated(page);
  await page
    .getByRole("button", { name: "Mark all on this page as read" })
    .click();
  const toggles = page
    .getByRole("main")
    .getByRole("button", { name: /^Read: / });
  await expect(toggles).toHaveCount(20);
  for (const toggle of await toggles.all())
    await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await page.reload();
  await expect(toggles.first()).toHaveAttribute("aria-pressed", "true");
  await expect(toggles.last()).toHaveAttribute("aria-pressed", "true");

  await page.goto("/");
  await expectHydrated(page);
  await expect(
    listToggle(headlineItem(page, sampleHeadline(1)), "Read"),
  ).toHaveAttribute("aria-pressed", "false");
});

test("the front page counts what arrived since the last visit and the reader has not read", async ({
  page,
}) => {
  const summary = page.getByText(/^45 articles, newest first/);
  await page.goto("/");
  await expectHydrated(page);
  // A first visit: nothing is "new".
  await expect(summary).toHaveText("45 articles, newest first");

  // The previous visit, two hours ago, saw 40 articles: the newest five arrived since.
  await page.evaluate(
    ([key, seenAt]) =>
      localStorage.setItem(
        key,
        JSON.stringify({ before: 40, seen: 40, seenAt }),
      ),
    [LAST_VISIT_KEY, Date.now() - 2 * 60 * 60 * 1000] as const,
  );
  await page.reload();
  await expect(summary).toHaveText(
    "45 articles, newest first · 5 new since your last visit",
  );

  // Reading one of them counts it off; the count stays for the rest of this visit.
  await expectHydrated(page);
  await page.getByRole("link", { name: sampleHeadline(2) }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: sampleHeadline(2) }),
  ).toBeVisible();
  await page.getByRole("link", { name: "← All headlines" }).click();
  await expect(summary).toHaveText(
    "45 articles, newest first · 4 new since your last visit",
  );
  await page.reload();
  await expect(summary).toHaveText(
    "45 articles, newest first · 4 new since your last visit",
  );

  await page
    .getByRole("button", { name: "Mark all on this page as read" })
    .click();
  await expect(summary).toHaveText("45 articles, newest first");
});
