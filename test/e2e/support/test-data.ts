import { createHash } from "node:crypto";

/**
 * Facts about the fixed test data set in test/e2e/content: the seed article plus 44 fictional
 * samples (101_…–144_…), 45 articles in all, 20 headlines a page, so three list pages.
 */

/** The ingest's id rule: the first 12 hex characters of sha256("text:" + the file's basename). */
export const articleIdOf = (basename: string) =>
  createHash("sha256").update(`text:${basename}`).digest("hex").slice(0, 12);

export const seed = {
  /** The source file's name without extension (its identity). */
  basename: "000_4aef69e2e173efbd",
  id: articleIdOf("000_4aef69e2e173efbd"),
  slug: "iraq-ready-to-share-anti-isil-intel-with-russia",
  headline: "Iraq ready to share anti-ISIL intel with Russia",
  /**
   * The headline it was first published under (test/e2e/support/build-site.ts publishes that
   * edition, then the current one), so the test site holds a real former slug.
   */
  formerHeadline: "Iraq offers Russia its ISIL intelligence",
  formerSlug: "iraq-offers-russia-its-isil-intelligence",
  standfirst:
    "Iraqi PM welcomes cooperation with Russia amid Moscow airstrikes on Syria targets allegedly belonging to ISIL since Sept. 30",
  source: "World Bulletin / News Desk",
  /** Its only timestamp: the Turkish footer "Güncelleme Tarihi: 04 Ekim 2015, 09:19" in Europe/Istanbul. */
  updatedAt: "2015-10-04T09:19:00+03:00",
  publisherTimeZone: "Europe/Istanbul",
  get path() {
    return `/articles/${this.id}-${this.slug}`;
  },
  get formerPath() {
    return `/articles/${this.id}-${this.formerSlug}`;
  },
};

export const HEADLINES_PER_PAGE = 20;

/** Headline of fictional sample n (1–44), newest first; n = 3 has a very long headline. */
export const sampleHeadline = (n: number) =>
  new RegExp(`^Test sample ${String(n).padStart(2, "0")}:`);

/** A well-formed article id that no article has. */
export const unknownArticleId = "0123456789ab";
