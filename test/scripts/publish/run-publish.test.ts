import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  articleSchema,
  headlinePageSchema,
  latestHeadlinesSchema,
} from "../../../src/articles/article-schema.ts";
import {
  topicLatestSchema,
  topicPageSchema,
} from "../../../src/topics/topic-schema.ts";
import { Archive } from "../../../scripts/archive/archive.ts";
import { articleIdFor } from "../../../scripts/ingest/article-id.ts";
import { topicId } from "../../../src/topics/topic-ref.ts";
import {
  buildApp,
  finished,
  ingestInto,
  modificationTimes,
  publishInto,
  readTree,
  repoRoot,
  runCli,
  startCli,
  TEST_SHELL,
  temporaryWorkFolder,
  writeJsonFeed,
  type FeedItem,
} from "../support/archive-runs.ts";
import { searchSite } from "../support/search-site.ts";

const work = temporaryWorkFolder();
const archiveFile = () => path.join(work.path, "archive.sqlite");
const site = () => path.join(work.path, "site");

const story = (n: number, fields: Partial<FeedItem> = {}): FeedItem => ({
  id: `story-${n}`,
  title: `Story ${n}`,
  content_text: `Body ${n}.`,
  date_published: new Date(Date.UTC(2026, 0, 1, 0, n)).toISOString(),
  ...fields,
});

/** Ingests `items` as one JSON Feed into the test's archive. */
async function ingestItems(items: FeedItem[]) {
  const feed = path.join(work.path, "feed.json");
  await writeJsonFeed(feed, items);
  return ingestInto(archiveFile(), [feed]);
}

const ingestStories = (numbers: number[], fields: Partial<FeedItem> = {}) =>
  ingestItems(numbers.map((n) => story(n, fields)));

// A real build for the command-line tests, made once: they run the real renderer.
let appBuild = "";
beforeAll(async () => {
  appBuild = await buildApp(
    path.join(await mkdtemp(path.join(tmpdir(), "bulletin-app-")), "app"),
  );
}, 120_000);
afterAll(async () => {
  if (appBuild)
    await rm(path.dirname(appBuild), { recursive: true, force: true });
});

/** A site folder as vite build leaves it, with its page renderer beside it. */
async function realSite() {
  await cp(appBuild, site(), { recursive: true });
  await cp(`${appBuild}-ssr`, `${site()}-ssr`, { recursive: true });
}

async function builtSite() {
  await mkdir(site(), { recursive: true });
  await writeFile(path.join(site(), "shell.html"), TEST_SHELL);
}

const readJson = async (file: string): Promise<unknown> =>
  JSON.parse(await readFile(path.join(site(), file), "utf8"));

