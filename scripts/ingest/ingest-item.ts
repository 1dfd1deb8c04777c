import {
  articleSchema,
  type Article,
} from "../../src/articles/article-schema.ts";
import { slugify } from "../../src/slug.ts";
import { articleIdFor } from "./article-id.ts";

/** Why one source, line or item was not ingested. Printed as `location field: reason`. */
export interface Rejection {
  /** `source`, `source:line` or `source:item N`. */
  location: string;
  field: string;
  reason: string;
}

export function formatRejection({
  location,
  field,
  reason,
}: Rejection): string {
  return `${location} ${field}: ${reason}`;
}

/** An article as a parser read it, before it has an id, a slug and a schema check. */
export type ArticleDraft = Omit<Article, "id" | "slug">;

export interface DraftItem {
  location: string;
  /** What identifies the item at its source; the article id is derived from it. */
  identity: string;
  draft: ArticleDraft;
  /** The page an item links to, when its source distinguishes it from the item's own URL. */
  externalUrl?: string;
}

/**
 * What reading a source yields, in order: each item as a draft or a rejection, and warnings about a
 * field that was dropped while its item was kept. A warning never counts as an item.
 */
export type SourceEvent =
  | { kind: "item"; item: DraftItem }
  | { kind: "rejection"; rejection: Rejection }
  | { kind: "warning"; warning: Rejection };

export type FinalisedItem =
  | { ok: true; article: Article; identity: string; location: string }
  | { ok: false; rejection: Rejection };

/** Gives a draft its id and slug and checks it against the contract; a failure is a rejection. */
export function finaliseItem(item: DraftItem): FinalisedItem {
  const id = articleIdFor(item.identity);
  const candidate = { id, slug: slugify(item.draft.headline), ...item.draft };
  const result = articleSchema.safeParse(candidate);
  if (result.success) {
    return {
      ok: true,
      article: result.data,
      identity: item.identity,
      location: item.location,
    };
  }
  const [first, ...rest] = result.error.issues;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : "";
  return {
    ok: false,
    rejection: {
      location: item.location,
      field: first?.path.join(".") || "article",
      reason: `${first?.message ?? "does not match the article schema"}${more}`,
    },
  };
}

export function itemEvent(item: DraftItem): SourceEvent {
  return { kind: "item", item };
}

export function warningEvent(
  location: string,
  field: string,
  reason: string,
): SourceEvent {
  return { kind: "warning", warning: { location, field, reason } };
}

export function rejectionEvent(
  location: string,
  field: string,
  reason: string,
): SourceEvent {
  return { kind: "rejection", rejection: { location, field, reason } };
}
