import type { I18n } from "@lingui/core";
import { act, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { interfaceCatalogues } from "../../src/i18n/interface-catalogues";
import { INTERFACE_PENDING_ATTRIBUTE } from "../../src/i18n/interface-pending";
import { LanguageControl } from "../../src/i18n/language-control";
import { Timestamp } from "../../src/time/timestamp";
import { renderWithPreferences } from "../support/render-with-preferences";

const SEED = "2015-10-04T09:19:00+03:00";
const options = {
  readerTimeZone: "Europe/Istanbul",
  now: new Date("2026-11-27T12:00:00Z"),
};
const load = interfaceCatalogues.load.bind(interfaceCatalogues);
const loaded = interfaceCatalogues.loaded.bind(interfaceCatalogues);

afterEach(() => {
  document.documentElement.lang = "en";
  document.documentElement.removeAttribute(INTERFACE_PENDING_ATTRIBUTE);
});

/**
 * Holds the Turkish catalogue back, as a slow network does: `arrive` is set once the app has asked
 * for it, and calling it delivers the catalogue.
 */
function holdTurkishCatalogue() {
  const held: { arrive?: () => void } = {};
  let arrived = false;
  vi.spyOn(interfaceCatalogues, "loaded").mockImplementation((language) =>
    language === "tr" && !arrived ? undefined : loaded(language),
  );
  vi.spyOn(interfaceCatalogues, "load").mockImplementation((language) =>
    language === "tr"
      ? load("tr").then(
          (i18n) =>
            new Promise<I18n>((resolve) => {
              held.arrive = () => {
                arrived = true;
                resolve(i18n);
              };
            }),
        )
      : load(language),
  );
  return held;
}

describe("<LanguageProvider>", () => {
  it("keeps the English interface on screen until the Turkish catalogue has arrived", async () => {
    const turkish = holdTurkishCatalogue();
    const { user } = renderWithPreferences(
      <>
        <LanguageControl />
        <Timestamp iso={SEED} label="updated" />
      </>,
      { ...options, browserLanguages: ["en-GB"] },
    );
    await user.selectOptions(
      screen.getByRole("combobox", { name: "Language" }),
      "tr",
    );
    await waitFor(() => expect(turkish.arrive).toBeDefined());
    // Still wholly English: the label, the date and the page's lang.
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue(
      "tr",
    );
    expect(screen.getByText("Updated").parentElement).toHaveTextContent(
      /^Updated 4 October 2015 at 09:19$/,
    );
    expect(document.documentElement).toHaveAttribute("lang", "en");

    act(() => turkish.arrive?.());
    await waitFor(() =>
      expect(screen.getByText("Güncellendi").parentElement).toHaveTextContent(
        /^Güncellendi 4 Ekim 2015 09:19$/,
      ),
    );
    expect(screen.getByRole("combobox", { name: "Arayüz dili" })).toHaveValue(
      "tr",
    );
    expect(document.documentElement).toHaveAttribute("lang", "tr");
  });

  it("shows English, and says why in the console, when a catalogue cannot load", async () => {
    const logged = vi
      .spyOn(console, "error")
      .mockImplementation(() => undefined);
    // As on a first visit whose Turkish chunk will not come (offline, replaced by a deploy).
    vi.spyOn(interfaceCatalogues, "loaded").mockImplementation((language) =>
      language === "tr" ? undefined : loaded(language),
    );
    vi.spyOn(interfaceCatalogues, "load").mockImplementation((language) =>
      language === "tr"
        ? Promise.reject(
            new Error("Failed to fetch dynamically imported module"),
          )
        : load(language),
    );
    renderWithPreferences(<LanguageControl />, {
      ...options,
      browserLanguages: ["tr-TR"],
    });
    expect(
      await screen.findByRole("combobox", { name: "Language" }),
    ).toHaveValue("");
    expect(logged).toHaveBeenCalledWith(
      'Could not load the "tr" catalogue',
      expect.any(Error),
    );
  });

  it("shows a page the shell hid for a Turkish reader only once its Turkish interface is rendered", async () => {
    document.documentElement.setAttribute(INTERFACE_PENDING_ATTRIBUTE, "");
    const turkish = holdTurkishCatalogue();
    // Checked at every commit: the mark goes in the very commit that puts Turkish on screen.
    const seen: { marked: boolean; text: string }[] = [];
    const record = () =>
      seen.push({
        marked: document.documentElement.hasAttribute(
          INTERFACE_PENDING_ATTRIBUTE,
        ),
        text: document.body.textContent ?? "",
      });
    const observer = new MutationObserver(record);
    observer.observe(document.documentElement, {
      attributes: true,
      childList: true,
      characterData: true,
      subtree: true,
    });
    renderWithPreferences(<Timestamp iso={SEED} label="updated" />, {
      ...options,
      browserLanguages: ["tr-TR"],
    });
    await waitFor(() => expect(turkish.arrive).toBeDefined());
    expect(document.documentElement).toHaveAttribute(
      INTERFACE_PENDING_ATTRIBUTE,
    );

    act(() => turkish.arrive?.());
    await waitFor(() =>
      expect(document.documentElement).not.toHaveAttribute(
        INTERFACE_PENDING_ATTRIBUTE,
      ),
    );
    observer.disconnect();
    record();
    expect(screen.getByText("Güncellendi")).toBeInTheDocument();
    expect(
      seen.filter(({ marked }) => !marked).map(({ text }) => text),
    ).not.toContainEqual(expect.stringContaining("Updated"));
  });

  it("shows a page the shell hid at once when the interface is English after all", () => {
    document.documentElement.setAttribute(INTERFACE_PENDING_ATTRIBUTE, "");
    renderWithPreferences(<Timestamp iso={SEED} label="updated" />, {
      ...options,
      browserLanguages: ["en-GB"],
    });
    expect(screen.getByText("Updated")).toBeInTheDocument();
    expect(document.documentElement).not.toHaveAttribute(
      INTERFACE_PENDING_ATTRIBUTE,
    );
  });
});
