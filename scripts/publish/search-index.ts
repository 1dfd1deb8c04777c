import { readdirSync, rmSync } from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import type { Article, BodyBlock } from "../../src/articles/article-schema.ts";
import { paths } from "../../src/paths.ts";
import { foldText } from "../../src/search/fold-text.ts";
import { topicId } from "../../src/topics/topic-ref.ts";
import type { Archive } from "../archive/archive.ts";
import { publishedArticle } from "./data-files.ts";
import type { SiteWriter } from "./site-writer.ts";

/**
 * The search index: one Pagefind record per published article, built from the archive through
 * Pagefind's Node API and written into the site's `pagefind/` folder (docs/decisions/0011). The
 * browser fetches only the index chunks and result fragments a query needs.
 */

export const SEARCH_FOLDER = "pagefind";
/** The Pagefind release the index is written by; its pagefind.js must read the same format. */
export const PAGEFIND_VERSION = "1.6.0";

/**
 * One index for every language, so a search covers the whole archive whatever language the
 * interface is in. Its words are stemmed as English (Turkish words still match as folded).
 */
const INDEX_LANGUAGE = "en";

/** What the search page needs: the loader, its worker, the WebAssembly for the index language, the index. */
function isNeeded(file: string): boolean {
  return (
    file === "pagefind.js" ||
    file === "pagefind-worker.js" ||
    file === "pagefind-entry.json" ||
    file === `wasm.${INDEX_LANGUAGE}.pagefind` ||
    file.endsWith(".pf_meta") ||
    /^(?:index|fragment|filter)\//.test(file)
  );
}

function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&(?:nbsp|#160);/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function blockText(block: BodyBlock): string[] {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return [block.text];
    case "quote":
      return block.cite ? [block.text, block.cite] : [block.text];
    case "list":
      return block.items;
    case "image":
      return [block.caption ?? block.alt];
    case "html":
      return [htmlText(block.html)];
  }
}

/**
 * Pagefind folds case and accents itself but keeps dotless ı apart from i, so "kapısı" would not
 * be found from "kapisi". The folded spelling of each such word goes in a meta field that is
 * searched but never shown; the excerpt keeps the text as written.
 */
function dotlessTwins(text: string): string | undefined {
  const twins = new Set<string>();
  for (const word of text.split(/[^\p{L}\p{N}ıİ]+/u)) {
    if (word.includes("ı")) twins.add(foldText(word));
  }
  return twins.size > 0 ? [...twins].join(" ") : undefined;
}

/**
 * The record for one article. Display fields that must not be searched (language, zone, time,
 * source name) travel as filters, which Pagefind returns with a result but never matches words in.
 */
export function searchRecord(article: Article): pagefind.CustomRecord {
  const content = [
    article.standfirst,
    article.byline,
    ...article.body.flatMap(blockText),
  ]
    .filter((text): text is string => Boolean(text))
    .join("\n");
  const time = article.updatedAt ?? article.publishedAt;
  const twins = dotlessTwins(`${article.headline}\n${content}`);
  return {
    url: paths.article(article),
    content,
    language: INDEX_LANGUAGE,
    meta: { title: article.headline, ...(twins ? { alt: twins } : {}) },
    filters: {
      tag: article.tags.map((tag) => topicId("tag", tag)),
      source: [topicId("source", article.source)],
      sourceName: [article.source],
      language: [article.language],
      ...(time ? { time: [time] } : {}),
      ...(article.timeZone ? { zone: [article.timeZone] } : {}),
    },
    ...(time ? { sort: { date: String(Date.parse(time)) } } : {}),
  };
}

export interface SearchIndexResult {
  records: number;
  files: number;
  written: number;
  removed: number;
  milliseconds: number;
}

/** Records in flight to Pagefind's indexing process at once: enough to keep it busy. */
const IN_FLIGHT = 200;

function failIf(errors: string[], what: string) {
  if (errors.length > 0)
    throw new Error(`search index: ${what}: ${errors.join("; ")}`);
}

/**
 * Builds the index of every published article and writes it into the site: unchanged files keep
 * their bytes, the entry file (which names the current meta file) goes last, and files of the
 * previous index that the new one no longer has are removed after it.
 */
export async function writeSearchIndex(
  archive: Archive,
  writer: SiteWriter,
): Promise<SearchIndexResult> {
  const started = performance.now();
  const created = await pagefind.createIndex({ writePlayground: false });
  failIf(created.errors, "could not start Pagefind");
  const index = created.index;
  if (!index) throw new Error("search index: Pagefind gave no index");
  try {
    let records = 0;
    let pending: Promise<pagefind.NewFileResponse>[] = [];
    const settle = async () => {
      for (const response of await Promise.all(pending))
        failIf(response.errors, "a record was refused");
      pending = [];
    };
    for (const row of archive.changedSince(0)) {
      if (row.withdrawnAt !== null) continue;
      pending.push(index.addCustomRecord(searchRecord(publishedArticle(row))));
      records += 1;
      if (pending.length >= IN_FLIGHT) await settle();
    }
    await settle();
    const { files, errors } = await index.getFiles();
    failIf(errors, "could not write the index");
    const needed = files
      .map((file) => ({ ...file, path: file.path.replaceAll("\\", "/") }))
      .filter((file) => isNeeded(file.path))
      // The entry last: until it is replaced, readers use the previous index, whose files remain.
      .sort(
        (a, b) =>
          Number(a.path === "pagefind-entry.json") -
          Number(b.path === "pagefind-entry.json"),
      );
    const before = writer.written;
    for (const file of needed)
      writer.write(`${SEARCH_FOLDER}/${file.path}`, file.content);
    const removed = removeStale(
      path.join(writer.root, SEARCH_FOLDER),
      new Set(needed.map((file) => file.path)),
    );
    return {
      records,
      files: needed.length,
      written: writer.written - before,
      removed,
      milliseconds: Math.round(performance.now() - started),
    };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

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
