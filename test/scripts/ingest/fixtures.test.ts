import { describe, expect, it } from "vitest";
import { readFixture } from "./read-fixture.ts";

// Every fixture, read as the ingest reads it: the exact articles written and the exact messages printed.
const cases: [fixture: string, expected: unknown[]][] = [
  [
    "atom-quirks.xml",
    [
      {
        id: "620361b3cf2e",
        slug: "title-with-markup",
        headline: "Title with markup",
        standfirst: "Summary text",
        source: "Atom Fixture",
        language: "ja",
        publishedAt: "2020-01-01T09:00:00+09:00",
        updatedAt: "2020-01-02T09:00:00+09:00",
        tags: ["Technology"],
        byline: "Feed Author",
        url: "https://atom.example/1",
        body: [{ type: "paragraph", text: "Body" }],
      },
      {
        id: "c4825cba1126",
        slug: "same-published-and-updated",
        headline: "Same published and updated",
        source: "Atom Fixture",
        language: "en",
        publishedAt: "2020-01-01T00:00:00+00:00",
        tags: [],
        byline: "Entry Author",
        body: [{ type: "paragraph", text: "Plain text body." }],
      },
    ],
  ],
  [
    "atom-truncated.xml",
    [
      "atom-truncated.xml:14 xml: unclosed tag: entry (column 38); nothing after this point could be read",
    ],
  ],
  [
    "json-feed-1.0.json",
    [
      {
        id: "fe675fe7aaee",
        slug: "a-numeric-id-a-relative-url-and-the-1-0-author",
        headline: "A numeric id, a relative URL and the 1.0 author",
        source: "Fixture Feed 1.0",
        language: "en",
        publishedAt: "2016-05-01T10:00:00+00:00",
        tags: [],
        byline: "Item Author",
        url: "https://fixture.example/posts/first",
        body: [
          { type: "paragraph", text: "First paragraph." },
          { type: "paragraph", text: "Second paragraph." },
        ],
      },
      {
        id: "925f49a329e2",
        slug: "an-item-without-a-title-gets-the-start-of-its-text-as-a-headline-cut-at-a-word",
        headline:
          "An item without a title gets the start of its text as a headline, cut at a word…",
        source: "Fixture Feed 1.0",
        language: "en",
        tags: [],
        byline: "Feed Author",
        body: [
          {
            type: "paragraph",
            text: "An item without a title gets the start of its text as a headline, cut at a word boundary so it stays short enough.",
          },
        ],
      },
    ],
  ],
  [
    "json-feed-invalid-item.feed",
    [
      {
        id: "ca978112ca1b",
        slug: "good",
        headline: "Good",
        source: "Broken item",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Kept." }],
      },
      // A streaming parser cannot resynchronise after a syntax error: the rest is one rejection.
      'json-feed-invalid-item.feed:3 json: not valid JSON: unexpected ","; nothing after this point could be read',
    ],
  ],
  [
    "json-feed-quirks.json",
    [
      {
        id: "a18b869b2e81",
        slug: "every-field-the-spec-defines",
        headline: "Every field the spec defines",
        standfirst: "The summary",
        source: "Quirks",
        language: "en-GB",
        publishedAt: "2024-03-31T02:30:00+01:00",
        updatedAt: "2024-03-31T09:00:00+01:00",
        timeZone: "Europe/London",
        tags: ["World", "Europe"],
        byline: "One, Two",
        url: "https://fixture.example/full",
        image: { src: "https://img.example/main.jpg", alt: "" },
        body: [
          { type: "heading", level: 2, text: "Heading" },
          { type: "paragraph", text: "Text & more." },
          { type: "quote", text: "Quoted.", cite: "Someone" },
          { type: "list", ordered: true, items: ["One", "Two"] },
          {
            type: "image",
            src: "https://img.example/a.jpg",
            alt: "Alt",
            caption: "Caption",
          },
        ],
      },
      // One tag as a string instead of a list of one is unambiguous.
      {
        id: "2a10b7e1f633",
        slug: "wrong-types",
        headline: "Wrong types",
        source: "Quirks",
        language: "en",
        timeZone: "Europe/London",
        tags: ["World"],
        body: [{ type: "paragraph", text: "x" }],
      },
      "json-feed-quirks.json:item 3 id: must be a string, not an object",
      {
        id: "5c48d4f11837",
        slug: "local-time",
        headline: "Local time",
        source: "Quirks",
        language: "en",
        publishedAt: "2024-01-05T10:00:00+00:00",
        timeZone: "Europe/London",
        tags: [],
        body: [{ type: "paragraph", text: "x" }],
      },
      'warning: json-feed-quirks.json:item 5 date_published: "2023-02-29T10:00:00Z" is not a real calendar date and time; left out',
      {
        id: "90904d426c76",
        slug: "impossible",
        headline: "Impossible",
        source: "Quirks",
        language: "en",
        timeZone: "Europe/London",
        tags: [],
        body: [{ type: "paragraph", text: "x" }],
      },
      "json-feed-quirks.json:item 6 content: the item has no content or summary, and no link to the original",
      {
        id: "8f383ccddc6f",
        slug: "hostile",
        headline: "Hostile",
        source: "Quirks",
        language: "en",
        timeZone: "Europe/London",
        tags: [],
        body: [{ type: "html", html: "<p>Hi <a>there</a></p>" }],
      },
      'json-feed-quirks.json:item 8 item: must be an object, not a string ("not an object")',
      {
        id: "27873558b00f",
        slug: "no-date-at-all",
        headline: "No date at all",
        source: "Quirks",
        language: "en",
        timeZone: "Europe/London",
        tags: [],
        body: [{ type: "paragraph", text: "Kept, and listed last." }],
      },
    ],
  ],
  [
    "json-feed-truncated.feed",
    [
      {
        id: "ca978112ca1b",
        slug: "before-the-cut",
        headline: "Before the cut",
        source: "Truncated",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Kept." }],
      },
      "json-feed-truncated.feed:3 json: unexpected end of input; the file looks truncated; nothing after this point could be read",
    ],
  ],
  [
    "json-not-a-feed.json",
    [
      'json-not-a-feed.json version: missing; a JSON Feed has "version": "https://jsonfeed.org/version/1.1" (or 1)',
    ],
  ],
  [
    "rss-quirks.xml",
    [
      {
        id: "5a99652af1ee",
        slug: "cdata-title-with-markup-an-ampersand",
        headline: "CDATA title with markup & an ampersand",
        standfirst: "Summary here.",
        source: "RSS Fixture",
        language: "tr",
        publishedAt: "2015-10-04T09:19:00+03:00",
        tags: ["Gündem", "Ekonomi"],
        byline: "Ayşe Yılmaz",
        url: "https://rss.example/one",
        body: [
          { type: "paragraph", text: "Full body." },
          { type: "paragraph", text: "Second." },
        ],
      },
      {
        id: "bdda67ab069c",
        slug: "named-zone",
        headline: "Named zone",
        source: "RSS Fixture",
        language: "tr",
        publishedAt: "2015-10-05T09:19:00-04:00",
        tags: [],
        url: "https://rss.example/two",
        body: [{ type: "paragraph", text: "Plain description." }],
      },
      'warning: rss-quirks.xml:item 3 pubDate: "Mon, 05 Oct 2015 09:19:00 XYZ" has an unknown time zone name "XYZ"; left out',
      {
        id: "fdf494c1d67b",
        slug: "unknown-zone",
        headline: "Unknown zone",
        source: "RSS Fixture",
        language: "tr",
        tags: [],
        body: [{ type: "paragraph", text: "x" }],
      },
      {
        id: "935eff9d3549",
        slug: "iso-date-in-rss",
        headline: "ISO date in RSS",
        source: "RSS Fixture",
        language: "tr",
        publishedAt: "2015-10-05T09:19:00+05:30",
        tags: [],
        body: [{ type: "paragraph", text: "x" }],
      },
    ],
  ],
  [
    "text-bad-zone.txt",
    [
      'text-bad-zone.txt zone: "Mars/Olympus" is not an IANA time zone such as Europe/Istanbul',
    ],
  ],
  [
    "text-crlf-offset.txt",
    [
      {
        id: "3462a1cfab18",
        slug: "headline",
        headline: "Headline",
        standfirst: "Standfirst",
        source: "Desk",
        language: "en",
        updatedAt: "2015-10-04T09:19:00+03:00",
        tags: [],
        dateLine: "Updated: 4 October 2015, 09:19 +03:00",
        body: [{ type: "paragraph", text: "Body with odd spaces." }],
      },
    ],
  ],
  [
    "text-dst-gap-and-overlap.txt",
    [
      {
        id: "26fa94bb6757",
        slug: "headline-in-new-york",
        headline: "Headline in New York",
        standfirst: "A standfirst",
        source: "Sample Desk",
        language: "en",
        publishedAt: "2015-03-08T03:30:00-04:00",
        updatedAt: "2015-11-01T01:30:00-04:00",
        timeZone: "America/New_York",
        tags: [],
        dateLine:
          "Published: March 8, 2015, 02:30\nUpdated: 1 November 2015, 01:30",
        body: [
          {
            type: "paragraph",
            text: "Body paragraph one continues on a second line.",
          },
          { type: "paragraph", text: "Body paragraph two." },
        ],
      },
    ],
  ],
  ["text-empty.txt", ["text-empty.txt:1 headline: the file has no text"]],
  [
    "text-english-no-zone.txt",
    [
      'text-english-no-zone.txt:9 date: "4 October 2015, 09:19" has no time zone; pass --zone IANA_ZONE or add "zone:" to the file\'s header',
    ],
  ],
  [
    "text-impossible-date.txt",
    [
      'text-impossible-date.txt:9 date: "31 Şubat 2015, 10:00" is not a real calendar date and time',
    ],
  ],
  [
    "text-no-source.txt",
    [
      "text-no-source.txt:3 source: no source line after the headline and standfirst",
    ],
  ],
  [
    "text-unknown-header.txt",
    [
      'text-unknown-header.txt:2 header: "colour: blue" is not one of zone, language, tags, byline, url, standfirst followed by ":"',
    ],
  ],
];

describe("ingest fixtures", () => {
  it.each(cases)("%s", async (fixture, expected) => {
    expect(await readFixture(fixture)).toEqual(expected);
  });
});
