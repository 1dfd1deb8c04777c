import { act, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LanguageControl } from "../../src/i18n/language-control";
import { NOW_TICK_MS } from "../../src/time/time-preferences";
import { TimePreferencesControl } from "../../src/time/time-preferences-control";
import { TIME_PREFERENCES_STORAGE_KEY } from "../../src/time/time-preferences-storage";
import { Timestamp } from "../../src/time/timestamp";
import {
  loadAllCatalogues,
  renderWithPreferences,
} from "../support/render-with-preferences";

const SEED = "2015-10-04T09:19:00+03:00";
const NOW = new Date("2026-11-27T12:00:00Z");

beforeAll(loadAllCatalogues);

function renderPage({
  browserLanguages = ["en-US"] as readonly string[],
  zone = "America/New_York",
  now = NOW as Date | undefined,
} = {}) {
  const view = renderWithPreferences(
    <>
      <LanguageControl />
      <TimePreferencesControl />
      <Timestamp iso={SEED} publisherTimeZone="Europe/Istanbul" />
      <Timestamp iso="2015-10-04T11:49:00+05:30" />
    </>,
    { browserLanguages, readerTimeZone: zone, now },
  );
  const times = () => Array.from(view.container.querySelectorAll("time"));
  return { ...view, times };
}

const stored = () =>
  JSON.parse(
    localStorage.getItem(TIME_PREFERENCES_STORAGE_KEY) ?? "null",
  ) as unknown;

describe("<TimePreferencesControl>", () => {
  it("offers date languages in their own names and the two zone modes, naming the reader's offset now", () => {
    renderPage();
    const select = screen.getByRole("combobox", { name: "Date language" });
    expect(select).toHaveValue("");
    const options = within(select).getAllByRole("option");
    expect(options[0]).toHaveTextContent(
      "Same as the interface (English (US))",
    );
    const turkish = within(select).getByRole("option", { name: "Türkçe" });
    expect(turkish).toHaveAttribute("lang", "tr-TR");
    for (const name of [
      "English (UK)",
      "Deutsch",
      "日本語",
      "العربية",
      "Français",
      "Español",
    ]) {
      expect(within(select).getByRole("option", { name })).toBeInTheDocument();
    }
    const group = screen.getByRole("group", { name: "Show times in" });
    // November: New York is on GMT-5 now, though the October article beside it says GMT-4.
    expect(
      within(group).getByRole("radio", { name: "My time (ET, now GMT-5)" }),
    ).toBeChecked();
    expect(
      within(group).getByRole("radio", { name: "Publisher's time" }),
    ).not.toBeChecked();
  });

  it("changing the date language re-renders every timestamp and persists", async () => {
    const { user, times } = renderPage();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Date language" }),
      "tr-TR",
    );
    const [seed, offset] = times();
    expect(seed).toHaveTextContent(
      /^4 Ekim 2015 02:19 \(Türkiye Saati ile 09:19, GMT\+3\)$/,
    );
    expect(seed).toHaveAttribute("lang", "tr-TR");
    expect(offset).toHaveAttribute("lang", "tr-TR");
    expect(stored()).toEqual({
      language: null,
      locale: "tr-TR",
      zoneMode: "reader",
    });

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Date language" }),
      "",
    );
    expect(times()[0]).toHaveTextContent(/^October 4, 2015/);
    expect(times()[0]).not.toHaveAttribute("lang");
    expect(stored()).toEqual({
      language: null,
      locale: null,
      zoneMode: "reader",
    });
  });

  it("switching to publisher's time re-renders every timestamp and persists", async () => {
    const { user, times } = renderPage();
    await user.click(screen.getByRole("radio", { name: "Publisher's time" }));
    const [seed, offset] = times();
    expect(seed).toHaveTextContent(
      /^October 4, 2015 at 9:19\sAM \(Türkiye Time, GMT\+3\)$/,
    );
    expect(offset).toHaveTextContent(
      /^October 4, 2015 at 11:49\sAM \(GMT\+5:30\)$/,
    );
    expect(stored()).toEqual({
      language: null,
      locale: null,
      zoneMode: "publisher",
    });
  });

  it("restores stored choices on the next visit", () => {
    localStorage.setItem(
      TIME_PREFERENCES_STORAGE_KEY,
      JSON.stringify({ locale: "de-DE", zoneMode: "publisher" }),
    );
    const { times } = renderPage();
    expect(screen.getByRole("combobox", { name: "Date language" })).toHaveValue(
      "de-DE",
    );
    expect(
      screen.getByRole("radio", { name: "Publisher's time" }),
    ).toBeChecked();
    expect(times()[0]).toHaveTextContent(
      /^4\. Oktober 2015 um 09:19 \(OEZ, GMT\+3\)$/,
    );
  });

  it("keeps a stored regional locale that is not in the list, named in its own language", () => {
    localStorage.setItem(
      TIME_PREFERENCES_STORAGE_KEY,
      JSON.stringify({ locale: "de-AT", zoneMode: "reader" }),
    );
    const { times } = renderPage();
    const select = screen.getByRole("combobox", { name: "Date language" });
    expect(select).toHaveValue("de-AT");
    expect(
      within(select).getByRole("option", { selected: true }),
    ).toHaveAttribute("lang", "de-AT");
    expect(times()[0]).toHaveTextContent(/^4\. Oktober 2015/);
  });

  it.each([
    "{corrupt",
    '{"language":"xx","locale":42,"zoneMode":"sideways"}',
    '"tr-TR"',
    // A language Bulletin cannot write a whole timestamp line in.
    '{"locale":"pt-BR"}',
  ])("falls back to defaults silently when storage holds %s", (raw) => {
    localStorage.setItem(TIME_PREFERENCES_STORAGE_KEY, raw);
    const { times } = renderPage();
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("");
    expect(screen.getByRole("combobox", { name: "Date language" })).toHaveValue(
      "",
    );
    expect(screen.getByRole("radio", { name: /^My time/ })).toBeChecked();
    expect(times()[0]).toHaveTextContent(
      /^October 4, 2015 at 2:19\sAM \(9:19\sAM Türkiye Time, GMT\+3\)$/,
    );
  });
});

