/**
 * Writes a synthetic archive for the ingest to read: one JSON Feed file (the default, streamed so a
 * 100,000-item feed never sits in memory) or a folder of plain-text articles in the seed's layout.
 *
 *   tsx scripts/bench/generate-archive.ts --count 10000 [--format jsonfeed|text] [--seed 1] OUT
 */
import { createWriteStream } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import {
  syntheticArticles,
  toJsonFeedItem,
  toPlainText,
  type SyntheticArticle,
} from "./synthetic-articles.ts";

export type ArchiveFormat = "jsonfeed" | "text";

/** Writes with backpressure: waits for the stream to drain instead of buffering the whole feed. */
async function writeJsonFeed(
  file: string,
  articles: Iterable<SyntheticArticle>,
): Promise<void> {
  const stream = createWriteStream(file, { encoding: "utf8" });
  const write = async (text: string) => {
    if (!stream.write(text)) await once(stream, "drain");
  };
  await write(
    `{"version":"https://jsonfeed.org/version/1.1","title":"Bench Bulletin","home_page_url":"https://news.example/","language":"en","items":[\n`,
  );
  let first = true;
  for (const article of articles) {
    await write(
      `${first ? "" : ",\n"}${JSON.stringify(toJsonFeedItem(article))}`,
    );
    first = false;
  }
  await write("\n]}\n");
  stream.end();
  await once(stream, "finish");
}

async function writeTextFolder(
  folder: string,
  articles: Iterable<SyntheticArticle>,
): Promise<void> {
  await mkdir(folder, { recursive: true });
  // The file name is a text article's identity, so it carries the seed: a second batch adds
  // articles instead of replacing the first batch's.
  for (const article of articles) {
    await writeFile(
      path.join(folder, `${article.id}.txt`),
      toPlainText(article),
    );
  }
}

/**
 * Writes `count` articles under `outDir` and returns the SOURCE to pass to the ingest (the feed file
 * or the folder of text files). `newest` is the newest article's time (see syntheticArticles).
 */
export async function writeArchive(
  outDir: string,
  count: number,
  format: ArchiveFormat = "jsonfeed",
  seed = 1,
  newest?: number,
): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const articles = syntheticArticles(count, seed, newest);
  if (format === "text") {
    const folder = path.join(outDir, `articles-${count}`);
    await writeTextFolder(folder, articles);
    return folder;
  }
  const file = path.join(outDir, `feed-${count}.json`);
  await writeJsonFeed(file, articles);
  return file;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      count: { type: "string", default: "100" },
      format: { type: "string", default: "jsonfeed" },
      seed: { type: "string", default: "1" },
    },
  });
  const count = Number(values.count);
  const seed = Number(values.seed);
  const format = values.format;
  const out = positionals[0];
  if (
    !out ||
    !Number.isInteger(count) ||
    count < 1 ||
    !Number.isInteger(seed) ||
    (format !== "jsonfeed" && format !== "text")
  ) {
    console.error(
      "Usage: tsx scripts/bench/generate-archive.ts --count N [--format jsonfeed|text] [--seed S] OUT_DIR",
    );
    process.exitCode = 2;
    return;
  }
  console.log(await writeArchive(out, count, format, seed));
}

if (process.argv[1] === import.meta.filename) await main();
