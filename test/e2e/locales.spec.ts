import type { Page } from "@playwright/test";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { seed } from "./support/test-data.ts";

/** The seed's update time, 2015-10-04 09:19 in Istanbul (UTC+3), as UTC milliseconds. */
const SEED_INSTANT = Date.UTC(2015, 9, 4, 6, 19);

/** ICU separates times and day periods with narrow or no-break spaces; literals use plain ones. */
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

const seedTime = (page: Page) => page.getByRole("article").locator("time");

/** Opens the header's language and time settings (one step). */
async function openSettings(page: Page, name = "Language and time") {
  await page.getByRole("button", { name }).click();
}

/**
 * What the article should show, computed by the same browser's Intl: the date and time in the
 * reader's zone (the browser's) and the date language, and the publisher's time of day in Istanbul.
 */
function expectedInPage(page: Page, dateLocale: string) {
  return page.evaluate(
    ({ instant, locale }) => {
      const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const format = (options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(locale, options).format(new Date(instant));
      return {
        browserLocale: navigator.language,
        readerZone,
        readerDateTime: format({
          dateStyle: "long",
          timeStyle: "short",
          timeZone: readerZone,
        }),
        readerFull: format({
          dateStyle: "full",
          timeStyle: "short",
          timeZone: readerZone,
        }),
        publisherTime: format({
          timeStyle: "short",
          timeZone: "Europe/Istanbul",
        }),
      };
    },
    { instant: SEED_INSTANT, locale: dateLocale },
  );
}

/**
 * Dates follow the interface language (English, or Turkish for a Turkish browser), in the
 * browser's own regional variant of it where it has one.
 */
const matrix: {
  locale: string;
  timezoneId: string;
  dateLocale: string;
  label: string;
  /** Hand-written expectations, spaces normalised, for the cases a reader would check by eye. */
  literals: string[];
}[] = [
  {
    locale: "en-US",
    timezoneId: "America/New_York",
    dateLocale: "en-US",
    label: "Updated",
    literals: ["October 4, 2015", "2:19 AM", "(9:19 AM Türkiye Time, GMT+3)"],
  },
  {
    locale: "en-GB",
    timezoneId: "Europe/London",
    dateLocale: "en-GB",
    label: "Updated",
    literals: ["4 October 2015", "07:19", "(09:19 EET, GMT+3)"],
  },
  {
    locale: "tr-TR",
    timezoneId: "Europe/Istanbul",
    dateLocale: "tr-TR",
    label: "Güncellendi",
    literals: ["4 Ekim 2015 09:19"],
  },
  {
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    dateLocale: "en",
    label: "Updated",
    literals: ["October 4, 2015 at 8:19 AM", "(9:19 AM Türkiye Time, GMT+3)"],
  },
  {
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    dateLocale: "en",
    label: "Updated",
    literals: ["October 4, 2015 at 3:19 PM"],
  },
  {
    locale: "ar-EG",
    timezoneId: "Africa/Cairo",
    dateLocale: "en",
    label: "Updated",
    literals: [],
  },
];

for (const { locale, timezoneId, dateLocale, label, literals } of matrix) {
  test.describe(`${locale} in ${timezoneId}`, () => {
    test.use({ locale, timezoneId });

    test("the seed article shows its update time in the interface's language and the reader's zone", async ({
      page,
    }) => {
      await page.goto(seed.path);
      await expect(
        page.getByRole("heading", { level: 1, name: seed.headline }),
      ).toBeVisible();
      // The published page shows the publisher's time; the reader's follows hydration.
      await expectHydrated(page);
      const time = seedTime(page);
      const expected = await expectedInPage(page, dateLocale);
      expect(expected.browserLocale).toBe(locale);
      expect(expected.readerZone).toBe(timezoneId);

      // The machine-readable instant never changes with the reader.
      await expect(time).toHaveAttribute("datetime", seed.updatedAt);
      const instant = await time.evaluate((element) =>
        Date.parse(element.getAttribute("datetime") ?? ""),
      );
      expect(instant).toBe(SEED_INSTANT);

      // The label is in the same language as the date: one line, one language.
      const line = page.locator(".article-dates p");
      await expect(line.locator(".timestamp-label")).toHaveText(label);
      const shown = await time.innerText();
      expect(shown.startsWith(expected.readerDateTime)).toBe(true);
      if (timezoneId === seed.publisherTimeZone) {
        // Same wall clock as the publisher: one time, no second zone.
        expect(shown).toBe(expected.readerDateTime);
      } else {
        expect(shown).toContain(expected.publisherTime);
        expect(shown).toMatch(/GMT\+3\)$/);
      }
      for (const literal of literals) {
        expect(plainSpaces(shown)).toContain(literal);
      }
      // The full date, with the weekday and zone, is there on hover too.
      const title = (await time.getAttribute("title")) ?? "";
      expect(title.startsWith(expected.readerFull)).toBe(true);
    });
  });
}

