import { useId, type ChangeEvent } from "react";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { DATE_LOCALE_OPTIONS, localeSelfName } from "./date-locale-options";
import type { ZoneMode } from "./describe-timestamp";
import { useTimePreferences } from "./time-preferences";
import { offsetLabel, zonePlace } from "./zone-label";

// The select's value for "same as the interface"; never a valid locale tag.
const FOLLOW_INTERFACE = "";

/** The reader's date language and "my time / publisher's time" choice; updates every Timestamp. */
export function TimePreferencesControl() {
  const { choices, defaults, zoneMode, readerTimeZone, now, choose } =
    useTimePreferences();
  // Before hydration nobody's clock or zone is known; the label is replaced right after.
  const labelTime = now ?? new Date(0);
  const t = useT();
  const language = useInterfaceLanguage();
  const id = useId();
  const languageId = `${id}-language`;

  // A stored locale outside the list (e.g. "de-AT") still gets an option.
  const options =
    choices.locale &&
    !DATE_LOCALE_OPTIONS.some((option) => option.locale === choices.locale)
      ? [
          ...DATE_LOCALE_OPTIONS,
          { locale: choices.locale, label: localeSelfName(choices.locale) },
        ]
      : DATE_LOCALE_OPTIONS;

  const onLanguageChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const { value } = event.target;
    choose({ locale: value === FOLLOW_INTERFACE ? null : value });
  };

  // The reader's zone as it is now, in the interface language, and said to be now: an article
  // from another season shows its own offset, which may differ.
  const place = zonePlace(labelTime, readerTimeZone, language);
  const zoneModes: { value: ZoneMode; label: string }[] = [
    {
      value: "reader",
      label: t("time.zoneMode.reader", {
        hasPlace: place ? "yes" : "no",
        place: place ?? "",
        offset: offsetLabel(labelTime, readerTimeZone, language),
      }),
    },
    { value: "publisher", label: t("time.zoneMode.publisher") },
  ];

  return (
    <form
      className="time-preferences"
      aria-label={t("time.preferences")}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="preference">
        <label htmlFor={languageId}>{t("time.dateLanguage")}</label>
        <select
          id={languageId}
          value={choices.locale ?? FOLLOW_INTERFACE}
          onChange={onLanguageChange}
        >
          <option value={FOLLOW_INTERFACE}>
            {t("time.dateLanguage.sameAsInterface", {
              language: localeSelfName(defaults.locale),
            })}
          </option>
          {options.map((option) => (
            <option
              key={option.locale}
              value={option.locale}
              lang={option.locale}
            >
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="time-preferences-zone">
        <legend>{t("time.zoneMode")}</legend>
        {zoneModes.map((mode) => (
          <label key={mode.value}>
            <input
              type="radio"
              name={`${id}-zone-mode`}
              value={mode.value}
              checked={zoneMode === mode.value}
              onChange={() => choose({ zoneMode: mode.value })}
            />{" "}
            {mode.label}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
