import { foldText } from "../search/fold-text";
import { slugify } from "../slug";

/**
 * Tags and sources ("topics") each have a list at a stable address, `/tags/<id>-<slug>` and
 * `/sources/<id>-<slug>` (docs/decisions/0012). The id comes from the name as Bulletin compares it
 * (folded, spacing and hyphens alike), so "Transport", "transport" and "TRANSPORT" are one tag
 * with one address whichever spelling the newest article uses. Ingest, publish and the app compute
 * it the same way, so a tag link needs no lookup.
 */
export type TopicKind = "tag" | "source";

export const TOPIC_ID_PATTERN = /^[0-9a-f]{10}$/;

/** The name as Bulletin compares it: folded, with runs of spaces, hyphens, underscores and apostrophes as one space. */
export function topicKey(name: string): string {
  return foldText(name)
    .replace(/[\s\-_'’‐-―]+/gu, " ")
    .trim();
}

/**
 * cyrb53 (public domain, bryc): a fast 53-bit string hash, enough to keep thousands of tag names
 * apart (publish refuses the one-in-billions collision rather than merge two lists).
 */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A topic's permanent id: 10 hex characters from its kind and key. */
export function topicId(kind: TopicKind, name: string): string {
  return hash53(`${kind}:${topicKey(name)}`)
    .toString(16)
    .padStart(14, "0")
    .slice(-10);
}

export function topicSlug(name: string): string {
  return slugify(name, "topic");
}

export interface TopicRef {
  kind: TopicKind;
  id: string;
  slug: string;
}

const refs = new Map<string, TopicRef>();

/**
 * A topic's id and slug. Remembered: a list page links the same few tags dozens of times, and
 * ingest and publish meet them thousands of times; a reader or an archive has thousands at most.
 */
export function topicRef(kind: TopicKind, name: string): TopicRef {
  const key = `${kind}:${name}`;
  let ref = refs.get(key);
  if (!ref) {
    ref = { kind, id: topicId(kind, name), slug: topicSlug(name) };
    refs.set(key, ref);
  }
  return ref;
}
