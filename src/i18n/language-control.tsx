import { useId } from "react";
import { localeSelfName } from "../time/date-locale-options";
import { useTimePreferences } from "../time/time-preferences";
import { INTERFACE_LANGUAGES } from "./interface-catalogues";
import { useT } from "./use-t";

// The select's value for "follow the browser"; never a language tag.
const BROWSER_DEFAULT = "";

/** The interface language: the browser's by default, or the reader's choice. */
export function LanguageControl() {
  const { choices, defaults, choose } = useTimePreferences();
  const t = useT();
  const id = useId();
  return (
    <div className="preference">
      <label htmlFor={id}>{t("shell.language")}</label>
      <select
        id={id}
        value={choices.language ?? BROWSER_DEFAULT}
        onChange={(event) => {
          const { value } = event.target;
          choose({ language: value === BROWSER_DEFAULT ? null : value });
        }}
      >
        <option value={BROWSER_DEFAULT}>
          {t("shell.language.browserDefault", {
            language: localeSelfName(defaults.language),
          })}
        </option>
        {INTERFACE_LANGUAGES.map((language) => (
          // Each language in its own name, so a reader finds theirs whatever is shown.
          <option key={language} value={language} lang={language}>
            {localeSelfName(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
