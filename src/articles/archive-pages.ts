/**
 * How the archive is cut into list pages (docs/decisions/0006). Positions count from 1, the oldest
 * article; page n holds positions (n - 1) × size + 1 … n × size, so a full page never changes again.
 * The front page shows the newest two pages, so the newest articles fill it even when the newest
 * page has only just begun, and "older" continues with the page below them, with no repeats.
 * Publish cuts pages HEADLINES_PER_PAGE long; the app reads the size from the data it is given.
 */
export const HEADLINES_PER_PAGE = 20;

export function pageOf(
  position: number,
  pageSize = HEADLINES_PER_PAGE,
): number {
  return Math.ceil(position / pageSize);
}

export function pageCountOf(
  totalArticles: number,
  pageSize = HEADLINES_PER_PAGE,
): number {
  return Math.max(1, pageOf(totalArticles, pageSize));
}

export function pageRange(
  page: number,
  pageSize = HEADLINES_PER_PAGE,
): { from: number; to: number } {
  return { from: (page - 1) * pageSize + 1, to: page * pageSize };
}

/** The positions the front page shows, and the archive page that continues below them. */
export function frontPageRange(
  totalArticles: number,
  pageSize = HEADLINES_PER_PAGE,
): { from: number; to: number; olderPage: number | null } {
  const firstPage = Math.max(1, pageCountOf(totalArticles, pageSize) - 1);
  return {
    from: pageRange(firstPage, pageSize).from,
    to: totalArticles,
    olderPage: firstPage > 1 ? firstPage - 1 : null,
  };
}
