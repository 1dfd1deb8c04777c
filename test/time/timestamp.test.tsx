import { render, screen } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { TIME_PREFERENCES_STORAGE_KEY } from "../../src/time/time-preferences-storage";
import { Timestamp, type TimestampProps } from "../../src/time/timestamp";
import {
  loadAllCatalogues,
  renderWithPreferences,
} from "../support/render-with-preferences";

const SEED = "2015-10-04T09:19:00+03:00";
const NOW = new Date("2026-11-27T12:00:00Z");

beforeAll(loadAllCatalogues);

/** An English (US) interface with `locale` chosen as the date language. */
function renderTimestamp(
  props: TimestampProps,
  {
    locale = "en-US",
    zone = "America/New_York",
    now = NOW,
  }: { locale?: string; zone?: string; now?: Date } = {},
) {
  if (locale !== "en-US") {
    localStorage.setItem(
      TIME_PREFERENCES_STORAGE_KEY,
      JSON.stringify({ locale, zoneMode: "reader" }),
    );
  }
  const { container } = renderWithPreferences(<Timestamp {...props} />, {
    browserLanguages: ["en-US"],
    readerTimeZone: zone,
    now,
  });
  const time = container.querySelector("time");
  if (!time) throw new Error("no <time> rendered");
  return time;
}

describe("<Timestamp> absolute", () => {
  it("shows the reader's time and the publisher's where the clocks differ", () => {
    const time = renderTimestamp({
      iso: SEED,
      publisherTimeZone: "Europe/Istanbul",
    });
    expect(time).toHaveAttribute("dateTime", SEED);
    expect(time).toHaveTextContent(
      /^October 4, 2015 at 2:19\sAM \(9:19\sAM Türkiye Time, GMT\+3\)$/,
    );
    expect(time.title).toMatch(
      /^Sunday, October 4, 2015 at 2:19\sAM \(ET, GMT-4\)$/,
    );
    expect(time).not.toHaveAttribute("lang");
  });

  it("shows one clock when reader and publisher agree", () => {
    const time = renderTimestamp(
      { iso: SEED, publisherTimeZone: "Europe/Istanbul" },
      { locale: "tr-TR", zone: "Europe/Istanbul" },
    );
    expect(time).toHaveTextContent(/^4 Ekim 2015 09:19$/);
    expect(time).toHaveAttribute("lang", "tr-TR");
    expect(time.title).toBe("4 Ekim 2015 Pazar 09:19 (Türkiye Saati, GMT+3)");
  });

  it("shows 08:19 to a German reader in Berlin", () => {
    const time = renderTimestamp(
      { iso: SEED, publisherTimeZone: "Europe/Istanbul" },
      { locale: "de-DE", zone: "Europe/Berlin" },
    );
    expect(time).toHaveTextContent(
      /^4\. Oktober 2015 um 08:19 \(09:19 OEZ, GMT\+3\)$/,
    );
    expect(time).toHaveAttribute("lang", "de-DE");
  });

  it("isolates the direction of a date in another script", () => {
    const time = renderTimestamp(
      { iso: SEED, publisherTimeZone: "Europe/Istanbul" },
      { locale: "ar", zone: "Europe/Istanbul" },
    );
    expect(time).toHaveAttribute("lang", "ar");
    expect(time).toHaveAttribute("dir", "rtl");
    expect(time).toHaveTextContent(
      new Intl.DateTimeFormat("ar", {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: "Europe/Istanbul",
      }).format(new Date(SEED)),
    );
  });

  it("uses the ISO offset as the publisher's clock when no zone is given", () => {
    const time = renderTimestamp({ iso: "2015-10-04T11:49:00+05:30" });
    expect(time).toHaveTextContent(/\(11:49\sAM GMT\+5:30\)$/);
  });

  it("shows the publisher's time with its zone in publisher mode", () => {
    localStorage.setItem(
      TIME_PREFERENCES_STORAGE_KEY,
      JSON.stringify({ locale: null, zoneMode: "publisher" }),
    );
    const time = renderTimestamp({
      iso: SEED,
      publisherTimeZone: "Europe/Istanbul",
    });
    expect(time).toHaveTextContent(
      /^October 4, 2015 at 9:19\sAM \(Türkiye Time, GMT\+3\)$/,
    );
    expect(time.title).toMatch(/\(Türkiye Time, GMT\+3\)$/);
  });

  it("renders an optional label outside the <time>", () => {
    const time = renderTimestamp({
      iso: SEED,
      publisherTimeZone: "Europe/Istanbul",
      label: "updated",
    });
    expect(time.parentElement).toHaveTextContent(/^Updated October 4, 2015/);
    expect(time).not.toHaveTextContent("Updated");
  });

  it("writes the label in the date language too, and marks the whole line", () => {
    const time = renderTimestamp(
      { iso: SEED, publisherTimeZone: "Europe/Istanbul", label: "updated" },
      { locale: "tr-TR" },
    );
    const line = time.parentElement as HTMLElement;
    expect(line).toHaveTextContent(
      /^Güncellendi 4 Ekim 2015 02:19 \(Türkiye Saati ile 09:19, GMT\+3\)$/,
    );
    expect(line).toHaveAttribute("lang", "tr-TR");
    expect(time).not.toHaveAttribute("lang");
  });

  it("keeps an Arabic line in order: right to left, the zone phrase isolated", () => {
    const time = renderTimestamp(
      { iso: SEED, publisherTimeZone: "Europe/Istanbul", label: "published" },
      { locale: "ar" },
    );
    const line = time.parentElement as HTMLElement;
    expect(line).toHaveAttribute("lang", "ar");
    expect(line).toHaveAttribute("dir", "rtl");
    expect(line.querySelector(".timestamp-label")).toHaveTextContent("نُشر");
    const note = time.querySelector("bdi");
    expect(note?.textContent).toMatch(/^\(.*توقيت تركيا، .*\)$/);
    expect(line.textContent).not.toMatch(/[A-Za-z]/);
  });
});

