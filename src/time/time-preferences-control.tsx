import { useId, type ChangeEvent } from "react";
import { DATE_LOCALE_OPTIONS, localeSelfName } from "./date-locale-options";
import { PAGE_LANGUAGE, type ZoneMode } from "./describe-timestamp";
import { useTimePreferences } from "./time-preferences";
import { formatZoneLabel } from "./zone-label";

// The select's value for "follow the browser"; never a valid locale tag.
const BROWSER_DEFAULT = "";

/** The reader's date language and "my time / publisher's time" choice; updates every Timestamp. */
export function TimePreferencesControl({
  className = "time-preferences",
}: {
  className?: string;
}) {
  const {
    localeChoice,
    defaultLocale,
    zoneMode,
    readerTimeZone,
    now,
    setLocaleChoice,
    setZoneMode,
  } = useTimePreferences();
  const id = useId();
  const languageId = `${id}-language`;

  // A stored locale outside the list (e.g. chosen elsewhere, "pt-BR") still gets an option.
  const options =
    localeChoice &&
    !DATE_LOCALE_OPTIONS.some((option) => option.locale === localeChoice)
      ? [
          ...DATE_LOCALE_OPTIONS,
          { locale: localeChoice, label: localeSelfName(localeChoice) },
        ]
      : DATE_LOCALE_OPTIONS;

  const onLanguageChange = (event: ChangeEvent<HTMLSelectElement>) => {
    const { value } = event.target;
    setLocaleChoice(value === BROWSER_DEFAULT ? null : value);
  };

  const zoneModes: { value: ZoneMode; label: string }[] = [
    {
      value: "reader",
      label: `My time (${formatZoneLabel(now, readerTimeZone, PAGE_LANGUAGE)})`,
    },
    { value: "publisher", label: "Publisher's time" },
  ];

  return (
    <form
      className={className}
      aria-label="Date and time display"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="time-preferences-language">
        <label htmlFor={languageId}>Date language</label>
        <select
          id={languageId}
          value={localeChoice ?? BROWSER_DEFAULT}
          onChange={onLanguageChange}
        >
          <option value={BROWSER_DEFAULT}>
            Browser default ({localeSelfName(defaultLocale)})
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
        <legend>Show times in</legend>
        {zoneModes.map((mode) => (
          <label key={mode.value}>
            <input
              type="radio"
              name={`${id}-zone-mode`}
              value={mode.value}
              checked={zoneMode === mode.value}
              onChange={() => setZoneMode(mode.value)}
            />{" "}
            {mode.label}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
