import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir, readFixture } from "./read-fixture.ts";

// Every fixture, read as the ingest reads it: the exact articles written and the exact messages printed.
const cases: [fixture: string, expected: unknown[]][] = [
  [
    "atom-xhtml.xml",
    [
      {
        id: "da2813e7f6e1",
        slug: "xhtml-content",
        headline: "XHTML content",
        source: "XHTML Feed",
        language: "en",
        updatedAt: "2024-05-01T12:00:00+00:00",
        tags: [],
        url: "https://xhtml.example/posts/1",
        body: [
          {
            type: "html",
            html: '<p>Line one<br>line two, <a href="https://xhtml.example/about" rel="noopener noreferrer nofollow">about</a>.</p>',
          },
        ],
      },
    ],
  ],
  [
    "rss-1.0.rdf.xml",
    [
      {
        id: "9919c584e486",
        slug: "ein-artikel",
        headline: "Ein Artikel",
        source: "RDF Site",
        language: "de",
        publishedAt: "2024-05-01T10:00:00+02:00",
        tags: ["Lokales"],
        byline: "Erika Muster",
        url: "https://rdf.example/one",
        body: [{ type: "paragraph", text: "Text des Artikels." }],
      },
    ],
  ],
  [
    "json-feed-liberal.json",
    [
      {
        id: "808cf1ae331e",
        slug: "one-tag-as-a-string",
        headline: "One tag as a string",
        source: "Liberal",
        language: "en",
        tags: ["World"],
        byline: "A Single Author",
        body: [{ type: "paragraph", text: "x" }],
      },
      "warning: json-feed-liberal.json:item 2 tags: must be a list of strings; a number (7) left out",
      "warning: json-feed-liberal.json:item 2 image: must be a string, not a number (42); left out",
      'warning: json-feed-liberal.json:item 2 _bulletin.time_zone: "Mars/Olympus" is not an IANA time zone such as Europe/Istanbul; left out',
      'warning: json-feed-liberal.json:item 2 date_published: "yesterday" is not an ISO 8601 or RFC 822 date-time; left out',
      'warning: json-feed-liberal.json:item 2 language: "not a tag" is not a BCP 47 language tag such as en or tr; left out',
      {
        id: "65fe6742be46",
        slug: "wrong-fields-are-left-out",
        headline: "Wrong fields are left out",
        source: "Liberal",
        language: "en",
        tags: ["Fine"],
        body: [{ type: "paragraph", text: "Kept." }],
      },
      'warning: json-feed-liberal.json:item 3 date_published: "2020/1/10 14:16:00" has no UTC offset; pass --zone IANA_ZONE to say how to read it; left out',
      {
        id: "98b47f097e33",
        slug: "a-slash-date",
        headline: "A slash date",
        source: "Liberal",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "x" }],
      },
      {
        id: "f3a3cc0537c4",
        slug: "first-of-two-sharing-a-link",
        headline: "First of two sharing a link",
        source: "Liberal",
        language: "en",
        tags: [],
        url: "https://liberal.example/shared",
        body: [{ type: "paragraph", text: "One." }],
      },
      {
        id: "7109edc571b4",
        slug: "second-of-two-sharing-a-link",
        headline: "Second of two sharing a link",
        source: "Liberal",
        language: "en",
        tags: [],
        url: "https://liberal.example/shared",
        body: [{ type: "paragraph", text: "Two." }],
      },
      {
        id: "1e2135d1b50f",
        slug: "bell-and-null",
        headline: "Bell and null",
        source: "Liberal",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Text with controls." }],
      },
      {
        id: "d2d9e1f13413",
        slug: "relative-urls",
        headline: "Relative URLs",
        source: "Liberal",
        language: "en",
        tags: [],
        url: "https://liberal.example/news/relative",
        body: [
          {
            type: "html",
            html: '<p>See <a href="https://liberal.example/news/more" rel="noopener noreferrer nofollow">more</a> and <a href="#notes" rel="noopener noreferrer nofollow">notes</a>.</p><img src="https://liberal.example/pictures/a.jpg" alt="A">',
          },
        ],
      },
      'warning: json-feed-liberal.json language: comes after "items", so the items were read without it; put the feed\'s own fields first',
    ],
  ],
  [
    "atom-empty-author.xml",
    [
      "atom-empty-author.xml:item 1 content: the item has no content or summary, and no link to the original",
      {
        id: "8ad59ad78b64",
        slug: "an-entry-with-a-link-only",
        headline: "An entry with a link only",
        source: "Empty author",
        language: "en",
        updatedAt: "2024-01-01T00:00:00+00:00",
        tags: [],
        url: "https://atom.example/link-only",
        body: [],
      },
    ],
  ],
  [
    "json-feed-invalid-utf8.feed",
    [
      {
        id: "ca978112ca1b",
        slug: "caf",
        headline: "Caf�",
        source: "Bytes",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Latin-1 byte in UTF-8." }],
      },
      {
        id: "3e23e8160039",
        slug: "fine",
        headline: "Fine",
        source: "Bytes",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Kept." }],
      },
      "warning: json-feed-invalid-utf8.feed:2 encoding: invalid UTF-8 (byte 0xE9 at byte offset 94) replaced with U+FFFD",
    ],
  ],
  [
    "rss-broken-middle.xml",
    [
      {
        id: "77c00e0ea8bb",
        slug: "before-the-break",
        headline: "Before the break",
        source: "Broken middle",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Kept." }],
      },
      "rss-broken-middle.xml:11 xml: unexpected close tag (column 30); nothing after this point could be read",
    ],
  ],
  [
    "rss-latin1.xml",
    [
      {
        id: "fbff137fdab2",
        slug: "mae-e-filha",
        headline: "Mãe e filha",
        source: "Jornal Fictício",
        language: "pt",
        tags: [],
        body: [{ type: "paragraph", text: "Não há nada além de ç e é." }],
      },
    ],
  ],
  [
    "rss-lenient.xml",
    [
      "warning: rss-lenient.xml:1 xml: whitespace before the XML declaration ignored",
      {
        id: "083b2541f80d",
        slug: "cafe-au-lait",
        headline: "Café au lait",
        source: "Lenient",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "One space." }],
      },
      {
        id: "5c66e5640c00",
        slug: "bell-in-the-title",
        headline: "Bell in the title",
        source: "Lenient",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Still read." }],
      },
      "warning: rss-lenient.xml xml: HTML entities XML does not define (&eacute;, &nbsp;) read as HTML reads them",
      "warning: rss-lenient.xml:14 xml: disallowed character (column 18); read past",
    ],
  ],
  [
    "rss-link-only.xml",
    [
      {
        id: "c9d5ca4240f7",
        slug: "worth-reading-elsewhere",
        headline: "Worth reading elsewhere",
        source: "Links",
        language: "en",
        tags: [],
        url: "https://elsewhere.example/story",
        body: [],
      },
      "warning: rss-link-only.xml:item 2 content: nothing is left after removing unsafe HTML (scripts, embeds, frames); kept as a headline with a link to the original",
      {
        id: "11b6091c9cff",
        slug: "a-video",
        headline: "A video",
        source: "Links",
        language: "en",
        tags: [],
        url: "https://links.example/video",
        body: [],
      },
      "warning: rss-link-only.xml:item 3 content: nothing is left after removing unsafe HTML (scripts, embeds, frames); kept as a headline with a link to the original",
      {
        id: "9a6413297038",
        slug: "a-frameset",
        headline: "A frameset",
        source: "Links",
        language: "en",
        tags: [],
        url: "https://links.example/frames",
        body: [],
      },
      "rss-link-only.xml:item 4 content: nothing is left after removing unsafe HTML, and the item has no link to the original",
    ],
  ],
  [
    "rss-unknown-encoding.xml",
    [
      'rss-unknown-encoding.xml source: the XML declaration names the encoding "x-klingon", which this ingest cannot decode; convert the file to UTF-8',
    ],
  ],
  [
    "text-invalid-utf8.txt",
    [
      "warning: text-invalid-utf8.txt:7 encoding: invalid UTF-8 (byte 0xFF at byte offset 50) replaced with U+FFFD",
      {
        id: "e89c060842a6",
        slug: "headline",
        headline: "Headline",
        standfirst: "Standfirst",
        source: "Desk",
        language: "en",
        tags: [],
        body: [{ type: "paragraph", text: "Body with a bad byte: �." }],
      },
    ],
  ],
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

