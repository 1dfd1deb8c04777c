// zod/mini: the same schemas as classic zod at a fraction of the bundle size.
import * as z from "zod/mini";

/**
 * The data contract between the ingest (which writes `data/`) and the app (which reads it).
 * Types are inferred from these schemas; `npm run schema` publishes them as JSON Schema.
 */

/** An article id: short lowercase hex, derived from the source's identity (never from the headline). */
export const ARTICLE_ID_PATTERN = /^[0-9a-f]{12}$/;

const articleIdSchema = z
  .string()
  .check(
    z.regex(ARTICLE_ID_PATTERN, "must be 12 lowercase hexadecimal characters"),
  );

const slugSchema = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      "must be lowercase words joined by hyphens",
    ),
    z.maxLength(80),
  );

/** An instant: ISO 8601 with an explicit offset (Z or ±hh:mm), e.g. 2015-10-04T09:19:00+03:00. */
export const instantSchema = z.iso.datetime({ offset: true, local: false });

/**
 * Remembers a check's verdict per value: the Intl checks below cost ~0.1 ms each, and an index page
 * or an ingest of 100,000 articles asks about the same few zones and languages over and over.
 */
function remembered(
  check: (value: string) => boolean,
): (value: string) => boolean {
  const verdicts = new Map<string, boolean>();
  return (value) => {
    let verdict = verdicts.get(value);
    if (verdict === undefined) {
      verdict = check(value);
      verdicts.set(value, verdict);
    }
    return verdict;
  };
}

const isIanaTimeZone = remembered((zone) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
});

const timeZoneSchema = z
  .string()
  .check(
    z.refine(
      isIanaTimeZone,
      "must be an IANA time zone such as Europe/Istanbul",
    ),
  );

const isLanguageTag = remembered((tag) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
});

const languageSchema = z
  .string()
  .check(
    z.refine(isLanguageTag, "must be a BCP 47 language tag such as en or tr"),
  );

const nonEmptyText = z.string().check(z.trim(), z.minLength(1));

const httpUrlSchema = z.url({ protocol: /^https?$/ });

const bodyBlockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), text: nonEmptyText }),
  z.object({
    type: z.literal("heading"),
    level: z.union([z.literal(2), z.literal(3), z.literal(4)]),
    text: nonEmptyText,
  }),
  z.object({
    type: z.literal("quote"),
    text: nonEmptyText,
    cite: z.optional(nonEmptyText),
  }),
  z.object({
    type: z.literal("list"),
    ordered: z.boolean(),
    items: z.array(nonEmptyText).check(z.minLength(1)),
  }),
  z.object({
    type: z.literal("image"),
    src: httpUrlSchema,
    alt: z.string(),
    caption: z.optional(nonEmptyText),
  }),
  // Only for sources that offer nothing but HTML. Sanitised by the ingest and again before render.
  z.object({ type: z.literal("html"), html: nonEmptyText }),
]);

/** Fields shared by the list entry and the full article. */
const articleFields = {
  id: articleIdSchema,
  slug: slugSchema,
  headline: nonEmptyText,
  standfirst: z.optional(nonEmptyText),
  source: nonEmptyText,
  language: languageSchema,
  publishedAt: z.optional(instantSchema),
  updatedAt: z.optional(instantSchema),
  /**
   * The publisher's IANA zone, so the reader can show the time as the publisher wrote it. Absent when
   * the source gave only an offset; the offset inside publishedAt/updatedAt then stands for it.
   */
  timeZone: z.optional(timeZoneSchema),
  tags: z._default(z.array(nonEmptyText), []),
  /** Set when the publisher withdrew the article: its URL stays and shows why instead of the body. */
  withdrawn: z.optional(z.object({ at: instantSchema, reason: nonEmptyText })),
};

/** One entry of the headline list: only what the list shows, never the body. */
export const headlineSchema = z.object(articleFields);

/** An article next to another in the archive's order: enough to link to it and say when it is from. */
const neighbourSchema = z.object({
  id: articleIdSchema,
  slug: slugSchema,
  headline: nonEmptyText,
  language: languageSchema,
  publishedAt: z.optional(instantSchema),
  updatedAt: z.optional(instantSchema),
  timeZone: z.optional(timeZoneSchema),
});

export const articleSchema = z
  .object({
    ...articleFields,
    byline: z.optional(nonEmptyText),
    /** Where the article was first published, if it has a public address. */
    url: z.optional(httpUrlSchema),
    image: z.optional(z.object({ src: httpUrlSchema, alt: z.string() })),
    /** The source's own date line, verbatim (e.g. "Güncelleme Tarihi: 04 Ekim 2015, 09:19"). */
    dateLine: z.optional(nonEmptyText),
    /** Added by publish: the articles before and after this one in the archive's order. */
    neighbours: z.optional(
      z.object({
        previous: z.optional(neighbourSchema),
        next: z.optional(neighbourSchema),
      }),
    ),
    /** Empty only when the article was withdrawn, or has a `url`: a headline that links to the original (link blogs, videos). */
    body: z.array(bodyBlockSchema).register(z.globalRegistry, {
      description:
        "At least one block, unless the article was withdrawn or has a url: an empty body is then shown as the withdrawal notice or a link to the original.",
    }),
  })
  .check(
    z.refine(
      (article) =>
        article.body.length > 0 ||
        article.url !== undefined ||
        article.withdrawn !== undefined,
      {
        message:
          "must have at least one block, unless the article has a url to link to instead",
        path: ["body"],
      },
    ),
  );

const count = (min: number) => z.int().check(z.minimum(min));

/**
 * One page of the archive, numbered from the oldest: page n holds the articles at positions
 * (n - 1) × pageSize + 1 … n × pageSize, newest first. A full page never changes again (apart from
 * corrections), so its URL shows the same articles for ever. It carries no archive-wide counts,
 * which would change every page on every publish.
 */
export const headlinePageSchema = z.object({
  page: count(1),
  pageSize: count(1),
  /** Whether this is the newest page; older pages link to the next page up. */
  newest: z.boolean(),
  headlines: z.array(headlineSchema),
});

/** The front page: the newest two pages' headlines, newest first, and how big the archive is. */
export const latestHeadlinesSchema = z.object({
  pageSize: count(1),
  totalArticles: count(0),
  headlines: z.array(headlineSchema),
});

export type ArticleId = z.infer<typeof articleIdSchema>;
export type BodyBlock = z.infer<typeof bodyBlockSchema>;
export type Headline = z.infer<typeof headlineSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Neighbour = z.infer<typeof neighbourSchema>;
export type HeadlinePage = z.infer<typeof headlinePageSchema>;
export type LatestHeadlines = z.infer<typeof latestHeadlinesSchema>;