describe("publishing the archive into a site", () => {
  it("writes every article, pages numbered from the oldest, the latest headlines and the feed", async () => {
    await ingestStories(Array.from({ length: 45 }, (_, index) => index + 1));
    await builtSite();
    const result = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(result).toMatchObject({
      articles: 45,
      changedArticles: 45,
      full: true,
    });

    const files = await readTree(site());
    expect(
      Object.keys(files).filter((file) => file.startsWith("data/articles/")),
    ).toHaveLength(45);
    const page1 = headlinePageSchema.parse(
      await readJson("data/headlines/1.json"),
    );
    const page3 = headlinePageSchema.parse(
      await readJson("data/headlines/3.json"),
    );
    expect(page1).toMatchObject({ page: 1, pageSize: 20, newest: false });
    expect(page1.headlines.map((h) => h.headline)).toEqual(
      Array.from({ length: 20 }, (_, index) => `Story ${20 - index}`),
    );
    expect(page3).toMatchObject({ page: 3, newest: true });
    expect(page3.headlines.map((h) => h.headline)).toEqual([
      "Story 45",
      "Story 44",
      "Story 43",
      "Story 42",
      "Story 41",
    ]);
    expect(files["data/headlines/4.json"]).toBeUndefined();
    // The list never carries bodies.
    expect(Object.keys(page1.headlines[0] ?? {})).not.toContain("body");

    const latest = latestHeadlinesSchema.parse(
      await readJson("data/headlines/latest.json"),
    );
    expect(latest.totalArticles).toBe(45);
    expect(latest.headlines.map((h) => h.headline).slice(0, 2)).toEqual([
      "Story 45",
      "Story 44",
    ]);
    // The newest two pages: 3 (Stories 41–45) and 2 (Stories 21–40).
    expect(latest.headlines).toHaveLength(25);
    expect(latest.headlines.at(-1)?.headline).toBe("Story 21");

    const article = articleSchema.parse(
      await readJson(`data/articles/${articleIdFor("story-7")}.json`),
    );
    expect(article).toMatchObject({ headline: "Story 7", slug: "story-7" });
    // Every URL is a file: the front page, each archive page, each article, and not-found.
    expect(files["index.html"]).toContain("<title>/</title>");
    expect(files["page/3/index.html"]).toContain("<title>/page/3</title>");
    expect(
      files[`articles/${articleIdFor("story-7")}-story-7/index.html`],
    ).toContain(`<title>/articles/${articleIdFor("story-7")}-story-7</title>`);
    expect(files["404.html"]).toContain("<title>/404.html</title>");
    // The id alone leads to the article.
    expect(files[`articles/${articleIdFor("story-7")}/index.html`]).toContain(
      `<meta http-equiv="refresh" content="0; url=/articles/${articleIdFor("story-7")}-story-7" />`,
    );
    const feed = (await readJson("data/feed.json")) as {
      items: { title: string }[];
    };
    expect(feed.items[0]?.title).toBe("Story 45");
  });

  it("publishes again only what changed: nothing for nothing, O(changes) for an addition", async () => {
    await ingestStories(Array.from({ length: 45 }, (_, index) => index + 1));
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    const before = await modificationTimes(site());

    const again = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(again).toMatchObject({
      full: false,
      changedArticles: 0,
      written: 0,
    });
    expect(await modificationTimes(site())).toEqual(before);

    // One more story and one correction.
    await ingestStories([46]);
    await ingestStories([3], {
      title: "Story 3, corrected",
      date_modified: "2026-02-01T00:00:00Z",
    });
    const next = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(next).toMatchObject({ full: false, changedArticles: 2 });
    const after = await modificationTimes(site());
    const changedFiles = Object.keys(after)
      .filter((file) => after[file] !== before[file])
      .sort();
    // Search: a recent index of the two (its entry, meta, one word chunk, a fragment each, a filter
    // chunk per filter), and its manifest; the big index untouched.
    const recentIndex = changedFiles.filter((file) =>
      file.startsWith("pagefind-recent/"),
    );
    expect(recentIndex).toHaveLength(2 + 1 + 2 + 4 + 1);
    expect(recentIndex).toContain("pagefind-recent/recent.json");
    expect(changedFiles).not.toContainEqual(
      expect.stringMatching(/^pagefind\//),
    );
    const rewritten = changedFiles.filter(
      (file) => !file.startsWith("pagefind-recent/"),
    );
    const three = articleIdFor("story-3");
    const fortySix = articleIdFor("story-46");
    const source = topicId("source", "Test Feed");
    expect(rewritten).toEqual(
      [
        // The two articles' data and pages, and every address that leads to them.
        `data/articles/${three}.json`,
        `data/articles/${fortySix}.json`,
        `articles/${three}-story-3-corrected/index.html`,
        `articles/${three}-story-3/index.html`,
        `articles/${three}/index.html`,
        `articles/${fortySix}-story-46/index.html`,
        `articles/${fortySix}/index.html`,
        // The pages that list them (3 is the newest), the front page, the feed.
        "data/headlines/1.json",
        "page/1/index.html",
        "data/headlines/3.json",
        "page/3/index.html",
        "data/headlines/latest.json",
        "index.html",
        "data/feed.json",
        "data/publish-state.json",
        // Their neighbours' data and pages, which link to them (3's headline changed; 46 is new).
        ...[2, 4, 45].flatMap((n) => [
          `data/articles/${articleIdFor(`story-${n}`)}.json`,
          `articles/${articleIdFor(`story-${n}`)}-story-${n}/index.html`,
        ]),
        // Their source's list: the pages holding them and its newest articles, nothing else.
        `data/sources/${source}/1.json`,
        `sources/${source}-test-feed/page/1/index.html`,
        `data/sources/${source}/3.json`,
        `sources/${source}-test-feed/page/3/index.html`,
        `data/sources/${source}/latest.json`,
        `data/sources/${source}/feed.json`,
        `sources/${source}-test-feed/index.html`,
      ].sort(),
    );
    expect(next.written).toBe(changedFiles.length);
  });

  it("a new app build republishes every page, but unchanged files keep their bytes and time", async () => {
    await ingestStories([1, 2]);
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    const before = await modificationTimes(site());
    const newShell = TEST_SHELL.replace(
      "</head>",
      '<script src="/assets/new.js"></script></head>',
    );
    await writeFile(path.join(site(), "shell.html"), newShell);
    const result = await publishInto(archiveFile(), site(), {
      shell: newShell,
    });
    expect(result.full).toBe(true);
    const after = await modificationTimes(site());
    expect(after[`data/articles/${articleIdFor("story-1")}.json`]).toBe(
      before[`data/articles/${articleIdFor("story-1")}.json`],
    );
    expect(await readFile(path.join(site(), "index.html"), "utf8")).toContain(
      '<script src="/assets/new.js"></script>',
    );
  });

  it("a withdrawn article keeps its URL and file, which say why instead of the text", async () => {
    await ingestStories([1, 2]);
    const archive = Archive.open(archiveFile(), { create: false });
    archive.begin("test", 0);
    archive.withdraw(
      articleIdFor("story-1"),
      "Legal reasons",
      "2026-03-01T12:00:00.000Z",
    );
    archive.commit();
    archive.close();
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    const article = articleSchema.parse(
      await readJson(`data/articles/${articleIdFor("story-1")}.json`),
    );
    expect(article).toEqual({
      id: articleIdFor("story-1"),
      slug: "story-1",
      headline: "Story 1",
      source: "Test Feed",
      language: "en",
      publishedAt: "2026-01-01T00:01:00+00:00",
      tags: [],
      withdrawn: { at: "2026-03-01T12:00:00.000Z", reason: "Legal reasons" },
      body: [],
      // Its place in the archive stays, as in the lists.
      neighbours: {
        next: {
          id: articleIdFor("story-2"),
          slug: "story-2",
          headline: "Story 2",
          language: "en",
          publishedAt: "2026-01-01T00:02:00+00:00",
        },
      },
    });
    const latest = latestHeadlinesSchema.parse(
      await readJson("data/headlines/latest.json"),
    );
    expect(
      latest.headlines.find((h) => h.headline === "Story 1")?.withdrawn,
    ).toEqual({
      at: "2026-03-01T12:00:00.000Z",
      reason: "Legal reasons",
    });
    const feed = (await readJson("data/feed.json")) as {
      items: { title: string }[];
    };
    expect(feed.items.map((item) => item.title)).toEqual(["Story 2"]);
  });

  it("an empty archive still has a front page and a first page", async () => {
    Archive.open(archiveFile(), { create: true }).close();
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    expect(await readJson("data/headlines/latest.json")).toEqual({
      pageSize: 20,
      totalArticles: 0,
      headlines: [],
    });
    expect(await readJson("data/headlines/1.json")).toEqual({
      page: 1,
      pageSize: 20,
      newest: true,
      headlines: [],
    });
  });
});

describe("tag and source lists and the search index", () => {
  const tagged = (n: number, tags: string[]) => story(n, { tags });

  it("publishes each tag's list, and one new article rewrites only its own tags' pages", async () => {
    await ingestItems(
      Array.from({ length: 25 }, (_, index) =>
        tagged(index + 1, index % 2 ? ["Transport"] : ["Weather", "Ports"]),
      ),
    );
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    const transport = topicId("tag", "Transport");
    const weather = topicId("tag", "Weather");
    const latest = topicLatestSchema.parse(
      await readJson(`data/tags/${transport}/latest.json`),
    );
    expect(latest.topic).toEqual({
      kind: "tag",
      id: transport,
      slug: "transport",
      name: "Transport",
    });
    expect(latest.totalArticles).toBe(12);
    expect(latest.headlines.map((h) => h.headline)).toEqual(
      [24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2].map((n) => `Story ${n}`),
    );
    const files = Object.keys(await readTree(site()));
    expect(files).toEqual(
      expect.arrayContaining([
        `tags/${transport}-transport/index.html`,
        `tags/${transport}-transport/page/1/index.html`,
        `tags/${transport}/index.html`,
        `tags/${weather}-weather/index.html`,
      ]),
    );
    const before = await modificationTimes(site());

    await ingestItems([tagged(26, ["transport"])]);
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    const after = await modificationTimes(site());
    const rewritten = Object.keys(after).filter(
      (file) => after[file] !== before[file],
    );
    // Transport (in another case: the same tag) and the source; Weather and Ports untouched.
    expect(
      rewritten
        .filter((file) => /^(data\/)?(tags|sources)\//.test(file))
        .sort(),
    ).toEqual(
      [
        `data/tags/${transport}/1.json`,
        `tags/${transport}-transport/page/1/index.html`,
        `data/tags/${transport}/latest.json`,
        `data/tags/${transport}/feed.json`,
        `tags/${transport}-transport/index.html`,
        // The address by id alone names the tag as the newest article spells it.
        `tags/${transport}/index.html`,
        `data/sources/${topicId("source", "Test Feed")}/2.json`,
        `sources/${topicId("source", "Test Feed")}-test-feed/page/2/index.html`,
        `data/sources/${topicId("source", "Test Feed")}/latest.json`,
        `data/sources/${topicId("source", "Test Feed")}/feed.json`,
        `sources/${topicId("source", "Test Feed")}-test-feed/index.html`,
      ].sort(),
    );
    const page = topicPageSchema.parse(
      await readJson(`data/tags/${transport}/1.json`),
    );
    expect(page.headlines[0]?.headline).toBe("Story 26");
  });

  it("gives each tag and source a JSON Feed of its newest 50 articles, withdrawn ones left out", async () => {
    await ingestItems(
      Array.from({ length: 55 }, (_, index) =>
        tagged(index + 1, index % 5 ? ["Ports"] : ["Ports", "Weather"]),
      ),
    );
    const archive = Archive.open(archiveFile(), { create: false });
    archive.begin("test", 0);
    archive.withdraw(
      articleIdFor("story-54"),
      "Legal reasons",
      "2026-03-01T12:00:00.000Z",
    );
    archive.commit();
    archive.close();
    await builtSite();
    await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
      siteUrl: "https://news.example/",
    });
    const ports = topicId("tag", "Ports");
    const feed = (await readJson(`data/tags/${ports}/feed.json`)) as {
      version: string;
      title: string;
      home_page_url: string;
      feed_url: string;
      items: { id: string; title: string; url: string; tags: string[] }[];
    };
    expect(feed).toMatchObject({
      version: "https://jsonfeed.org/version/1.1",
      title: "Tag: Ports · Bulletin",
      home_page_url: `https://news.example/tags/${ports}-ports`,
      feed_url: `https://news.example/data/tags/${ports}/feed.json`,
    });
    // The newest 50 of its list (55 down to 6), less the withdrawn 54.
    expect(feed.items.map((item) => item.title)).toEqual(
      Array.from({ length: 50 }, (_, index) => `Story ${55 - index}`).filter(
        (title) => title !== "Story 54",
      ),
    );
    expect(feed.items[0]).toMatchObject({
      id: articleIdFor("story-55"),
      url: `https://news.example/articles/${articleIdFor("story-55")}-story-55`,
    });
    const weather = (await readJson(
      `data/tags/${topicId("tag", "Weather")}/feed.json`,
    )) as { title: string; items: { title: string }[] };
    expect(weather.title).toBe("Tag: Weather · Bulletin");
    expect(weather.items).toHaveLength(11);
    const source = (await readJson(
      `data/sources/${topicId("source", "Test Feed")}/feed.json`,
    )) as { title: string; items: unknown[] };
    expect(source.title).toBe("Source: Test Feed · Bulletin");
    expect(source.items).toHaveLength(49);
  });
});

