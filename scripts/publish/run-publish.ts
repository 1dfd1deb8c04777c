import { createHash } from "node:crypto";
import type {
  HeadlinePage,
  LatestHeadlines,
} from "../../src/articles/article-schema.ts";
import { dataPaths } from "../../src/articles/data-paths.ts";
import type { Archive, ArticleRow } from "../archive/archive.ts";
import {
  frontPageRange,
  pageCountOf,
  pageOf,
  pageRange,
} from "../../src/articles/archive-pages.ts";
import {
  articleFile,
  headlinePageFile,
  latestHeadlinesFile,
  publishedArticle,
} from "./data-files.ts";
import {
  parsePublishState,
  PUBLISH_STATE_FILE,
  publishStateFile,
  type PublishState,
} from "./publish-state.ts";
import { FEED_ITEM_LIMIT, feedItemsOf, jsonFeed } from "./site-feed.ts";
import {
  NEWS_WINDOW_MS,
  newsSitemap,
  robotsTxt,
  SITEMAP_CHUNK,
  sitemapFiles,
  sitemapIndex,
  urlSet,
} from "./sitemaps.ts";
import type { SiteWriter } from "./site-writer.ts";
import {
  pageDocument,
  pageFile,
  redirectDocument,
  type PageRenderer,
} from "./page-renderer.ts";
import type { PageData } from "../../src/rendered-page.ts";
import { paths } from "../../src/paths.ts";
import {
  readSearchBase,
  SEARCH_BASE_FILE,
  type SearchBase,
} from "./search-base.ts";
import {
  buildRecentSearchIndex,
  ENTRY_FILE,
  entryMeta,
  PAGEFIND_VERSION,
  readRecentManifest,
  RECENT_SEARCH_LIMIT,
  SEARCH_FOLDER,
  writeRecentSearchIndex,
  writeSearchIndex,
  type RecentIndexResult,
  type RecentSearchIndex,
  type SearchIndexResult,
  type SearchMode,
} from "./search-index.ts";
import { withNeighbours, writeTopicPages } from "./topic-pages.ts";

export interface PublishOptions {
  /** An archive with a run begun, so no ingest changes it half-way through. */
  archive: Archive;
  /** An opened writer on the site folder (or, with `dataOnly`, the data folder). */
  writer: SiteWriter;
  /**
   * The built app's shell (`shell.html`) and its page renderer: every URL is published as HTML made
   * from them. Both absent when only the data folder is published.
   */
  site?: { shell: Uint8Array; renderer: PageRenderer };
  /** Where the site is deployed, for absolute addresses in feeds and sitemaps. */
  siteUrl?: string;
  /** The publish's clock, for the news sitemap's window; tests pass a fixed one. */
  now?: Date;
  /**
   * The search index (docs/decisions/0011, 0013). "incremental" (the default) keeps it current: it
   * builds the big index when the site has none usable, or when more than `recentSearchLimit`
   * articles changed since it was built, and otherwise indexes only those in the recent index;
   * "rebuild" builds the big index whenever the archive changed since it was; "skip" never touches
   * either.
   */
  search?: SearchMode;
  /** How many changed articles the recent index may hold before the big index is rebuilt. */
  recentSearchLimit?: number;
}

export interface PublishResult {
  articles: number;
  /** Articles written because they changed since the last publish (all of them on a full one). */
  changedArticles: number;
  /** True when nothing could be assumed from an earlier publish. */
  full: boolean;
  written: number;
  unchanged: number;
  /**
   * The big search index this publish built and why (none usable, asked for, the recent index
   * would pass its limit), or the recent index it built, or how many changes search is behind.
   */
  search?:
    | { built: SearchIndexResult; reason: "none" | "asked" | "limit" }
    | { recent: RecentIndexResult }
    | { behind: number };
}

/** What a publish does for search, decided before it writes anything (docs/decisions/0013). */
type SearchPlan =
  /** Search is as current as asked (or told to skip): how many changes it is behind. */
  | { kind: "keep"; behind: number; state: PublishState["search"] }
  | { kind: "rebuild"; reason: "none" | "asked" | "limit" }
  /** The recent index, already being built while the pages render. */
  | { kind: "recent"; base: SearchBase; build: Promise<RecentSearchIndex> };

