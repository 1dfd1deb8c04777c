import { describeTimestamp, type TimestampDisplay } from "./describe-timestamp";
import { useTimePreferences } from "./time-preferences";

export interface TimestampProps {
  /** ISO 8601 with an offset, e.g. "2015-10-04T09:19:00+03:00". */
  iso: string;
  /** The publisher's IANA zone; when absent the offset in `iso` stands for the publisher's clock. */
  publisherTimeZone?: string | null;
  /** "relative" for lists ("3 hours ago" up to the cut-off, then absolute); "absolute" for articles. */
  display?: TimestampDisplay;
  /** Optional visible prefix such as "Updated". */
  label?: string;
  className?: string;
}

/**
 * A `<time>` showing an instant the way the reader asked: their zone (plus the publisher's where
 * the clocks differ) or the publisher's, in their chosen date language. The full date with zone is
 * always in the tooltip and, when the visible text is relative, in visually hidden text.
 */
export function Timestamp({
  iso,
  publisherTimeZone,
  display = "absolute",
  label,
  className,
}: TimestampProps) {
  const { locale, zoneMode, readerTimeZone, now } = useTimePreferences();

  // Data is validated upstream; if a bad value slips through, show it rather than break the page.
  if (Number.isNaN(Date.parse(iso))) {
    return <time className={className}>{iso}</time>;
  }

  const { dateTime, title, absoluteText, relativeText, lang } =
    describeTimestamp({
      iso,
      publisherTimeZone,
      readerTimeZone,
      zoneMode,
      locale,
      now,
      display,
    });

  const time = (
    <time
      className={className ?? "timestamp"}
      dateTime={dateTime}
      title={title}
      lang={lang}
      // A right-to-left date (Arabic) inside the English page needs its own direction, or its
      // digits and zone label reorder against the surrounding text.
      dir={lang ? "auto" : undefined}
    >
      {relativeText === null ? (
        absoluteText
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
    <span className="timestamp-labelled">
      <span className="timestamp-label">{label}</span> {time}
    </span>
  );
}
