import { expectNoAxeViolations } from "./support/axe.ts";
import { expect, test } from "./support/fixtures.ts";
import {
  allowOfflineFailures,
  articleToggle,
  headlineItem,
  listToggle,
  serviceWorkerInControl,
} from "./support/reader.ts";
import { sampleHeadline, seed } from "./support/test-data.ts";

const savedCopyPath = `/saved/${seed.id}-${seed.slug}`;
const seedParagraph =
  /^Iraq is ready to share anti-ISIL intelligence with Russia, Iran and Syria/;

test.describe("with the service worker", () => {
  test.use({ serviceWorkers: "allow" });

  test("save an article, reload, find it on /saved, go offline and open it from there", async ({
    page,
    problems,
  }) => {
    await page.goto(seed.path);
    await serviceWorkerInControl(page);
    const save = articleToggle(page, "Save");
    await expect(save).toHaveAttribute("aria-pressed", "false");
    await save.click();
    await expect(save).toHaveAttribute("aria-pressed", "true");

    await page.reload();
    await expect(
      page.getByRole("heading", { level: 1, name: seed.headline }),
    ).toBeVisible();
    await expect(save).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("link", { name: "Saved", exact: true }).click();
    await expect(page).toHaveURL("/saved");
    await expect(
      page.getByRole("heading", { level: 1, name: "Saved articles" }),
    ).toBeVisible();
    await expect(
      page.getByText("1 saved article, newest saved first"),
    ).toBeVisible();

    allowOfflineFailures(problems);
    await page.context().setOffline(true);
    await page
      .getByRole("main")
      .getByRole("link", { name: seed.headline })
      .click();
    await expect(page).toHaveURL(savedCopyPath);
    await expect(
      page.getByRole("heading", { level: 1, name: seed.headline }),
    ).toBeFocused();
    await expect(page.getByText(seedParagraph)).toBeVisible();
    await expect(
      page.getByText(/^The copy saved on this device on /),
    ).toBeVisible();

    // A cold start with the network still off: a new tab straight to the saved copy and /saved.
    const later = await page.context().newPage();
    problems.watch(later);
    await later.goto(savedCopyPath);
    await expect(later.getByText(seedParagraph)).toBeVisible();
    await later.goto("/saved");
    await expect(
      later.getByRole("main").getByRole("link", { name: seed.headline }),
    ).toBeVisible();
  });
});

test("a headline saved from the list keeps its whole article; unsaved, it stays listed until the reader leaves", async ({
  page,
}) => {
  await page.goto("/");
  const toggle = listToggle(headlineItem(page, sampleHeadline(2)), "Save");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("link", { name: "Saved", exact: true }).click();
  await expect(page.getByRole("link", { name: "Saved" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(
    page.getByText("1 saved article, newest saved first"),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  // The saved copy is read from the device alone.
  await page
    .getByRole("main")
    .getByRole("link", { name: sampleHeadline(2) })
    .click();
  await expect(page).toHaveURL(/^.*\/saved\/[0-9a-f]{12}-test-sample-02-/);
  await expect(
    page.getByText("This is sample article 2 of the browser test data set."),
  ).toBeVisible();
  await expect(articleToggle(page, "Save")).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.getByRole("link", { name: "← Saved articles" }).click();

  const listed = listToggle(headlineItem(page, sampleHeadline(2)), "Save");
  await listed.click();
  await expect(listed).toHaveAttribute("aria-pressed", "false");
  // Still there, so an accidental click is undone with another.
  await expect(
    page.getByRole("main").getByRole("link", { name: sampleHeadline(2) }),
  ).toBeVisible();

  await page.getByRole("link", { name: "Bulletin", exact: true }).click();
  await page.getByRole("link", { name: "Saved", exact: true }).click();
  await expect(page.getByText(/^Nothing saved yet\./)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("another tab follows what this one saves and reads", async ({
  page,
  problems,
}) => {
  const other = await page.context().newPage();
  problems.watch(other);
  await page.goto("/");
  await other.goto("/");
  await expect(
    listToggle(headlineItem(other, sampleHeadline(1)), "Save"),
  ).toHaveAttribute("aria-pressed", "false");

  await listToggle(headlineItem(page, sampleHeadline(1)), "Save").click();
  await expect(
    listToggle(headlineItem(other, sampleHeadline(1)), "Save"),
  ).toHaveAttribute("aria-pressed", "true");

  await listToggle(headlineItem(other, sampleHeadline(3)), "Read").click();
  await expect(
    listToggle(headlineItem(page, sampleHeadline(3)), "Read"),
  ).toHaveAttribute("aria-pressed", "true");
});

test.describe("a saved copy of an article the publisher changed since", () => {
  const corrections = [
    {
      name: "corrected",
      change: {
        headline: `Corrected: ${seed.headline}`,
        updatedAt: "2015-10-05T10:00:00+03:00",
      },
      notice: "A newer version exists.",
      current: `Corrected: ${seed.headline}`,
    },
    {
      name: "withdrawn",
      change: {
        withdrawn: {
          at: "2015-10-06T10:00:00+03:00",
          reason: "Sources could not be confirmed.",
        },
        body: [],
      },
      notice: "It has since been withdrawn.",
      current: seed.headline,
    },
  ];
  for (const correction of corrections) {
    test(`stays readable as saved and links to the ${correction.name} version`, async ({
      page,
      problems,
    }) => {
      await page.goto(seed.path);
      await articleToggle(page, "Save").click();
      await expect(articleToggle(page, "Save")).toHaveAttribute(
        "aria-pressed",
        "true",
      );
      await page.route(`**/data/articles/${seed.id}.json`, async (route) => {
        const response = await route.fetch();
        const json = (await response.json()) as Record<string, unknown>;
        await route.fulfill({
          response,
          json: { ...json, ...correction.change },
        });
      });
      // Published pages do not include /saved/…: the static host answers with 404.html, which
      // starts the app all the same.
      problems.allowNotFound(savedCopyPath);
      await page.goto(savedCopyPath);
      await expect(
        page.getByRole("heading", { level: 1, name: seed.headline }),
      ).toBeVisible();
      await expect(page.getByText(seedParagraph)).toBeVisible();
      await expect(page.getByText(correction.notice)).toBeVisible();

      await page
        .getByRole("link", { name: "Read the current version" })
        .click();
      await expect(page).toHaveURL(seed.path);
      await expect(
        page.getByRole("heading", { level: 1, name: correction.current }),
      ).toBeVisible();
    });
  }
});
