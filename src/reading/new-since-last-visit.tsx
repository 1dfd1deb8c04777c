import type { LatestHeadlines } from "../articles/article-schema";
import { useT } from "../i18n/use-t";
import { useNewSinceLastVisit } from "./last-visit";

/**
 * " · 12 new since your last visit", for the end of the front page's summary line: added after
 * hydration at the end of a line, so nothing moves.
 */
export function NewSinceLastVisit({ latest }: { latest: LatestHeadlines }) {
  const t = useT();
  const count = useNewSinceLastVisit(latest);
  if (!count) return null;
  return (
    <>
      {" · "}
      <strong className="new-count">
        {t("reading.newSinceLastVisit", { count })}
      </strong>
    </>
  );
}
