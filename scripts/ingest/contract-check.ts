import * as z from "zod/mini";
import {
  articleSchema,
  headlinePageSchema,
  headlineSchema,
  languageSchema,
  timeZoneSchema,
  type HeadlinePage,
} from "../../src/articles/article-schema.ts";

/**
 * The contract's own schemas, with its zone and language checks remembered per value. The
 * contract's zone check builds an Intl.DateTimeFormat on every call (about 150 µs); at 100,000
 * articles, checked once as an article and once on a headline page, that alone would take 30 s.
 * The verdict and the message are the contract's, so nothing the app would reject gets through.
 */
function remembered(schema: z.ZodMiniType<string>) {
  const verdicts = new Map<string, readonly string[]>();
  return z.string().check(
    z.superRefine((value, context) => {
      let messages = verdicts.get(value);
      if (messages === undefined) {
        const result = schema.safeParse(value);
        messages = result.success
          ? []
          : result.error.issues.map((issue) => issue.message);
        verdicts.set(value, messages);
      }
      for (const message of messages) {
        context.addIssue({ code: "custom", message, input: value });
      }
    }),
  );
}

const fastFields = {
  language: remembered(languageSchema),
  timeZone: z.optional(remembered(timeZoneSchema)),
};

export const ingestArticleSchema = z.extend(articleSchema, fastFields);
const ingestHeadlinesSchema = z.array(z.extend(headlineSchema, fastFields));

/** Checks a page against headlinePageSchema: the page's own fields, then each headline. */
export function checkedHeadlinePage(page: HeadlinePage): HeadlinePage {
  const envelope = headlinePageSchema.parse({ ...page, headlines: [] });
  return {
    ...envelope,
    headlines: ingestHeadlinesSchema.parse(page.headlines),
  };
}
