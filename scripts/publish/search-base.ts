import * as z from "zod/mini";

/**
 * What the big search index in `pagefind/` holds, kept beside the publish state when it is built:
 * which page of it is which article, and each page's time. The recent index that follows it needs
 * both (docs/decisions/0013): the pages whose article has changed since are dropped from results,
 * and a recent article is placed among the big index's newest-first positions by its time.
 */

export const SEARCH_BASE_FILE = "data/search-base.json";

const searchBaseSchema = z.object({
  version: z.literal(1),
  archiveId: z.string(),
  /** The archive's change number the index was built at. */
  changeNo: z.int(),
  /** The Pagefind release that built it. */
  pagefind: z.string(),
  /** Its meta file's hash, as its entry file names it: a record of another index is not this one's. */
  meta: z.string(),
  /**
   * Per page: the article's id, the page's id in the index, its sort time (epoch ms) if dated.
   * Checked by readSearchBase as it reads them: zod's check of 100,000 tuples added 60 to 140 ms
   * to every publish.
   */
  pages: z.array(z.unknown()),
});

type SearchBasePage = [articleId: string, pageId: string, time: number | null];

type SearchBaseRecord = z.infer<typeof searchBaseSchema> & {
  pages: SearchBasePage[];
};

const isPage = (value: unknown): value is SearchBasePage =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === "string" &&
  typeof value[1] === "string" &&
  (value[2] === null || typeof value[2] === "number");

export function searchBaseFile(record: SearchBaseRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** The big index as a recent index needs it. */
export interface SearchBase {
  changeNo: number;
  /** The page id of an article's version in the big index, if it has one. */
  pageOf(articleId: string): string | undefined;
  /** Whether the big index has a page of this id. */
  holds(pageId: string): boolean;
  /** How many of the big index's dated pages sort before `time`: its position in their order. */
  datedBefore(time: number): number;
}

/**
 * Reads the record of the big index, or undefined when there is none usable: unreadable, from
 * another archive or Pagefind release, or not of the index the site has (`meta`, from its entry).
 */
export function readSearchBase(
  bytes: Uint8Array | undefined,
  expected: { archiveId: string; pagefind: string; meta: string | undefined },
): SearchBase | undefined {
  if (!bytes || expected.meta === undefined) return undefined;
  let record: z.infer<typeof searchBaseSchema>;
  try {
    const result = searchBaseSchema.safeParse(
      JSON.parse(Buffer.from(bytes).toString("utf8")),
    );
    if (!result.success) return undefined;
    record = result.data;
  } catch {
    return undefined;
  }
  if (
    record.archiveId !== expected.archiveId ||
    record.pagefind !== expected.pagefind ||
    record.meta !== expected.meta
  )
    return undefined;
  const pageIds = new Map<string, string>();
  const dated: number[] = [];
  for (const page of record.pages) {
    if (!isPage(page)) return undefined;
    const [articleId, pageId, time] = page;
    pageIds.set(articleId, pageId);
    if (time !== null) dated.push(time);
  }
  const times = Float64Array.from(dated).sort();
  const pages = new Set(pageIds.values());
  return {
    changeNo: record.changeNo,
    pageOf: (articleId) => pageIds.get(articleId),
    holds: (pageId) => pages.has(pageId),
    datedBefore: (time) => {
      let low = 0;
      let high = times.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((times[middle] ?? Infinity) < time) low = middle + 1;
        else high = middle;
      }
      return low;
    },
  };
}
