import type { Headline } from "../articles/article-schema";

const versionTime = (headline: Headline) =>
  Date.parse(headline.updatedAt ?? headline.publishedAt ?? "") || 0;

/**
 * Whether `live` is a later version of the article than the one saved: withdrawn since, updated
 * since, or corrected (headline or standfirst) without a new time.
 */
export function isNewerVersion(live: Headline, saved: Headline): boolean {
  if (live.withdrawn && !saved.withdrawn) return true;
  const liveTime = versionTime(live);
  const savedTime = versionTime(saved);
  if (liveTime !== savedTime) return liveTime > savedTime;
  return (
    live.headline !== saved.headline || live.standfirst !== saved.standfirst
  );
}
