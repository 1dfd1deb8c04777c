import * as z from "zod/mini";
import {
  headlinePageSchema,
  latestHeadlinesSchema,
} from "../articles/article-schema";
import { TOPIC_ID_PATTERN } from "./topic-ref";

/**
 * A tag's or source's list, in the same shapes as the archive's own (docs/decisions/0006): the
 * newest articles, and pages numbered from its oldest article, each with the topic it lists.
 */
export const topicSchema = z.object({
  kind: z.enum(["tag", "source"]),
  id: z
    .string()
    .check(
      z.regex(TOPIC_ID_PATTERN, "must be 10 lowercase hexadecimal characters"),
    ),
  slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)),
  name: z.string().check(z.trim(), z.minLength(1)),
});

export const topicLatestSchema = z.extend(latestHeadlinesSchema, {
  topic: topicSchema,
});

export const topicPageSchema = z.extend(headlinePageSchema, {
  topic: topicSchema,
});

export type Topic = z.infer<typeof topicSchema>;
export type TopicLatest = z.infer<typeof topicLatestSchema>;
export type TopicPage = z.infer<typeof topicPageSchema>;