describe("the interface language", () => {
  afterEach(() => {
    document.documentElement.lang = "en";
  });

  it("follows a Turkish browser, and the dates follow the interface", () => {
    renderPage({ browserLanguages: ["tr-TR", "en"], zone: "Europe/Istanbul" });
    expect(
      screen.getByRole("combobox", { name: "Arayüz dili" }),
    ).toHaveDisplayValue("Tarayıcı varsayılanı (Türkçe)");
    expect(
      screen.getByRole("radio", { name: "Benim saatim (TSİ, şu an GMT+3)" }),
    ).toBeChecked();
    expect(
      screen.getByRole("radio", { name: "Yayıncının saati" }),
    ).not.toBeChecked();
    const [seed] = renderedTimes();
    expect(seed).toHaveTextContent(/^4 Ekim 2015 09:19$/);
    // Dates in the interface's language need no lang of their own.
    expect(seed).not.toHaveAttribute("lang");
    expect(document.documentElement).toHaveAttribute("lang", "tr");
    expect(document.documentElement).toHaveAttribute("dir", "ltr");
  });

  it("switches on the reader's choice, persists it, and keeps a date language chosen apart", async () => {
    const { user, times } = renderPage({ browserLanguages: ["de-DE"] });
    const language = screen.getByRole("combobox", { name: "Language" });
    expect(language).toHaveDisplayValue("Browser default (English)");
    await user.selectOptions(language, "tr");
    expect(screen.getByRole("combobox", { name: "Arayüz dili" })).toHaveValue(
      "tr",
    );
    expect(times()[0]).toHaveTextContent(/^4 Ekim 2015 02:19/);
    expect(stored()).toEqual({
      language: "tr",
      locale: null,
      zoneMode: "reader",
    });

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Tarih dili" }),
      "de-DE",
    );
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Arayüz dili" }),
      "en",
    );
    expect(screen.getByRole("combobox", { name: "Date language" })).toHaveValue(
      "de-DE",
    );
    expect(times()[0]).toHaveTextContent(/^4\. Oktober 2015/);
    expect(times()[0]).toHaveAttribute("lang", "de-DE");
  });
});

function renderedTimes() {
  return Array.from(document.querySelectorAll("time"));
}

describe("<TimePreferencesProvider>", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("advances now every minute so relative times stay fresh", () => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(new Date("2026-11-27T12:00:00Z"));
    renderWithPreferences(
      <Timestamp iso="2026-11-27T11:58:30Z" display="relative" />,
      { browserLanguages: ["en-US"], readerTimeZone: "UTC" },
    );
    expect(screen.getByText("1 minute ago")).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(NOW_TICK_MS);
    });
    expect(screen.getByText("2 minutes ago")).toBeInTheDocument();
  });

  it("follows a choice made in another tab", () => {
    renderPage();
    act(() => {
      localStorage.setItem(
        TIME_PREFERENCES_STORAGE_KEY,
        JSON.stringify({ language: "tr", locale: null, zoneMode: "publisher" }),
      );
      window.dispatchEvent(
        new StorageEvent("storage", { key: TIME_PREFERENCES_STORAGE_KEY }),
      );
    });
    expect(screen.getByRole("combobox", { name: "Arayüz dili" })).toHaveValue(
      "tr",
    );
    expect(
      screen.getByRole("radio", { name: "Yayıncının saati" }),
    ).toBeChecked();
  });

  it("detects the browser's languages when none are injected", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue([
      "xx",
      "ja-JP",
      "tr",
    ]);
    renderWithPreferences(
      <>
        <TimePreferencesControl />
        <Timestamp iso={SEED} publisherTimeZone="Europe/Istanbul" />
      </>,
      { readerTimeZone: "Asia/Tokyo", now: NOW },
    );
    // Japanese has no interface catalogue; Turkish, further down the list, has.
    expect(
      screen.getByRole("option", { name: "Arayüzle aynı (Türkçe)" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^4 Ekim 2015 15:19/)).not.toHaveAttribute("lang");
  });
});