const sha256 = (bytes: Uint8Array) =>
  createHash("sha256").update(bytes).digest("hex");

/**
 * Writes the archive into a site folder, only what changed since the last publish: the changed
 * articles, the pages that hold them, then the front page and the feed, and last the record of
 * what was published. Articles go first, so no page ever links to a file not yet written.
 */
export async function runPublish(
  options: PublishOptions,
): Promise<PublishResult> {
  const { archive, site } = options;
  const shell = site?.shell;
  const shellText = shell ? Buffer.from(shell).toString("utf8") : "";
  // Gives the event loop a turn now and then, so SIGINT and SIGTERM handlers can clean up promptly.
  let sinceYield = 0;
  const writer = {
    write: async (relativePath: string, contents: string | Uint8Array) => {
      options.writer.write(relativePath, contents);
      sinceYield += 1;
      if (sinceYield >= 100) {
        sinceYield = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
  const data = shell ? "data/" : "";
  const stats = archive.stats();
  const shellHash = shell ? sha256(shell) : "";
  const previous = parsePublishState(
    options.writer.read(data + PUBLISH_STATE_FILE),
  );
  const full =
    previous === undefined ||
    previous.archiveId !== stats.archiveId ||
    previous.shell !== shellHash ||
    previous.changeNo > stats.changeNo;
  const pageCount = pageCountOf(stats.articles);
  const searchPlan = site ? planSearch() : undefined;

  /** Renders an app path into its HTML file; the data is what the page's route reads. */
  const writePage = async (appPath: string, pageData: PageData) => {
    if (!site) return;
    const rendered = await site.renderer.render(appPath, pageData);
    if (rendered.kind !== "page" || rendered.status !== 200) {
      throw new Error(
        `${appPath}: rendered as ${rendered.kind === "page" ? `status ${rendered.status}` : `a redirect to ${rendered.location}`}, not a page`,
      );
    }
    await writer.write(pageFile(appPath), pageDocument(shellText, rendered));
  };

  const pages = new Set<number>();
  const sitemapChunks = new Set<number>();
  let changedArticles = 0;
  /** An article's data and page; both show its neighbours, so a change there rewrites them too. */
  const writeArticle = async (row: ArticleRow) => {
    const article = withNeighbours(archive, row);
    await writer.write(data + dataPaths.article(row.id), articleFile(article));
    if (site) await writePage(paths.article(article), { article });
    return article;
  };
  const changedPositions = new Set<number>();
  const neighbourPositions = new Set<number>();
  for (const row of archive.changedSince(full ? 0 : previous.changeNo)) {
    const article = await writeArticle(row);
    changedPositions.add(row.seq);
    neighbourPositions.add(row.seq - 1).add(row.seq + 1);
    if (site) {
      const current = paths.article(article);
      // Every address the article had, and its id alone, lead to where it is now.
      const target = site.renderer.address(current);
      for (const slug of ["", ...archive.formerSlugs(row.id)]) {
        await writer.write(
          pageFile(
            slug ? paths.article({ id: row.id, slug }) : `/articles/${row.id}`,
          ),
          redirectDocument(target, article.headline),
        );
      }
    }
    pages.add(pageOf(row.seq));
    sitemapChunks.add(Math.ceil(row.seq / SITEMAP_CHUNK));
    changedArticles += 1;
  }
  for (const position of neighbourPositions) {
    if (changedPositions.has(position)) continue;
    for (const row of archive.range(position, position))
      await writeArticle(row);
  }
  // New pages, and the page that was newest until now (it gains articles or loses "newest").
  const firstPage = full ? 1 : pageCountOf(previous.articles);
  for (let page = firstPage; page <= pageCount; page += 1) pages.add(page);

  for (const page of [...pages].sort((a, b) => a - b)) {
    const { from, to } = pageRange(page);
    const file = headlinePageFile(
      page,
      page === pageCount,
      archive.range(from, to),
    );
    await writer.write(data + dataPaths.headlinePage(page), file);
    await writePage(paths.page(page), {
      page: JSON.parse(file) as HeadlinePage,
    });
  }
  const redirect = async (appPath: string, target: string, title: string) => {
    if (!site) return;
    await writer.write(
      pageFile(appPath),
      redirectDocument(site.renderer.address(target), title, "list"),
    );
  };
  await writeTopicPages(
    archive,
    full ? "all" : previous.changeNo,
    {
      data: (relativePath, contents) =>
        writer.write(data + relativePath, contents),
      page: writePage,
      redirect,
    },
    options.siteUrl ? { siteUrl: options.siteUrl } : {},
  );
  const front = frontPageRange(stats.articles);
  const latest = latestHeadlinesFile(
    stats.articles,
    archive.range(front.from, front.to),
  );
  await writer.write(data + dataPaths.latestHeadlines, latest);
  await writePage(paths.front(), {
    latest: JSON.parse(latest) as LatestHeadlines,
  });
  const feedItems = feedItemsOf(
    archive.range(
      Math.max(1, stats.articles - FEED_ITEM_LIMIT + 1),
      stats.articles,
    ),
  );
  await writer.write(
    data + dataPaths.feed,
    jsonFeed(feedItems, options.siteUrl ? { siteUrl: options.siteUrl } : {}),
  );
  if (site && options.siteUrl) {
    await writeSitemaps(site.renderer, sitemapChunks, pageCount);
  }
  if (site) {
    // Static hosts answer unknown paths with 404.html and status 404 (GitHub Pages, Netlify,
    // Cloudflare Pages); it reads "not found" without JavaScript, and with it the app takes over,
    // so an address that exists after all (an id in capitals, a mangled slug) still arrives.
    const notFound = await site.renderer.render("/404.html", {});
    if (notFound.kind !== "page" || notFound.status !== 404)
      throw new Error("the not-found page did not render as a 404");
    await writer.write("404.html", pageDocument(shellText, notFound));
    // The search page without a query: the form, and what search needs (search/index.html).
    await writePage(paths.search(), {});
  }
  const { search, searchState } = searchPlan
    ? await carryOut(searchPlan)
    : { search: undefined, searchState: undefined };
  await writer.write(
    data + PUBLISH_STATE_FILE,
    publishStateFile({
      version: 1,
      archiveId: stats.archiveId,
      changeNo: stats.changeNo,
      articles: stats.articles,
      shell: shellHash,
      ...(searchState ? { search: searchState } : {}),
    }),
  );
  /**
   * How to bring search up to the archive's latest change (unless told to skip): the recent index
   * when the big one is usable, and the big one when it is not or the recent one would pass its
   * limit. A recent index starts building now: Pagefind indexes in a process of its own, beside the
   * page rendering.
   */
  function planSearch(): SearchPlan {
    const mode = options.search ?? "incremental";
    const base = readSearchBase(options.writer.read(SEARCH_BASE_FILE), {
      archiveId: stats.archiveId,
      pagefind: PAGEFIND_VERSION,
      meta: entryMeta(options.writer.read(`${SEARCH_FOLDER}/${ENTRY_FILE}`)),
    });
    const state = previous?.search;
    // Where the site's search reaches: its recent index's change, when the state is of this index
    // and the site still has the recent index's manifest.
    // A manifest of an earlier version (or none) is replaced even when search is otherwise current.
    const manifest = readRecentManifest(options.writer);
    const recent =
      base &&
      manifest &&
      state?.archiveId === stats.archiveId &&
      state.changeNo === base.changeNo
        ? state.recent
        : undefined;
    const upTo = recent?.changeNo ?? base?.changeNo ?? 0;
    // Asked to rebuild, only a big index of the archive as it is will do.
    const current =
      mode === "rebuild"
        ? base?.changeNo === stats.changeNo
        : upTo === stats.changeNo;
    if (mode === "skip" || (base && manifest && current))
      return {
        kind: "keep",
        behind: stats.changeNo - upTo,
        state: base && {
          archiveId: stats.archiveId,
          changeNo: base.changeNo,
          version: PAGEFIND_VERSION,
          ...(recent ? { recent } : {}),
        },
      };
    if (!base) return { kind: "rebuild", reason: "none" };
    if (mode === "rebuild") return { kind: "rebuild", reason: "asked" };
    const limit = options.recentSearchLimit ?? RECENT_SEARCH_LIMIT;
    const changed: ArticleRow[] = [];
    for (const row of archive.changedSince(base.changeNo)) {
      changed.push(row);
      if (changed.length > limit) return { kind: "rebuild", reason: "limit" };
    }
    const build = buildRecentSearchIndex(changed, base);
    // Awaited once the pages are written; should a page fail first, this must not go unhandled.
    build.catch(() => undefined);
    return { kind: "recent", base, build };
  }

  /** Writes the search index the plan asks for, after every page it can lead to. */
  async function carryOut(plan: SearchPlan): Promise<{
    search: PublishResult["search"];
    searchState: PublishState["search"];
  }> {
    if (plan.kind === "keep")
      return { search: { behind: plan.behind }, searchState: plan.state };
    if (plan.kind === "rebuild")
      return {
        search: {
          built: await writeSearchIndex(archive, options.writer),
          reason: plan.reason,
        },
        searchState: {
          archiveId: stats.archiveId,
          changeNo: stats.changeNo,
          version: PAGEFIND_VERSION,
        },
      };
    const recent = writeRecentSearchIndex(await plan.build, options.writer);
    return {
      search: { recent },
      searchState: {
        archiveId: stats.archiveId,
        changeNo: plan.base.changeNo,
        version: PAGEFIND_VERSION,
        recent: { changeNo: stats.changeNo, articles: recent.records },
      },
    };
  }

  /** Sitemaps need absolute addresses, so they are written only when the site's address is known. */
  async function writeSitemaps(
    renderer: PageRenderer,
    chunks: Set<number>,
    pages: number,
  ) {
    const chunkCount = Math.ceil(stats.articles / SITEMAP_CHUNK);
    if (!full && previous) {
      // The chunk the next new position falls in, and any after it.
      for (
        let chunk = Math.ceil((previous.articles + 1) / SITEMAP_CHUNK);
        chunk <= chunkCount;
        chunk += 1
      )
        chunks.add(chunk);
    } else
      for (let chunk = 1; chunk <= chunkCount; chunk += 1) chunks.add(chunk);
    for (const chunk of [...chunks].sort((a, b) => a - b)) {
      const entries = archive
        .sitemapRange((chunk - 1) * SITEMAP_CHUNK + 1, chunk * SITEMAP_CHUNK)
        .map(({ id, slug, lastmod }) => ({
          loc: renderer.address(paths.article({ id, slug })),
          ...(lastmod ? { lastmod } : {}),
        }));
      await writer.write(sitemapFiles.articles(chunk), urlSet(entries));
    }
    await writer.write(
      sitemapFiles.pages,
      urlSet([
        { loc: renderer.address(paths.front()) },
        ...Array.from({ length: pages }, (_, index) => ({
          loc: renderer.address(paths.page(index + 1)),
        })),
      ]),
    );
    const since = (options.now ?? new Date()).getTime() - NEWS_WINDOW_MS;
    const recent = archive
      .datedSince(since)
      .filter((row) => row.withdrawnAt === null)
      // Google News reads at most 1,000 articles from one sitemap.
      .slice(0, 1000)
      .map((row) => {
        const article = publishedArticle(row);
        return { loc: renderer.address(paths.article(article)), article };
      });
    await writer.write(sitemapFiles.news, newsSitemap(recent));
    const index = renderer.address(`/${sitemapFiles.index}`);
    await writer.write(
      sitemapFiles.index,
      sitemapIndex([
        renderer.address(`/${sitemapFiles.pages}`),
        ...Array.from({ length: chunkCount }, (_, index) =>
          renderer.address(`/${sitemapFiles.articles(index + 1)}`),
        ),
        renderer.address(`/${sitemapFiles.news}`),
      ]),
    );
    await writer.write("robots.txt", robotsTxt(index));
  }

  return {
    articles: stats.articles,
    changedArticles,
    full,
    written: options.writer.written,
    unchanged: options.writer.unchanged,
    ...(search ? { search } : {}),
  };
}
