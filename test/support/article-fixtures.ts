import type {
  Article,
  HeadlinePage,
  LatestHeadlines,
} from "../../src/articles/article-schema";
import { frontPageRange, pageCountOf } from "../../src/articles/archive-pages";
import { headlineOf } from "../../scripts/publish/headline-of.ts";

/** The seed article as the ingest produces it (body shortened: the app, not the ingest, is under test). */
export const seedArticle: Article = {
  id: "4aef69e2e173",
  slug: "iraq-ready-to-share-anti-isil-intel-with-russia",
  headline: "Iraq ready to share anti-ISIL intel with Russia",
  standfirst:
    "Iraqi PM welcomes cooperation with Russia amid Moscow airstrikes on Syria targets allegedly belonging to ISIL since Sept. 30",
  source: "World Bulletin / News Desk",
  language: "en",
  updatedAt: "2015-10-04T09:19:00+03:00",
  timeZone: "Europe/Istanbul",
  tags: [],
  dateLine: "Güncelleme Tarihi: 04 Ekim 2015, 09:19",
  body: [
    {
      type: "paragraph",
      text: "Iraq is ready to share anti-ISIL intelligence with Russia, Iran and Syria if they ask for it, Iraqi Prime Minister Haider al-Abadi said Saturday.",
    },
    {
      type: "paragraph",
      text: "Referring to Russia\u2019s latest airstrikes in Syria -- allegedly targeting ISIL, the prime hinted that his government would welcome military equipment assistance from its neighbors Iran and Syria -- or Russia.",
    },
  ],
};

let counter = 0;

/** A valid article; every call gets a fresh id unless one is given. */
export function buildArticle(overrides: Partial<Article> = {}): Article {
  counter += 1;
  const id = overrides.id ?? counter.toString(16).padStart(12, "0");
  return {
    id,
    slug: `sample-article-${counter}`,
    headline: `Sample article ${counter}`,
    standfirst: `Standfirst of sample article ${counter}.`,
    source: "Bulletin Samples",
    language: "en",
    publishedAt: "2026-11-20T10:00:00+00:00",
    timeZone: "Europe/London",
    tags: [],
    body: [{ type: "paragraph", text: `Body of sample article ${counter}.` }],
    ...overrides,
  };
}

/**
 * A published data folder's lists for these articles (newest first), as publish lays them out:
 * the front page's latest headlines and the archive's pages, numbered from the oldest.
 */
export function buildSiteLists(
  articles: Article[],
  pageSize = 20,
): { latest: LatestHeadlines; pages: HeadlinePage[] } {
  const oldestFirst = [...articles].reverse();
  const pageCount = pageCountOf(articles.length, pageSize);
  const front = frontPageRange(articles.length, pageSize);
  return {
    latest: {
      pageSize,
      totalArticles: articles.length,
      headlines: articles.slice(0, front.to - front.from + 1).map(headlineOf),
    },
    pages: Array.from({ length: pageCount }, (_, index) => ({
      page: index + 1,
      pageSize,
      newest: index + 1 === pageCount,
      headlines: oldestFirst
        .slice(index * pageSize, (index + 1) * pageSize)
        .reverse()
        .map(headlineOf),
    })),
  };
}