describe("search, kept current by a recent index", () => {
  const path404 = (n: number) => `/articles/${articleIdFor(`story-${n}`)}-`;
  const found = async (query: string, newest = false) =>
    (await searchSite(site(), query, { newest })).map((article) => ({
      headline: article.headline,
      path: article.path.slice(0, path404(0).length),
    }));
  const result = (n: number, headline = `Story ${n}`) => ({
    headline,
    path: path404(n),
  });
  const bigIndexEntry = () => readJson("pagefind/pagefind-entry.json");
  /** The publish built the whole index of `records` articles, and left no recent index. */
  async function expectWholeIndex(
    published: Awaited<ReturnType<typeof publishInto>>,
    records: number,
    reason: string,
  ) {
    expect(published.search).toMatchObject({ built: { records }, reason });
    expect(await bigIndexEntry()).toMatchObject({
      languages: { en: { page_count: records } },
    });
    expect(await readJson("pagefind-recent/recent.json")).toEqual({
      version: 2,
      pages: [],
      superseded: [],
      newest: [],
      before: [],
    });
  }

  it("builds the whole index on the first publish; a new article is then found through the recent index alone", async () => {
    await ingestStories([1, 2], { content_text: "Harbour news." });
    await builtSite();
    const first = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    await expectWholeIndex(first, 2, "none");
    const bigIndex = await modificationTimes(path.join(site(), "pagefind"));

    await ingestStories([3], { content_text: "The lighthouse reopens." });
    const second = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(second.search).toMatchObject({
      recent: { records: 1, superseded: 0 },
    });
    // The big index is as it was, file for file.
    expect(await modificationTimes(path.join(site(), "pagefind"))).toEqual(
      bigIndex,
    );
    expect(await found("lighthouse")).toEqual([result(3)]);
    expect(await found("harbour")).toHaveLength(2);
    // Only what a merged index needs: no second loader, worker or WebAssembly.
    const recentFiles = Object.keys(
      await readTree(path.join(site(), "pagefind-recent")),
    );
    expect(recentFiles).toContainEqual(
      expect.stringMatching(/^en_[0-9a-f]+\/pagefind-entry\.json$/),
    );
    expect(recentFiles).not.toContainEqual(
      expect.stringMatching(/pagefind\.js|worker|wasm/),
    );

    // Nothing changed, nothing built or written.
    const before = await modificationTimes(site());
    const third = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(third.search).toEqual({ behind: 0 });
    expect(await modificationTimes(site())).toEqual(before);
  });

  it("replaces a recent index's manifest of the first version, even when search is current", async () => {
    await ingestStories([1, 2], { content_text: "Harbour news." });
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    await ingestStories([3], { content_text: "The lighthouse reopens." });
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    // As a publish before version 2 left it: no list of the recent index's pages.
    const manifestFile = path.join(site(), "pagefind-recent/recent.json");
    const current = (await readJson("pagefind-recent/recent.json")) as object;
    await writeFile(
      manifestFile,
      JSON.stringify({ ...current, version: 1, pages: undefined }),
    );

    const published = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(published.search).toMatchObject({ recent: { records: 1 } });
    expect(await readJson("pagefind-recent/recent.json")).toMatchObject({
      version: 2,
      pages: [expect.stringMatching(/^en_[0-9a-f]+$/)],
    });
    expect(await found("lighthouse")).toEqual([result(3)]);
  });

  it("finds a corrected article by its new words and not its old, once, and a withdrawn one not at all", async () => {
    await ingestStories([1], { title: "Harbour crane collapses" });
    await ingestStories([2], { title: "Ferry strike ends" });
    await ingestStories([3], { title: "Harbour master retires" });
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    expect(await found("collapses")).toEqual([
      result(1, "Harbour crane collapses"),
    ]);

    await ingestStories([1], {
      title: "Harbour crane repaired",
      content_text: "Engineers worked overnight.",
    });
    const archive = Archive.open(archiveFile(), { create: false });
    archive.begin("test", 0);
    archive.withdraw(
      articleIdFor("story-3"),
      "Legal reasons",
      "2026-03-01T12:00:00.000Z",
    );
    archive.commit();
    archive.close();
    const published = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(published.search).toMatchObject({
      recent: { records: 1, superseded: 2 },
    });
    expect(await found("collapses")).toEqual([]);
    expect(await found("repaired")).toEqual([
      result(1, "Harbour crane repaired"),
    ]);
    expect(await found("overnight")).toEqual([
      result(1, "Harbour crane repaired"),
    ]);
    expect(await found("harbour")).toEqual([
      result(1, "Harbour crane repaired"),
    ]);
    expect(await found("retires")).toEqual([]);
  });

  it("orders newest first across both indexes, by each article's time", async () => {
    await ingestStories([1, 3, 5], { content_text: "Tide tables." });
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    // Dated between the big index's articles, after them, and one corrected to the newest of all.
    await ingestStories([2, 4, 6], { content_text: "Tide tables." });
    await ingestStories([1], {
      content_text: "Tide tables, corrected.",
      date_modified: new Date(Date.UTC(2026, 0, 1, 0, 9)).toISOString(),
    });
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    expect(
      (await found("tide", true)).map((article) => article.headline),
    ).toEqual([
      "Story 1",
      "Story 6",
      "Story 5",
      "Story 4",
      "Story 3",
      "Story 2",
    ]);
    expect(await found("tide")).toHaveLength(6);
  });

  it("rebuilds the whole index once the recent one would pass its limit, and when asked; --no-search leaves both", async () => {
    await ingestStories([1, 2]);
    await builtSite();
    await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
      recentSearchLimit: 2,
    });
    await ingestStories([3, 4]);
    const withinLimit = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
      recentSearchLimit: 2,
    });
    expect(withinLimit.search).toMatchObject({ recent: { records: 2 } });

    await ingestStories([5]);
    const pastLimit = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
      recentSearchLimit: 2,
    });
    await expectWholeIndex(pastLimit, 5, "limit");
    expect(await found("story")).toHaveLength(5);
    // Files of the index it replaced are gone; only what the browser needs is published.
    const files = Object.keys(await readTree(path.join(site(), "pagefind")));
    expect(files.filter((file) => file.endsWith(".pf_meta"))).toHaveLength(1);
    expect(files).not.toContainEqual(expect.stringMatching(/playground|ui\./));

    await ingestStories([6]);
    const skipped = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
      search: "skip",
    });
    expect(skipped.search).toEqual({ behind: 1 });
    expect(await found("story")).toHaveLength(5);
    const recent = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
    });
    expect(recent.search).toMatchObject({ recent: { records: 1 } });
    const rebuilt = await publishInto(archiveFile(), site(), {
      shell: TEST_SHELL,
      search: "rebuild",
    });
    expect(rebuilt.search).toMatchObject({
      built: { records: 6 },
      reason: "asked",
    });
    expect(await found("story")).toHaveLength(6);
    // Only the recent index readers may still be using stays (the one before the rebuild).
    expect(
      (await readdir(path.join(site(), "pagefind-recent"))).sort(),
    ).toEqual([expect.stringMatching(/^en_[0-9a-f]+$/), "recent.json"]);
  });
});

