import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StrictMode, type ReactNode } from "react";
import { interfaceCatalogues } from "../../src/i18n/interface-catalogues";
import { LanguageProvider } from "../../src/i18n/language-provider";
import {
  TimePreferencesProvider,
  type TimePreferencesProviderProps,
} from "../../src/time/time-preferences";
import { loadDatePhrases } from "./date-phrases";

/** Loads every catalogue, so a language switch in a test renders at once (call in `beforeAll`). */
export async function loadAllCatalogues(): Promise<void> {
  await Promise.all([
    loadDatePhrases(),
    ...interfaceCatalogues.languages.map((language) =>
      interfaceCatalogues.load(language),
    ),
  ]);
}

/** Renders `ui` under the preferences and language providers, as main.tsx does. */
export function renderWithPreferences(
  ui: ReactNode,
  props: Omit<TimePreferencesProviderProps, "children"> = {},
) {
  const user = userEvent.setup();
  const view = render(
    <StrictMode>
      <TimePreferencesProvider {...props}>
        <LanguageProvider>{ui}</LanguageProvider>
      </TimePreferencesProvider>
    </StrictMode>,
  );
  return { ...view, user };
}
