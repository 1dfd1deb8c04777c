/**
 * The service worker's runtime caches (scripts/pwa-options.ts configures them), named here so the
 * offline view can list what they hold.
 */
export const CACHE_NAMES = {
  /** Data files of every list page and article the reader opened. */
  data: "bulletin-data",
  /** Hashed assets the precache does not hold (another build's, fetched while this one was active). */
  assets: "bulletin-assets",
} as const;
