import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import * as pagefind from "pagefind";
import type { Article } from "../../src/articles/article-schema.ts";
import {
  RECENT_MANIFEST_FILE,
  RECENT_SEARCH_FOLDER,
  parseRecentIndexManifest,
  type RecentIndexManifest,
} from "../../src/search/recent-index-manifest.ts";
import type { Archive, ArticleRow } from "../archive/archive.ts";
import { publishedArticle } from "./data-files.ts";
import {
  SEARCH_BASE_FILE,
  searchBaseFile,
  type SearchBase,
} from "./search-base.ts";
import { INDEX_LANGUAGE, searchRecord, sortTime } from "./search-records.ts";
import type { SiteWriter } from "./site-writer.ts";

/**
 * The search index: one Pagefind record per published article, built from the archive through
 * Pagefind's Node API (docs/decisions/0011). Pagefind builds an index whole, so the big index in
 * `pagefind/` is built now and then, and every publish in between indexes only the articles changed
 * since in a small recent index in `pagefind-recent/`, which the browser merges with it
 * (docs/decisions/0013). The browser fetches only the index chunks and result fragments a query needs.
 */

export const SEARCH_FOLDER = "pagefind";

/** What publish does with search: keep it current, rebuild the big index, or leave both alone. */
export type SearchMode = "incremental" | "rebuild" | "skip";

/**
 * How many changed articles the recent index may hold before publish rebuilds the big index: a
 * recent index this size is built in seconds and adds a few tens of KB to a reader's first query,
 * and the big one's rebuild (minutes at 100,000 articles) comes at most once per this many
 * changes (docs/decisions/0013).
 */
export const RECENT_SEARCH_LIMIT = 2000;
/** The Pagefind release the index is written by; its pagefind.js must read the same format. */
export const PAGEFIND_VERSION = "1.6.0";

/**
 * What the search page needs: the index, and for the big index also the loader, its worker and the
 * WebAssembly for the index language (a merged index is searched with the big index's).
 */
function isNeeded(file: string, withLoader: boolean): boolean {
  return (
    file === ENTRY_FILE ||
    file.endsWith(".pf_meta") ||
    /^(?:index|fragment|filter)\//.test(file) ||
    (withLoader &&
      (file === "pagefind.js" ||
        file === "pagefind-worker.js" ||
        file === `wasm.${INDEX_LANGUAGE}.pagefind`))
  );
}

/** One page of an index Pagefind built: the article it shows, its id in the index, its sort time. */
interface IndexedPage {
  articleId: string;
  pageId: string;
  time: number | null;
}

interface BuiltIndex {
  /** The files the browser needs, the entry file (which names the meta file) last. */
  files: pagefind.IndexFile[];
  pages: IndexedPage[];
  /**
   * The meta file's hash, e.g. `en_75d1eb6bbb`: it changes with anything in the index. None for an
   * index of no article (Pagefind writes only its loader then).
   */
  meta: string | undefined;
}

/** Records in flight to Pagefind's indexing process at once: enough to keep it busy. */
const IN_FLIGHT = 200;

export const ENTRY_FILE = "pagefind-entry.json";

function failIf(errors: string[], what: string) {
  if (errors.length > 0)
    throw new Error(`search index: ${what}: ${errors.join("; ")}`);
}

/** The meta hash an entry file names, or undefined when it is unreadable. */
export function entryMeta(bytes: Uint8Array | undefined): string | undefined {
  if (!bytes) return undefined;
  try {
    const entry = JSON.parse(Buffer.from(bytes).toString("utf8")) as {
      languages?: Record<string, { hash?: unknown } | undefined>;
    };
    const hash = entry.languages?.[INDEX_LANGUAGE]?.hash;
    return typeof hash === "string" ? hash : undefined;
  } catch {
    return undefined;
  }
}

const FRAGMENT = /^fragment\/(.+)\.pf_fragment$/;
/** Pagefind's files start with this signature, gzipped with the rest (or, if not worth it, not). */
const SIGNATURE = Buffer.from("pagefind_dcd");

