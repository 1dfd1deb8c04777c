import type { Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAxeViolations } from "./support/axe.ts";
import { expectHydrated } from "./support/expect-hydrated.ts";
import { expect, test } from "./support/fixtures.ts";
import { repoRoot } from "./support/site.ts";
import { seed, unknownArticleId } from "./support/test-data.ts";

/** Every English interface message, split at its placeholders: what a Turkish page must not show. */
const englishInterface = Object.values(
  JSON.parse(
    readFileSync(`${repoRoot}/src/i18n/locales/en.json`, "utf8"),
  ) as Record<string, string>,
)
  .flatMap((message) => message.split(/\{[^}]*\}|<\/?\d+>|[()·:,.→←…]/))
  .map((part) => part.trim())
  .filter((part) => part.length > 2 && part !== "Bulletin");

/**
 * The page's text outside the publisher's content (headline, standfirst, body, source name, the
 * headlines of the articles around it, and the brand), each piece with the `lang` it is marked with.
 */
function interfaceText(page: Page) {
  return page.evaluate(() => {
    const content =
      ".article h1, .standfirst, .article-body, .source, .headline-title, .brand, .date-line q, .neighbour a";
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    const pieces: { text: string; lang: string }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? "";
      if (!parent || !text || parent.closest(content)) continue;
      // Language names are each in their own language, and marked so.
      if (parent.closest("script, style, [hidden], option[lang]")) continue;
      pieces.push({
        text,
        lang: parent.closest("[lang]")?.getAttribute("lang") ?? "",
      });
    }
    return pieces;
  });
}

const settingsButton = (page: Page, name: string) =>
  page.getByRole("button", { name });

test.describe("a Turkish browser in Istanbul", () => {
  test.use({ locale: "tr-TR", timezoneId: "Europe/Istanbul" });

  test("the seed article's interface is all Turkish and its update line reads as a Turkish reader expects", async ({
    page,
  }) => {
    await page.goto(seed.path);
    await expect(
      page.getByRole("heading", { level: 1, name: seed.headline }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("article")).toHaveAttribute("lang", "en");

    // 4 October 2015, 09:19 Istanbul time, read in Istanbul: one clock, no zone to explain.
    const line = page.locator(".article-dates p");
    await expect(line).toHaveText("Güncellendi 4 Ekim 2015 09:19");
    await expect(line.locator("time")).toHaveAttribute(
      "title",
      "4 Ekim 2015 Pazar 09:19 (Türkiye Saati, GMT+3)",
    );
    await expect(
      page.getByRole("link", { name: "← Tüm haberler" }),
    ).toBeVisible();

    await settingsButton(page, "Dil ve saat").click();
    await expect(page.getByLabel("Arayüz dili")).toHaveValue("");
    await expect(
      page.getByRole("radio", { name: /^Benim saatim \(TSİ, şu an GMT\+3\)$/ }),
    ).toBeChecked();

    const pieces = await interfaceText(page);
    expect(pieces.length).toBeGreaterThan(10);
    for (const { text, lang } of pieces) {
      expect(lang, `"${text}" is marked Turkish`).toMatch(/^tr/);
      for (const english of englishInterface) {
        expect(text, `"${text}" holds the English "${english}"`).not.toContain(
          english,
        );
      }
    }
  });

  test("the list, not-found and error pages are Turkish too", async ({
    page,
    problems,
  }) => {
    await page.goto("/");
    await expect(
      page.getByRole("heading", { level: 1, name: "Son haberler" }),
    ).toBeVisible();
    await expect(page).toHaveTitle("Son haberler · Bulletin");
    await expect(page.getByText("45 haber, en yenisi başta")).toBeVisible();
    await expect(page.getByRole("link", { name: "Daha eski →" })).toBeVisible();

    // An in-app navigation whose data fails: the error view, in Turkish.
    problems.allow(/\/data\/headlines\/1\.json/);
    await page.route("**/data/headlines/1.json", (route) =>
      route.fulfill({ status: 500, body: "" }),
    );
    await page.getByRole("link", { name: "Daha eski →" }).click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Sunucu bu sayfayı gönderemedi",
      }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Yeniden dene" }),
    ).toBeVisible();

    // An unknown address is answered with the not-found page and HTTP 404.
    const unknown = `/no/such/page/${unknownArticleId}`;
    problems.allowNotFound(unknown);
    expect((await page.goto(unknown))?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { level: 1, name: "Sayfa bulunamadı" }),
    ).toBeVisible();
  });
});

