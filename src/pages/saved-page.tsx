import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { HeadlineList } from "../articles/headline-list";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { ReaderActions } from "../reading/reader-actions";
import { storeSavedCopy } from "../reading/save-actions";
import { useSavedArticles, type SavedEntry } from "../reading/saved-articles";
import { savedCopies } from "../reading/saved-copies";
import { DocumentTitle } from "../shell/document-title";

/**
 * `/saved`: the articles saved on this device, newest saved first, each opening its saved copy.
 * Rendered only in the browser (nothing about it is published).
 */
export function SavedPage() {
  const t = useT();
  const saved = useSavedArticles();
  const listed = useListedEntries(saved);
  const missing = useMissingCopies(saved);
  const title = t("reading.savedTitle");
  return (
    <>
      <DocumentTitle name={title} />
      <h1 tabIndex={-1}>{title}</h1>
      {listed.length === 0 ? (
        <p className="empty-state">{t("reading.savedEmpty")}</p>
      ) : (
        <>
          <p className="list-summary">
            {t("reading.savedSummary", { count: listed.length })}
          </p>
          <HeadlineList
            headlines={listed}
            linkTo={paths.savedArticle}
            actions={(headline) => (
              <>
                <ReaderActions item={headline} inList />
                {missing.has(headline.id) && (
                  <p className="saved-copy-missing">
                    {t("reading.copyNotStored")}
                  </p>
                )}
              </>
            )}
          />
        </>
      )}
    </>
  );
}

const savedTime = (entry: SavedEntry) => Date.parse(entry.savedAt);

/**
 * The saved entries, plus those unsaved while this page is open: they stay in place, unpressed,
 * so an accidental click is undone with another, and the list does not jump under the pointer.
 */
function useListedEntries(saved: SavedEntry[]): SavedEntry[] {
  const [previous, setPrevious] = useState(saved);
  const [unsaved, setUnsaved] = useState<SavedEntry[]>([]);
  if (previous !== saved) {
    const isSaved = (entry: SavedEntry) =>
      saved.some((candidate) => candidate.id === entry.id);
    setUnsaved([
      ...unsaved.filter((entry) => !isSaved(entry)),
      ...previous.filter(
        (entry) =>
          !isSaved(entry) &&
          !unsaved.some((candidate) => candidate.id === entry.id),
      ),
    ]);
    setPrevious(saved);
  }
  return [...saved, ...unsaved].sort((a, b) => savedTime(b) - savedTime(a));
}

/**
 * The saved articles whose text is not on this device yet (saved from a list while offline):
 * fetched and kept now, when the network allows.
 */
function useMissingCopies(entries: SavedEntry[]): ReadonlySet<string> {
  const queryClient = useQueryClient();
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const ids = entries.map((entry) => entry.id).join(",");
  useEffect(() => {
    let current = true;
    void (async () => {
      const stored = new Set(await savedCopies.keys());
      const absent = ids.split(",").filter((id) => id && !stored.has(id));
      if (current) setMissing(new Set(absent));
      for (const id of absent) {
        if (!(await storeSavedCopy(undefined, id, queryClient))) continue;
        if (!current) return;
        setMissing((before) => {
          const after = new Set(before);
          after.delete(id);
          return after;
        });
      }
    })();
    return () => {
      current = false;
    };
  }, [ids, queryClient]);
  return missing;
}