describe("<Timestamp> relative", () => {
  it("shows relative text visually and the absolute date to screen readers", () => {
    const iso = "2026-11-27T09:00:00+03:00";
    const time = renderTimestamp({
      iso,
      publisherTimeZone: "Europe/Istanbul",
      display: "relative",
    });
    const relative = screen.getByText("6 hours ago");
    expect(relative).toHaveAttribute("aria-hidden", "true");
    const hidden = time.querySelector(".visually-hidden");
    expect(hidden).toHaveTextContent(
      /^November 27, 2026 at 1:00\sAM \(9:00\sAM Türkiye Time, GMT\+3\)$/,
    );
    expect(hidden).not.toHaveAttribute("aria-hidden");
    expect(time).toHaveAttribute("dateTime", iso);
    expect(time.title).toMatch(/^Friday, November 27, 2026 at 1:00\sAM/);
  });

  it("speaks Turkish relative time", () => {
    renderTimestamp(
      { iso: "2026-11-26T10:00:00+03:00", display: "relative" },
      { locale: "tr-TR", zone: "Europe/Istanbul" },
    );
    expect(screen.getByText("dün")).toBeInTheDocument();
  });

  it("falls back to the absolute date past the cut-off", () => {
    const time = renderTimestamp({
      iso: SEED,
      publisherTimeZone: "Europe/Istanbul",
      display: "relative",
    });
    expect(time).toHaveTextContent(/^October 4, 2015 at 2:19\sAM/);
    expect(time.querySelector("[aria-hidden]")).toBeNull();
    expect(time.querySelector(".visually-hidden")).toBeNull();
  });
});

describe("<Timestamp> outside a provider", () => {
  it("fails loudly with a pointer to the provider", () => {
    // React reports the thrown render error through console.error; that is the point here.
    const consoleError = console.error;
    console.error = () => undefined;
    try {
      expect(() => render(<Timestamp iso={SEED} />)).toThrow(
        /TimePreferencesProvider/,
      );
    } finally {
      console.error = consoleError;
    }
  });
});
