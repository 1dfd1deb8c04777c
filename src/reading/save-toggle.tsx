import { useQueryClient } from "@tanstack/react-query";
import type { Article, Headline } from "../articles/article-schema";
import { useSavedEntry } from "./saved-articles";
import { useT } from "../i18n/use-t";

/**
 * Save / unsave, a toggle button (`aria-pressed`) whose label never changes; the pressed state is
 * drawn as a filled star, not by colour alone. Pre-rendered HTML has it unpressed; it shows the
 * reader's state once hydrated.
 */
export function SaveToggle({
  item,
  inList = false,
}: {
  item: Headline | Article;
  /** In a list, the headline is part of the accessible name; on an article, `s` presses it. */
  inList?: boolean;
}) {
  const t = useT();
  const saved = useSavedEntry(item.id) !== undefined;
  const queryClient = useQueryClient();
  return (
    <button
      type="button"
      className="reader-toggle"
      data-action="save"
      // In a list the name says which headline; the visible word starts it (WCAG 2.5.3).
      aria-label={
        inList
          ? t("reading.saveHeadline", { headline: item.headline })
          : undefined
      }
      aria-pressed={saved}
      aria-keyshortcuts={inList ? undefined : "s"}
      onClick={() => {
        import("./save-actions")
          .then(({ saveArticle, unsaveArticle }) =>
            saved ? unsaveArticle(item.id) : saveArticle(item, queryClient),
          )
          .catch((error: unknown) =>
            console.warn("The article could not be kept on this device", error),
          );
      }}
    >
      <span className="reader-toggle-icon" aria-hidden="true" />
      {t("reading.save")}
    </button>
  );
}