/** The address a fragment file is the result of: its page's id is the file's name. */
function fragmentUrl(content: Uint8Array): string {
  let bytes = Buffer.from(content);
  if (!bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    bytes = gunzipSync(bytes);
  const fragment = JSON.parse(
    bytes.subarray(SIGNATURE.length).toString("utf8"),
  ) as { url?: unknown };
  if (typeof fragment.url !== "string")
    throw new Error("search index: a fragment has no address");
  return fragment.url;
}

/**
 * Builds an index of `articles` with Pagefind, in memory, and reads which page of it is which
 * article (the recent index needs the big index's page ids to drop superseded ones).
 */
async function buildIndex(
  articles: Iterable<Article>,
  options: {
    withLoader: boolean;
    /** Articles whose page must get another id than last time, and how many times over. */
    renamed?: ReadonlyMap<string, number>;
  },
): Promise<BuiltIndex> {
  const created = await pagefind.createIndex({ writePlayground: false });
  failIf(created.errors, "could not start Pagefind");
  const index = created.index;
  if (!index) throw new Error("search index: Pagefind gave no index");
  try {
    const byUrl = new Map<string, { articleId: string; time: number | null }>();
    let pending: Promise<pagefind.NewFileResponse>[] = [];
    const settle = async () => {
      for (const response of await Promise.all(pending))
        failIf(response.errors, "a record was refused");
      pending = [];
    };
    for (const article of articles) {
      const renamed = options.renamed?.get(article.id);
      const record = searchRecord(article);
      // A page's id is a hash of its fragment: a filter value of its own changes that, unseen.
      if (renamed)
        record.filters = { ...record.filters, rename: [`${renamed}`] };
      byUrl.set(record.url, {
        articleId: article.id,
        time: sortTime(article) ?? null,
      });
      pending.push(index.addCustomRecord(record));
      if (pending.length >= IN_FLIGHT) await settle();
    }
    await settle();
    const { files, errors } = await index.getFiles();
    failIf(errors, "could not write the index");
    const needed = files
      .map((file) => ({ ...file, path: file.path.replaceAll("\\", "/") }))
      .filter((file) => isNeeded(file.path, options.withLoader))
      // The entry last: until it is replaced, readers use the previous index, whose files remain.
      .sort(
        (a, b) => Number(a.path === ENTRY_FILE) - Number(b.path === ENTRY_FILE),
      );
    const pages: IndexedPage[] = [];
    let meta: string | undefined;
    for (const file of needed) {
      if (file.path === ENTRY_FILE) meta = entryMeta(file.content);
      const pageId = FRAGMENT.exec(file.path)?.[1];
      if (pageId === undefined) continue;
      const page = byUrl.get(fragmentUrl(file.content));
      if (!page) throw new Error(`search index: ${file.path} is no article's`);
      pages.push({ ...page, pageId });
    }
    if (meta === undefined && pages.length > 0)
      throw new Error("search index: Pagefind wrote no entry file");
    if (pages.length !== byUrl.size)
      throw new Error(
        `search index: ${byUrl.size} articles indexed but ${pages.length} pages written`,
      );
    return { files: needed, pages, meta };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

export interface SearchIndexResult {
  records: number;
  files: number;
  written: number;
  removed: number;
  milliseconds: number;
}

/**
 * Builds the big index of every published article and writes it into the site: unchanged files
 * keep their bytes, the entry file goes last, then the recent index is emptied (everything is in
 * the big one now), files of the previous index are removed, and the record of what the index
 * holds is kept for the recent indexes that follow (search-base.ts).
 */
export async function writeSearchIndex(
  archive: Archive,
  writer: SiteWriter,
): Promise<SearchIndexResult> {
  const started = performance.now();
  const stats = archive.stats();
  const built = await buildIndex(
    (function* () {
      for (const row of archive.changedSince(0))
        if (row.withdrawnAt === null) yield publishedArticle(row);
    })(),
    { withLoader: true },
  );
  const before = writer.written;
  for (const file of built.files)
    writer.write(`${SEARCH_FOLDER}/${file.path}`, file.content);
  const written = writer.written - before;
  // Everything is in the big index now: no recent index, nothing superseded.
  const removedRecent = writeRecentManifest(writer, {
    version: 2,
    pages: [],
    superseded: [],
    newest: [],
    before: [],
  });
  const removed = removeStale(
    path.join(writer.root, SEARCH_FOLDER),
    new Set(built.files.map((file) => file.path)),
  );
  if (built.meta !== undefined)
    writer.write(
      SEARCH_BASE_FILE,
      searchBaseFile({
        version: 1,
        archiveId: stats.archiveId,
        changeNo: stats.changeNo,
        pagefind: PAGEFIND_VERSION,
        meta: built.meta,
        pages: built.pages.map((page) => [
          page.articleId,
          page.pageId,
          page.time,
        ]),
      }),
    );
  return {
    records: built.pages.length,
    files: built.files.length,
    written,
    removed: removed + removedRecent,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** Removes every file under `folder` but those in `keep` (paths relative to it, with `/`). */
function removeStale(folder: string, keep: Set<string>): number {
  let removed = 0;
  for (const entry of readdirSync(folder, {
    recursive: true,
    withFileTypes: true,
  })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(folder, file).split(path.sep).join("/");
    if (keep.has(relative)) continue;
    rmSync(file);
    removed += 1;
  }
  return removed;
}

export interface RecentIndexResult {
  /** Articles in the recent index. */
  records: number;
  /** Pages of the big index it supersedes (changed or withdrawn articles). */
  superseded: number;
  files: number;
  written: number;
  removed: number;
  milliseconds: number;
}

/** A recent index built in memory, not yet in the site: see `writeRecentSearchIndex`. */
export interface RecentSearchIndex {
  /** Articles in it. */
  records: number;
  /** Its folder's files, its manifest's content. */
  files: pagefind.IndexFile[];
  manifest: RecentIndexManifest;
  started: number;
}

/**
 * Indexes `rows`, the articles changed since the big index was built, in a recent index of their
 * own, in memory. Pagefind indexes in a process of its own, so publish builds this while it renders
 * pages and writes it after them (a result must never lead to a page not yet written).
 */
export async function buildRecentSearchIndex(
  rows: Iterable<ArticleRow>,
  base: SearchBase,
): Promise<RecentSearchIndex> {
  const started = performance.now();
  const articles: Article[] = [];
  const superseded: string[] = [];
  for (const row of rows) {
    const page = base.pageOf(row.id);
    if (page !== undefined) superseded.push(page);
    if (row.withdrawnAt === null) articles.push(publishedArticle(row));
  }
  const manifest: RecentIndexManifest = {
    version: 2,
    pages: [],
    superseded: superseded.sort(),
    newest: [],
    before: [],
  };
  if (articles.length === 0)
    return { records: 0, files: [], manifest, started };
  const built = await buildWithOwnIds(articles, base);
  if (built.meta === undefined)
    throw new Error("search index: Pagefind wrote no entry file");
  const index = `${built.meta}/`;
  const dated = built.pages.flatMap((page) =>
    page.time === null ? [] : [{ ...page, time: page.time }],
  );
  dated.sort(
    (a, b) =>
      a.time - b.time ||
      (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0),
  );
  return {
    records: articles.length,
    files: built.files.map((file) => ({
      ...file,
      path: `${index}${file.path}`,
    })),
    manifest: {
      ...manifest,
      index,
      pages: built.pages.map((page) => page.pageId).sort(),
      newest: dated.map((page) => page.pageId),
      before: dated.map((page) => base.datedBefore(page.time)),
    },
    started,
  };
}

/** Attempts at giving every page of a recent index an id the big index does not use. */
const RENAME_ATTEMPTS = 5;

/**
 * Builds the recent index so that no page of it shares its id with a page of the big index but
 * the same article's, unchanged: the browser tells the two indexes' results apart by id. Ids are 7
 * hex digits of a hash, so at 2,000 recent and 100,000 big-index pages about 0.75 coincide; such
 * a page is built again with a changed fragment until it has an id of its own.
 */
async function buildWithOwnIds(
  articles: readonly Article[],
  base: SearchBase,
): Promise<BuiltIndex> {
  const renamed = new Map<string, number>();
  for (let attempt = 1; ; attempt += 1) {
    const built = await buildIndex(articles, { withLoader: false, renamed });
    const clashing = built.pages.filter(
      (page) =>
        base.holds(page.pageId) && base.pageOf(page.articleId) !== page.pageId,
    );
    if (clashing.length === 0) return built;
    if (attempt === RENAME_ATTEMPTS)
      throw new Error(
        `search index: pages of ${clashing.map((page) => page.articleId).join(", ")} keep ids the big index uses`,
      );
    for (const { articleId } of clashing)
      renamed.set(articleId, (renamed.get(articleId) ?? 0) + 1);
  }
}

/**
 * Writes a recent index into a folder of `pagefind-recent/` named after it; then its manifest,
 * which makes it the one readers get.
 */
export function writeRecentSearchIndex(
  recent: RecentSearchIndex,
  writer: SiteWriter,
): RecentIndexResult {
  const before = writer.written;
  for (const file of recent.files)
    writer.write(`${RECENT_SEARCH_FOLDER}/${file.path}`, file.content);
  const written = writer.written - before;
  const removed = writeRecentManifest(writer, recent.manifest);
  return {
    records: recent.records,
    superseded: recent.manifest.superseded.length,
    files: recent.files.length,
    written,
    removed,
    milliseconds: Math.round(performance.now() - recent.started),
  };
}

/** The manifest of the recent index the site has, if it has a readable one of this version. */
export function readRecentManifest(
  writer: SiteWriter,
): RecentIndexManifest | undefined {
  const bytes = writer.read(`${RECENT_SEARCH_FOLDER}/${RECENT_MANIFEST_FILE}`);
  if (!bytes) return undefined;
  try {
    return parseRecentIndexManifest(JSON.parse(bytes.toString("utf8")));
  } catch {
    return undefined;
  }
}

/**
 * Writes the recent index's manifest, then removes every recent index but the one it names and
 * the one the manifest before it named (a reader who loaded that one may search again). Returns
 * how many files were removed.
 */
function writeRecentManifest(
  writer: SiteWriter,
  manifest: RecentIndexManifest,
): number {
  const keep = new Set([manifest.index, readRecentManifest(writer)?.index]);
  writer.write(
    `${RECENT_SEARCH_FOLDER}/${RECENT_MANIFEST_FILE}`,
    `${JSON.stringify(manifest)}\n`,
  );
  const folder = path.join(writer.root, RECENT_SEARCH_FOLDER);
  let removed = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === RECENT_MANIFEST_FILE) continue;
    if (entry.isDirectory() && keep.has(`${entry.name}/`)) continue;
    const stale = path.join(folder, entry.name);
    removed += entry.isDirectory()
      ? readdirSync(stale, { recursive: true, withFileTypes: true }).filter(
          (file) => file.isFile(),
        ).length
      : 1;
    rmSync(stale, { recursive: true, force: true });
  }
  return removed;
}
