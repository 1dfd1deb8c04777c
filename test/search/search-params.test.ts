import { describe, expect, it } from "vitest";
import {
  MAX_QUERY_LENGTH,
  parseSearchParams,
  searchPath,
} from "../../src/search/search-params";
import { indexQuery, searchTerms } from "../../src/search/search-terms";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("search addresses", () => {
  it("reads the words, order, page and filter from the address", () => {
    expect(
      parse("q=harbour+ferries&sort=newest&page=3&tag=0123456789"),
    ).toEqual({
      query: "harbour ferries",
      sort: "newest",
      page: 3,
      tag: "0123456789",
    });
  });

  it("tidies spacing and leaves out what it cannot use rather than refusing the search", () => {
    expect(
      parse(
        "q=%20%20harbour%0A%09ferries%20&sort=oldest&page=0&tag=nope&source=ABCDEF0123",
      ),
    ).toEqual({
      query: "harbour ferries",
      sort: "relevance",
      page: 1,
      source: "abcdef0123",
    });
    expect(parse("page=1e3")).toMatchObject({ query: "", page: 1 });
  });

  it("cuts a very long query at whole characters", () => {
    const query = parse(`q=${"ğ".repeat(MAX_QUERY_LENGTH + 50)}`).query;
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
  });

  it("writes equal searches as equal addresses, without defaults", () => {
    expect(searchPath()).toBe("/search");
    expect(searchPath({ query: "a b", sort: "relevance", page: 1 })).toBe(
      "/search?q=a+b",
    );
    expect(
      searchPath({
        query: "İzmir",
        sort: "newest",
        page: 2,
        tag: "0123456789",
      }),
    ).toBe("/search?q=%C4%B0zmir&sort=newest&tag=0123456789&page=2");
    // What it writes, it reads back.
    const search = { query: "İzmir", sort: "newest", page: 2 } as const;
    expect(
      parseSearchParams(new URL(searchPath(search), "http://x").searchParams),
    ).toEqual(search);
  });

  it("gives the index folded words and keeps quotes for a phrase", () => {
    expect(indexQuery('“İSTANBUL” "Kapısı"')).toBe('“istanbul” "kapisi"');
    expect(searchTerms("İstanbul, ISTANBUL and güncelleme!")).toEqual([
      "istanbul",
      "and",
      "guncelleme",
    ]);
  });
});
