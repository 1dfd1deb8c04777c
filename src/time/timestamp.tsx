import { textDirection } from "../i18n/text-direction";
import { useInterfaceLanguage } from "../i18n/use-t";
import { useDateLanguage } from "./date-phrases";
import { languageOf } from "./supported-locale";
import { describeTimestamp, type TimestampDisplay } from "./describe-timestamp";
import { useTimePreferences } from "./time-preferences";

const LABELS = {
  published: "timestamp.published",
  updated: "timestamp.updated",
  withdrawn: "timestamp.withdrawn",
} as const;

export interface TimestampProps {
  /** ISO 8601 with an offset, e.g. "2015-10-04T09:19:00+03:00". */
  iso: string;
  /** The publisher's IANA zone; when absent the offset in `iso` stands for the publisher's clock. */
  publisherTimeZone?: string | null;
  /** "relative" for lists ("3 hours ago" up to the cut-off, then absolute); "absolute" for articles. */
  display?: TimestampDisplay;
  /** A visible label before the time, in the date language: "Updated", "Güncellendi". */
  label?: keyof typeof LABELS;
  className?: string;
}

/**
 * A `<time>` showing an instant the way the reader asked: their zone (plus the publisher's where
 * the clocks differ) or the publisher's, in their date language. The whole line, label included,
 * is in that one language; when it is not the interface's, the line carries its own `lang` and
 * `dir` (which also isolates it, so an Arabic line keeps its order inside an English page). The
 * full date with zone is in the tooltip and, when the visible text is relative, in hidden text.
 */
export function Timestamp({
  iso,
  publisherTimeZone,
  display = "absolute",
  label,
  className,
}: TimestampProps) {
  const { zoneMode, readerTimeZone, now } = useTimePreferences();
  const { locale, phrase } = useDateLanguage();
  const language = useInterfaceLanguage();

  // Data is validated upstream; if a bad value slips through, show it rather than break the page.
  if (Number.isNaN(Date.parse(iso))) {
    return <time className={className}>{iso}</time>;
  }

  const { dateTime, title, text, note, absoluteText, relativeText } =
    describeTimestamp({
      iso,
      publisherTimeZone,
      readerTimeZone,
      zoneMode,
      locale,
      phrase,
      // Without a clock (a pre-rendered page before it hydrates), a relative time would be a guess.
      now: now ?? new Date(iso),
      display: now ? display : "absolute",
    });
  const dateLanguage = languageOf(locale);
  const ownLanguage =
    dateLanguage === language
      ? {}
      : { lang: locale, dir: textDirection(dateLanguage) };

  const time = (
    <time
      className={className ?? "timestamp"}
      dateTime={dateTime}
      title={title}
      {...(label ? {} : ownLanguage)}
    >
      {relativeText === null ? (
        <>
          {text}
          {note && (
            <>
              {" "}
              {/* The zone phrase mixes names, digits and signs: keep its order in any direction. */}
              <bdi>{note}</bdi>
            </>
          )}
        </>
      ) : (
        <>
          <span aria-hidden="true">{relativeText}</span>
          <span className="visually-hidden">{absoluteText}</span>
        </>
      )}
    </time>
  );

  if (!label) return time;
  return (
    <span className="timestamp-labelled" {...ownLanguage}>
      <span className="timestamp-label">{phrase(LABELS[label])}</span> {time}
    </span>
  );
}