/** How many items a fixture holds, counted without the ingest's parsers. */
function itemsIn(name: string): number {
  const bytes = readFileSync(path.join(fixturesDir, name));
  if (name.endsWith(".txt")) return 1;
  const text = bytes.toString("latin1");
  if (name.endsWith(".xml"))
    return text.match(/<(?:item|entry)[\s>]/g)?.length ?? 0;
  try {
    const feed = JSON.parse(bytes.toString("utf8")) as { items?: unknown };
    return Array.isArray(feed.items) ? feed.items.length : 0;
  } catch {
    // The broken JSON fixtures hold one item per line.
    return text.split("\n").filter((line) => line.startsWith('{"id"')).length;
  }
}

// The pipeline's totals add up only if every item in a source yields exactly one article or one
// rejection, or is covered by one rejection for the whole source or for the unreadable rest of it.
describe("every item of every fixture is accounted for", () => {
  it.each(readdirSync(fixturesDir))("%s", async (name) => {
    const outcomes = (await readFixture(name)).filter(
      (outcome) =>
        typeof outcome !== "string" || !outcome.startsWith("warning: "),
    );
    const present = itemsIn(name);
    const last = outcomes.at(-1);
    const coversRest =
      typeof last === "string" &&
      (last.endsWith("nothing after this point could be read") ||
        !last.startsWith(`${name}:item `));
    if (coversRest && present > 0) {
      expect(outcomes.length).toBeGreaterThanOrEqual(1);
      expect(outcomes.length).toBeLessThanOrEqual(present);
    } else {
      expect(outcomes).toHaveLength(Math.max(present, 1));
    }
  });
});

describe("dates read with --zone", () => {
  it("reads a year-first slash date in the zone", async () => {
    const outcomes = await readFixture("json-feed-liberal.json", "Asia/Tokyo");
    expect(outcomes).toContainEqual(
      expect.objectContaining({
        headline: "A slash date",
        publishedAt: "2020-01-10T14:16:00+09:00",
        timeZone: "Asia/Tokyo",
      }),
    );
  });
});
