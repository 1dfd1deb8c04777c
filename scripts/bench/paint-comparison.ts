import type { Browser } from "@playwright/test";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { throttledLoad, type Sample } from "./browser-scenarios.ts";
import type { MarkName } from "./page-marks.ts";
import { plainPage } from "./plain-page.ts";
import { summarise, type Summary } from "./results.ts";

/** Beside the published pages, under the same server and the same /assets/ CSS. */
const PLAIN_FOLDER = "bench-plain";

export interface PaintComparison {
  page: "list" | "article";
  /** The published page's path. */
  path: string;
  mark: MarkName;
  app: Summary;
  plain: Summary;
  /** The app's median over the plain page's. */
  ratio: number;
}

interface ComparedPage {
  page: PaintComparison["page"];
  path: string;
  plainPath: string;
  mark: MarkName;
}

async function savePlainCopy(
  siteDir: string,
  appPath: string,
  plainPath: string,
): Promise<void> {
  const file = (urlPath: string) =>
    path.join(siteDir, ...urlPath.split("/").filter(Boolean), "index.html");
  await mkdir(path.dirname(file(plainPath)), { recursive: true });
  await writeFile(
    file(plainPath),
    plainPage(await readFile(file(appPath), "utf8")),
  );
}

/**
 * Issue 9's comparison: the published front page and an article against the very same pages saved
 * as plain HTML with the same CSS, each load cold and throttled (browser-scenarios THROTTLING), the
 * app and its plain copy loaded in turn (which goes first alternates) so background load hits both.
 */
export async function comparePaint(
  browser: Browser,
  site: { dir: string; origin: string; articlePath: string },
  runs: number,
  log: (message: string) => void,
): Promise<PaintComparison[]> {
  const pages: ComparedPage[] = [
    {
      page: "list",
      path: "/",
      plainPath: `/${PLAIN_FOLDER}/`,
      mark: "headline",
    },
    {
      page: "article",
      path: site.articlePath,
      plainPath: `/${PLAIN_FOLDER}/article/`,
      mark: "articleH1",
    },
  ];
  for (const page of pages)
    await savePlainCopy(site.dir, page.path, page.plainPath);
  const load = (urlPath: string, mark: MarkName) =>
    throttledLoad(browser, site.origin + urlPath, mark);
  // One untimed pass, so the server's gzip cache is warm (the browser stays cold: a new context each load).
  for (const page of pages) {
    await load(page.path, page.mark);
    await load(page.plainPath, page.mark);
  }
  const samples = new Map(
    pages.map((page) => [page, { app: [] as Sample[], plain: [] as Sample[] }]),
  );
  for (let run = 1; run <= runs; run += 1) {
    log(`throttled paint, published vs plain HTML: run ${run}/${runs}`);
    for (const page of pages) {
      const into = samples.get(page);
      if (!into) continue;
      const order =
        run % 2 === 1
          ? (["app", "plain"] as const)
          : (["plain", "app"] as const);
      for (const kind of order)
        into[kind].push(
          await load(kind === "app" ? page.path : page.plainPath, page.mark),
        );
    }
  }
  return pages.map((page) => {
    const into = samples.get(page) ?? { app: [], plain: [] };
    const app = summarise(into.app);
    const plain = summarise(into.plain);
    return {
      page: page.page,
      path: page.path,
      mark: page.mark,
      app,
      plain,
      ratio: app.ms / plain.ms,
    };
  });
}