test.describe("an Arabic date language", () => {
  test.use({ locale: "ar", timezoneId: "Africa/Cairo" });

  test("keeps the timestamp line in right-to-left order, the zone phrase isolated", async ({
    page,
  }) => {
    await page.goto(seed.path);
    await expectHydrated(page);
    // Bulletin has no Arabic interface: English, with English dates, until the reader asks.
    await expect(page.locator(".article-dates p")).toContainText("Updated");
    await settingsButton(page, "Language and time").click();
    await page.getByLabel("Date language").selectOption({ label: "العربية" });

    const line = page.locator(".article-dates .timestamp-labelled");
    await expect(line).toHaveAttribute("lang", "ar");
    await expect(line).toHaveAttribute("dir", "rtl");
    const label = line.locator(".timestamp-label");
    await expect(label).toHaveText("حُدّث");
    // Cairo was on GMT+2 on 4 October 2015, Istanbul on GMT+3: the line names Istanbul's clock.
    const note = line.locator("bdi");
    await expect(note).toHaveText(/^\(.+ توقيت تركيا، غرينتش\+3\)$/);
    expect(await line.innerText()).not.toMatch(/[A-Za-z]/);

    // Right to left: the label starts the line at the right, the zone phrase ends it at the left,
    // and the phrase's brackets enclose it on both sides.
    const labelBox = await label.boundingBox();
    const noteBox = await note.boundingBox();
    expect(labelBox && noteBox).toBeTruthy();
    if (labelBox && noteBox) {
      expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(labelBox.x);
    }
    const order = await note.evaluate((element) => {
      const range = document.createRange();
      const text = element.firstChild;
      if (!text) return null;
      const at = (index: number) => {
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect().x;
      };
      const content = text.textContent ?? "";
      return { open: at(0), close: at(content.length - 1) };
    });
    // In RTL the opening bracket is drawn at the right end, the closing one at the left end.
    expect(order && order.open > order.close).toBe(true);
  });
});

test.describe("switching the interface language", () => {
  test.use({
    locale: "en-GB",
    timezoneId: "Europe/London",
    viewport: { width: 360, height: 500 },
  });

  test("keeps the URL, the scroll position and the focus", async ({ page }) => {
    await page.goto(seed.path);
    await expect(
      page.getByRole("heading", { level: 1, name: seed.headline }),
    ).toBeVisible();
    await expectHydrated(page);
    await settingsButton(page, "Language and time").click();
    const language = page.getByLabel("Language", { exact: true });
    await language.focus();
    await page.evaluate(() => window.scrollTo(0, 250));
    expect(await page.evaluate(() => window.scrollY)).toBe(250);
    // What the reader is looking at: the article's first paragraph, part way up the screen.
    const reading = page.locator(".article-body p").first();
    const before = (await reading.boundingBox())?.y;

    await language.selectOption("tr");
    await expect(page.locator("html")).toHaveAttribute("lang", "tr");
    await expect(page.locator(".article-dates p")).toContainText("Güncellendi");
    await expect(page).toHaveURL(seed.path);
    // The interface text above it changed length; the browser's scroll anchoring keeps the
    // paragraph where it was on screen.
    expect((await reading.boundingBox())?.y).toBeCloseTo(before ?? NaN, 0);
    const turkish = page.getByLabel("Arayüz dili");
    await expect(turkish).toBeFocused();
    await expect(turkish).toHaveValue("tr");

    // Kept on this device: a reload comes back in Turkish.
    await page.reload();
    await expect(
      page.getByRole("link", { name: "← Tüm haberler" }),
    ).toBeVisible();
  });
});

test.describe("the header on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const { locale, button, select } of [
    { locale: "en-GB", button: "Language and time", select: "Date language" },
    { locale: "tr-TR", button: "Dil ve saat", select: "Tarih dili" },
  ]) {
    test(`${locale}: at most 100 px tall, the settings one step away`, async ({
      openPage,
    }) => {
      const page = await openPage({ locale });
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Measured in the reader's language, which the app puts in place after hydration.
      await expectHydrated(page);
      const toggle = settingsButton(page, button);
      await expect(toggle).toHaveAttribute("aria-expanded", "false");
      const header = await page.locator(".site-header").boundingBox();
      expect(header?.height).toBeLessThanOrEqual(100);
      await expect(page.getByLabel(select)).toBeHidden();

      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(page.getByLabel(select)).toBeVisible();
      // Opened, nothing overflows sideways.
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    });
  }
});

const axeViews: {
  name: string;
  open: (page: Page, button: string) => Promise<void>;
}[] = [
  {
    name: "the list with the settings open",
    open: async (page, button) => {
      await page.goto("/");
      await expectHydrated(page);
      await settingsButton(page, button).click();
    },
  },
  {
    name: "an article with the settings open",
    open: async (page, button) => {
      await page.goto(seed.path);
      await expectHydrated(page);
      await settingsButton(page, button).click();
    },
  },
  {
    name: "the not-found view",
    open: async (page) => {
      await page.goto(`/no/such/page/${unknownArticleId}`);
    },
  },
];

for (const { locale, button } of [
  { locale: "en-GB", button: "Language and time" },
  { locale: "tr-TR", button: "Dil ve saat" },
]) {
  for (const width of [320, 1280]) {
    test.describe(`${locale} at ${width} px`, () => {
      test.use({ locale, viewport: { width, height: 720 } });

      for (const view of axeViews) {
        test(`${view.name} has no axe violations`, async ({
          page,
          problems,
        }) => {
          // An unknown address is answered with HTTP 404, as it should be.
          problems.allowNotFound(`/no/such/page/${unknownArticleId}`);
          await view.open(page, button);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          // The reader's language is in place (after hydration, for a Turkish reader).
          await expect(settingsButton(page, button)).toBeVisible();
          await expectNoAxeViolations(page);
        });
      }
    });
  }
}