describe("the publish command", () => {
  it("refuses an --out that is a file, a foreign folder or an unbuilt site, with exit 2, untouched", async () => {
    await ingestStories([1]);
    const file = path.join(work.path, "notes.txt");
    await writeFile(file, "mine");
    const foreign = path.join(work.path, "photos");
    await mkdir(foreign);
    await writeFile(path.join(foreign, "cat.jpg"), "meow");
    const cases: [string[], string][] = [
      [
        ["--out", file],
        `publish: ${file}: is a file, not a folder; it was left untouched\n`,
      ],
      [
        ["--out", foreign],
        `publish: ${foreign}: is not a Bulletin site (it has no shell.html from vite build); it was left untouched. Build one with npm run build, or name another folder with --out\n`,
      ],
      [
        ["--out", path.join(work.path, "nothing-here")],
        `publish: ${path.join(work.path, "nothing-here")}: no built site here; run npm run build (or vite build) first\n`,
      ],
      [
        ["--data", foreign],
        `publish: ${foreign}: is not empty and not a Bulletin data folder (no publish-state.json); it was left untouched\n`,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runCli(
        "publish",
        ["--archive", archiveFile(), ...args],
        work.path,
      );
      expect(result.stderr).toBe(message);
      expect(result.code).toBe(2);
    }
    expect(await readFile(file, "utf8")).toBe("mine");
    expect(await readdir(foreign)).toEqual(["cat.jpg"]);
  }, 60_000);

  it("stops with exit 1 and a clear message when the site cannot be written", async () => {
    await ingestStories([1]);
    await realSite();
    // "data" is a file where a folder must go: no write can succeed, even as root.
    await writeFile(path.join(site(), "data"), "in the way");
    const result = await runCli(
      "publish",
      ["--archive", archiveFile(), "--out", site()],
      work.path,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^publish: stopped: .*not a directory.*\. Every file written before this is complete and the rest are as they were; publish again once this is fixed\n$/,
    );
    expect(await readdir(work.path)).not.toContainEqual(
      expect.stringMatching(/^\.bulletin-tmp-/),
    );
  }, 30_000);

  it("reports what it did, and a missing archive clearly", async () => {
    await ingestStories([1, 2, 3]);
    await realSite();
    const first = await runCli(
      "publish",
      ["--archive", archiveFile(), "--out", site()],
      work.path,
    );
    expect({
      ...first,
      stdout: first.stdout.replace(/built in [0-9.]+ s/, "built in 0.0 s"),
    }).toMatchObject({
      code: 0,
      stdout:
        "publish: 3 articles, all published afresh; 38 files written, 0 unchanged in site\n" +
        "publish: search index of 3 articles built in 0.0 s: 13 files, 13 of them written, 0 old ones removed\n",
    });
    const second = await runCli(
      "publish",
      ["--archive", archiveFile(), "--out", site()],
      work.path,
    );
    expect(second.stdout).toBe(
      "publish: 3 articles, 0 changed since the last publish; 0 files written, 8 unchanged in site\n",
    );
    await ingestStories([4]);
    const third = await runCli(
      "publish",
      ["--archive", archiveFile(), "--out", site()],
      work.path,
    );
    expect(
      third.stdout
        .split("\n")[1]
        ?.replace(/built in [0-9.]+ s/, "built in 0.0 s"),
    ).toBe(
      "publish: recent search index of 1 changed article built in 0.0 s: 8 files, 8 of them written, 0 old ones removed (the whole index is rebuilt once more than 2,000 have changed)",
    );
    // Built beside the pages, but written after them: no result may lead to a page not yet there.
    const modified = async (file: string) =>
      (await stat(path.join(site(), file))).mtimeMs;
    expect(
      await modified("pagefind-recent/recent.json"),
    ).toBeGreaterThanOrEqual(await modified("index.html"));
    await ingestStories([5]);
    const skipped = await runCli(
      "publish",
      ["--archive", archiveFile(), "--out", site(), "--no-search"],
      work.path,
    );
    expect(skipped.stdout.split("\n")[1]).toBe(
      "publish: search is 1 change behind the archive; a publish without --no-search brings it up to date",
    );
    const missing = await runCli(
      "publish",
      ["--archive", path.join(work.path, "none.sqlite"), "--out", site()],
      work.path,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      "publish: none.sqlite: there is no archive here; create one with npm run ingest -- --archive none.sqlite SOURCE...\n",
    );
  }, 30_000);

  it("killed at any moment, never shows a page that links to a missing article, and the next run completes", async () => {
    await ingestStories(Array.from({ length: 600 }, (_, index) => index + 1));
    await realSite();
    for (const delay of [400, 900, 1400]) {
      const child = startCli(
        "publish",
        ["--archive", archiveFile(), "--out", site()],
        work.path,
      );
      const exit = finished(child);
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill("SIGKILL");
      await exit;
      const articles = new Set(
        await readdir(path.join(site(), "data/articles")).catch(() => []),
      );
      const pages = await readdir(path.join(site(), "data/headlines")).catch(
        () => [],
      );
      for (const page of pages) {
        const { headlines } = JSON.parse(
          await readFile(path.join(site(), "data/headlines", page), "utf8"),
        ) as { headlines: { id: string }[] };
        for (const { id } of headlines)
          expect(articles).toContain(`${id}.json`);
      }
      // Temporary files live beside the site, never inside it.
      const inside = await readdir(site(), { recursive: true });
      expect(inside.filter((name) => name.includes(".bulletin-tmp-"))).toEqual(
        [],
      );
    }
    const finalRun = await runCli(
      "publish",
      ["--archive", archiveFile(), "--out", site()],
      work.path,
    );
    expect(finalRun.code).toBe(0);
    expect(await readdir(path.join(site(), "data/articles"))).toHaveLength(600);
    // The killed runs' temporary folders were cleaned up by the next run.
    expect(
      (await readdir(work.path)).filter((name) =>
        name.startsWith(".bulletin-tmp-"),
      ),
    ).toEqual([]);
  }, 120_000);

  it("removes its temporary folder when interrupted with SIGTERM", async () => {
    await ingestStories(Array.from({ length: 600 }, (_, index) => index + 1));
    await realSite();
    const child = startCli(
      "publish",
      ["--archive", archiveFile(), "--out", site()],
      work.path,
    );
    const exit = finished(child);
    // Wait until the run is writing: its temporary folder exists.
    for (;;) {
      const names = await readdir(work.path);
      if (names.some((name) => name.startsWith(".bulletin-tmp-"))) break;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill("SIGTERM");
    const result = await exit;
    expect([0, 143]).toContain(result.code);
    expect(
      (await readdir(work.path)).filter((name) =>
        name.startsWith(".bulletin-tmp-"),
      ),
    ).toEqual([]);
  }, 60_000);
});

describe("the bundled content", () => {
  it("publishes valid data for every article and page", async () => {
    await ingestInto(archiveFile(), [path.join(repoRoot, "content")]);
    await builtSite();
    await publishInto(archiveFile(), site(), { shell: TEST_SHELL });
    const files = await readTree(site());
    for (const [name, text] of Object.entries(files)) {
      if (name.startsWith("data/articles/"))
        articleSchema.parse(JSON.parse(text));
      if (/^data\/headlines\/\d+\.json$/.test(name))
        headlinePageSchema.parse(JSON.parse(text));
    }
    expect(
      latestHeadlinesSchema.parse(
        JSON.parse(files["data/headlines/latest.json"] ?? ""),
      ).totalArticles,
    ).toBe(34);
  });
});