test.describe("the reader's time preferences", () => {
  test.use({ locale: "en-US", timezoneId: "America/New_York" });

  test("the date language and my time / publisher's time change what is shown and persist across a reload", async ({
    page,
  }) => {
    await page.goto(seed.path);
    await expectHydrated(page);
    await openSettings(page);
    const time = seedTime(page);
    const language = page.getByLabel("Date language");
    const myTime = page.getByRole("radio", { name: /^My time/ });
    const publisherTime = page.getByRole("radio", { name: "Publisher's time" });

    await expect(language).toHaveValue("");
    await expect(myTime).toBeChecked();
    // The reader's zone as it is now (whatever the season), and said to be now.
    await expect(myTime).toHaveAccessibleName(/^My time \(ET, now GMT-[45]\)$/);
    await expect(time).toContainText("October 4, 2015");
    await expect(time).toContainText(/2:19\s?AM/);

    await language.selectOption({ label: "Türkçe" });
    await expect(time).toContainText("4 Ekim 2015 02:19");
    await expect(time).toContainText("(Türkiye Saati ile 09:19, GMT+3)");
    const line = page.locator(".article-dates p .timestamp-labelled");
    await expect(line).toHaveAttribute("lang", "tr-TR");
    await expect(line.locator(".timestamp-label")).toHaveText("Güncellendi");

    await publisherTime.check();
    await expect(time).toHaveText("4 Ekim 2015 09:19 (Türkiye Saati, GMT+3)");
    await expect(time).toHaveAttribute("datetime", seed.updatedAt);

    await page.reload();
    await expect(
      page.getByRole("heading", { level: 1, name: seed.headline }),
    ).toBeVisible();
    // The published page is in English; the stored choices show once the app has taken over.
    await expect(time).toHaveText("4 Ekim 2015 09:19 (Türkiye Saati, GMT+3)");
    await openSettings(page);
    await expect(language).toHaveValue("tr-TR");
    await expect(publisherTime).toBeChecked();

    // The choice applies to every timestamp, the list's included.
    await page.getByRole("link", { name: "Bulletin", exact: true }).click();
    const listEntry = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: seed.headline }) });
    await expect(listEntry.locator("time")).toContainText("4 Ekim 2015 09:19");

    // Back to the defaults: the interface's language and the reader's own clock.
    await language.selectOption({
      label: "Same as the interface (English (US))",
    });
    await myTime.check();
    await expect(listEntry.locator("time")).toContainText(/2:19\s?AM/);
    await page.reload();
    await expectHydrated(page);
    await openSettings(page);
    await expect(language).toHaveValue("");
    await expect(myTime).toBeChecked();
  });

  test("preferences stay in the browser that chose them", async ({
    page,
    openPage,
  }) => {
    await page.goto(seed.path);
    await expectHydrated(page);
    await openSettings(page);
    await page.getByLabel("Date language").selectOption({ label: "Deutsch" });
    await expect(seedTime(page)).toContainText("4. Oktober 2015");

    const other = await openPage();
    await other.goto(seed.path);
    await expectHydrated(other);
    await expect(seedTime(other)).toContainText("October 4, 2015");
  });
});
