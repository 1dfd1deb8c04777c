import type { Headline } from "../articles/article-schema";
import { markRead, markUnread, useIsRead } from "./read-articles";
import { useT } from "../i18n/use-t";

/**
 * Read / unread, a toggle button (`aria-pressed`): pressed, its box shows a check mark, which is
 * the read marker (not colour alone); the headline is also muted.
 */
export function ReadToggle({
  headline,
  inList = false,
}: {
  headline: Headline;
  inList?: boolean;
}) {
  const t = useT();
  const read = useIsRead(headline.id);
  return (
    <button
      type="button"
      className="reader-toggle"
      data-action="read"
      // In a list the name says which headline; the visible word starts it (WCAG 2.5.3).
      aria-label={
        inList
          ? t("reading.readHeadline", { headline: headline.headline })
          : undefined
      }
      aria-pressed={read}
      aria-keyshortcuts={inList ? undefined : "m"}
      onClick={() => (read ? markUnread(headline.id) : markRead([headline.id]))}
    >
      <span className="reader-toggle-icon" aria-hidden="true" />
      {t("reading.read")}
    </button>
  );
}
