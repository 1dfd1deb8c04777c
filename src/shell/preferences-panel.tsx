import { LanguageControl } from "../i18n/language-control";
import { TimePreferencesControl } from "../time/time-preferences-control";

/** The header's settings, a chunk of their own: loaded when the reader first opens them. */
export function PreferencesPanel() {
  return (
    <>
      <LanguageControl />
      <TimePreferencesControl />
    </>
  );
}
