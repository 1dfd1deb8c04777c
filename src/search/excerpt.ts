import { foldText } from "./fold-text";

/** A run of an excerpt's text; `marked` runs are words the query matched. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words in an excerpt, as in Pagefind's own (about two lines of a result). */
export const EXCERPT_WORDS = 30;

/** The letters and digits of a word, folded: "“İstanbul’da," → "istanbulda". */
const core = (word: string) => foldText(word).replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * A short passage of `content` around where the query matched, with the matched words marked, as
 * parts to render as text (never as HTML: the content is the article's, untrusted). `locations`
 * are the indexes of matched words in the content split at white space, as Pagefind counts them;
 * words whose folded letters equal a query term are marked too, for the matches Pagefind finds
 * through the folded spellings it cannot point at (see scripts/publish/search-records.ts).
 */
export function buildExcerpt(
  content: string,
  locations: readonly number[],
  terms: readonly string[],
  length = EXCERPT_WORDS,
): ExcerptPart[] {
  const words = content.split(/[\r\n\s]+/g);
  const wanted = new Set(terms.map(core).filter(Boolean));
  const marked = words.map(
    (word, index) => locations.includes(index) || wanted.has(core(word)),
  );
  // The window of `length` words holding the most marks; the earliest of equals.
  let start = 0;
  let best = -1;
  let inWindow = 0;
  for (let index = 0; index < words.length; index += 1) {
    if (marked[index]) inWindow += 1;
    const first = index - length + 1;
    if (first > 0 && marked[first - 1]) inWindow -= 1;
    if (index >= Math.min(length, words.length) - 1 && inWindow > best) {
      best = inWindow;
      start = Math.max(0, first);
    }
  }
  // Three words of context before the window's first mark, rather than the marks at its far end.
  const firstMark = marked.indexOf(true, start);
  if (firstMark >= 0)
    start = Math.max(
      0,
      Math.min(firstMark - 3, words.length - Math.min(length, words.length)),
    );
  const end = Math.min(words.length, start + length);

  const parts: ExcerptPart[] = [];
  const push = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMarked && !isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (start > 0) push("… ", false);
  for (let index = start; index < end; index += 1) {
    if (index > start) push(" ", false);
    push(words[index] ?? "", marked[index] ?? false);
  }
  if (end < words.length) push(" …", false);
  return parts.filter((part) => part.text.length > 0);
}
