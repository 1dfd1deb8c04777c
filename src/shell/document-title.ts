/** The tab and bookmark name for a page: what is on it first, then the site. */
export function documentTitle(name: string): string {
  return `${name} · Bulletin`;
}
