import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { TimePreferencesControl } from "../../src/time/time-preferences-control";
import { TIME_PREFERENCES_STORAGE_KEY } from "../../src/time/time-preferences-storage";
import {
  TimePreferencesProvider,
  NOW_TICK_MS,
} from "../../src/time/time-preferences";
import { Timestamp } from "../../src/time/timestamp";

const SEED = "2015-10-04T09:19:00+03:00";
const NOW = new Date("2026-11-27T12:00:00Z");

function renderPage({
  locale = "en-US",
  zone = "America/New_York",
  now = NOW as Date | undefined,
} = {}) {
  const user = userEvent.setup();
  const view = render(
    <TimePreferencesProvider
      initialLocale={locale}
      readerTimeZone={zone}
      now={now}
    >
      <TimePreferencesControl />
      <Timestamp iso={SEED} publisherTimeZone="Europe/Istanbul" />
      <Timestamp iso="2015-10-04T11:49:00+05:30" />
    </TimePreferencesProvider>,
  );
  const times = () => Array.from(view.container.querySelectorAll("time"));
  return { ...view, user, times };
}

const stored = () =>
  JSON.parse(
    localStorage.getItem(TIME_PREFERENCES_STORAGE_KEY) ?? "null",
  ) as unknown;

describe("<TimePreferencesControl>", () => {
  it("offers languages in their own names and the two zone modes", () => {
    renderPage();
    const select = screen.getByRole("combobox", { name: "Date language" });
    expect(select).toHaveValue("");
    const options = within(select).getAllByRole("option");
    expect(options[0]).toHaveTextContent("Browser default (English (US))");
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
    expect(
      within(group).getByRole("radio", { name: "My time (New York, GMT-5)" }),
    ).toBeChecked();
    expect(
      within(group).getByRole("radio", { name: "Publisher's time" }),
    ).not.toBeChecked();
  });

  it("changing the language re-renders every timestamp and persists", async () => {
    const { user, times } = renderPage();
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Date language" }),
      "tr-TR",
    );
    const [seed, offset] = times();
    expect(seed).toHaveTextContent(/^4 Ekim 2015 02:19 /);
    expect(seed).toHaveAttribute("lang", "tr-TR");
    expect(offset).toHaveAttribute("lang", "tr-TR");
    expect(stored()).toEqual({ locale: "tr-TR", zoneMode: "reader" });

    await user.selectOptions(
      screen.getByRole("combobox", { name: "Date language" }),
      "",
    );
    expect(times()[0]).toHaveTextContent(/^October 4, 2015/);
    expect(stored()).toEqual({ locale: null, zoneMode: "reader" });
  });

  it("switching to publisher's time re-renders every timestamp and persists", async () => {
    const { user, times } = renderPage();
    await user.click(screen.getByRole("radio", { name: "Publisher's time" }));
    const [seed, offset] = times();
    expect(seed).toHaveTextContent(
      /^October 4, 2015 at 9:19\sAM \(Istanbul, GMT\+3\)$/,
    );
    expect(offset).toHaveTextContent(
      /^October 4, 2015 at 11:49\sAM \(GMT\+5:30\)$/,
    );
    expect(stored()).toEqual({ locale: null, zoneMode: "publisher" });
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
      /^4\. Oktober 2015 um 09:19 \(Istanbul, GMT\+3\)$/,
    );
  });

  it("keeps a stored locale that is not in the list, named in its own language", () => {
    localStorage.setItem(
      TIME_PREFERENCES_STORAGE_KEY,
      JSON.stringify({ locale: "pt-BR", zoneMode: "reader" }),
    );
    const { times } = renderPage();
    const select = screen.getByRole("combobox", { name: "Date language" });
    expect(select).toHaveValue("pt-BR");
    expect(
      within(select).getByRole("option", { selected: true }),
    ).toHaveAttribute("lang", "pt-BR");
    expect(times()[0]).toHaveTextContent(/^4 de outubro de 2015/);
  });

  it.each(["{corrupt", '{"locale":42,"zoneMode":"sideways"}', '"tr-TR"'])(
    "falls back to defaults silently when storage holds %s",
    (raw) => {
      localStorage.setItem(TIME_PREFERENCES_STORAGE_KEY, raw);
      const { times } = renderPage();
      expect(
        screen.getByRole("combobox", { name: "Date language" }),
      ).toHaveValue("");
      expect(screen.getByRole("radio", { name: /^My time/ })).toBeChecked();
      expect(times()[0]).toHaveTextContent(
        /^October 4, 2015 at 2:19\sAM \(9:19\sAM in Istanbul/,
      );
    },
  );
});

describe("<TimePreferencesProvider>", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("advances now every minute so relative times stay fresh", () => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(new Date("2026-11-27T12:00:00Z"));
    render(
      <TimePreferencesProvider initialLocale="en-US" readerTimeZone="UTC">
        <Timestamp iso="2026-11-27T11:58:30Z" display="relative" />
      </TimePreferencesProvider>,
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
        JSON.stringify({ locale: "tr-TR", zoneMode: "publisher" }),
      );
      window.dispatchEvent(
        new StorageEvent("storage", { key: TIME_PREFERENCES_STORAGE_KEY }),
      );
    });
    expect(screen.getByRole("combobox", { name: "Date language" })).toHaveValue(
      "tr-TR",
    );
    expect(
      screen.getByRole("radio", { name: "Publisher's time" }),
    ).toBeChecked();
  });

  it("detects the browser's languages when no locale is injected", () => {
    vi.spyOn(navigator, "languages", "get").mockReturnValue(["xx", "ja-JP"]);
    render(
      <TimePreferencesProvider readerTimeZone="Asia/Tokyo" now={NOW}>
        <TimePreferencesControl />
        <Timestamp iso={SEED} publisherTimeZone="Europe/Istanbul" />
      </TimePreferencesProvider>,
    );
    expect(
      screen.getByRole("option", { name: "Browser default (日本語)" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/^2015年10月4日 15:19/)).toHaveAttribute(
      "lang",
      "ja-JP",
    );
  });
});
