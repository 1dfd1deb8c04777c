import { foldText } from "./fold-text";

/**
 * What running a search needs from its words; apart from search-params.ts, which every page loads
 * for the header's field, so that this stays in the search's own lazy chunk.
 */

export const RESULTS_PER_PAGE = 10;

/** The query as the index compares words (see foldText); quotes, for an exact phrase, stay. */
export function indexQuery(query: string): string {
  return foldText(query);
}

/** The query's words, folded, for marking them in excerpts. */
export function searchTerms(query: string): string[] {
  return [
    ...new Set(
      foldText(query)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((term) => term.length > 0),
    ),
  ];
}
