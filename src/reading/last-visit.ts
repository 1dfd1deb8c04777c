import { useEffect } from "react";
import * as z from "zod/mini";
import type { LatestHeadlines } from "../articles/article-schema";
import { createDeviceValue, useDeviceValue } from "../device/device-value";
import { useTimePreferences } from "../time/time-preferences";
import { useReadArticles } from "./read-articles";

/**
 * What the front page counts as new. Articles are counted, not dated: the archive only grows, so
 * the articles beyond the size it had at the reader's previous visit are the new ones, whatever
 * the publishers' clocks said. A visit lasts while the reader keeps coming back within VISIT_GAP.
 */
export const VISIT_GAP_MS = 30 * 60 * 1000;
export const LAST_VISIT_KEY = "bulletin:last-visit";

const count = z.int().check(z.minimum(0));
const visitSchema = z.nullable(
  z.object({
    /** The archive's size when the current visit began. */
    before: count,
    /** Its size when the reader last saw the front page. */
    seen: count,
    /** When that was (milliseconds since 1970). */
    seenAt: count,
  }),
);

type Visit = z.infer<typeof visitSchema>;

export const lastVisit = createDeviceValue<Visit>({
  key: LAST_VISIT_KEY,
  schema: z.catch(visitSchema, null),
  fallback: null,
});

/** The archive size this visit counts from, or null on a first visit (nothing is "new" then). */
function visitBaseline(visit: Visit, now: Date): number | null {
  if (!visit) return null;
  return now.getTime() - visit.seenAt > VISIT_GAP_MS
    ? visit.seen
    : visit.before;
}

/**
 * How many of the articles published since the reader's last visit they have not read yet; null
 * until the browser's clock and storage are known (so never in pre-rendered HTML), and on a first
 * visit. Records this visit as a side effect.
 */
export function useNewSinceLastVisit(latest: LatestHeadlines): number | null {
  const { now } = useTimePreferences();
  const visit = useDeviceValue(lastVisit);
  const read = useReadArticles();
  const total = latest.totalArticles;

  useEffect(() => {
    if (!now) return;
    lastVisit.update((current) => ({
      before: visitBaseline(current, now) ?? total,
      seen: total,
      seenAt: now.getTime(),
    }));
  }, [now, total]);

  if (!now) return null;
  const baseline = visitBaseline(visit, now);
  if (baseline === null) return null;
  const arrived = Math.max(0, total - baseline);
  // The newest first: the arrivals lead the front page; any beyond it are counted as unread.
  const shown = latest.headlines.slice(0, arrived);
  const unreadShown = shown.filter((headline) => !read.has(headline.id));
  return unreadShown.length + (arrived - shown.length);
}
