import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type {
  PageData,
  RenderedPage,
  RenderPage,
} from "../../src/rendered-page.ts";
import { jsdomWindow } from "../jsdom-window.ts";
import { SiteFolderError } from "./site-folder.ts";

/**
 * The app's page renderer, as `vite build` built it beside the site (`<site>-ssr/render-page.js`),
 * and the HTML documents publish writes from what it renders.
 */

export interface PageRenderer {
  render(appPath: string, data: PageData): Promise<RenderedPage>;
  /** The address of an app path as readers use it: with the base, absolute when the site's is known. */
  address(appPath: string): string;
}

/** The file that serves an app path on a plain static host: `/page/2` → `page/2/index.html`. */
export function pageFile(appPath: string): string {
  const folder = appPath.replace(/^\//, "");
  return folder ? `${folder}/index.html` : "index.html";
}

/** Loads the renderer built with the site's shell; one from another build is refused. */
export async function loadPageRenderer(
  siteFolder: string,
  shell: Uint8Array,
  options: { siteUrl?: string; rendererDir?: string },
): Promise<PageRenderer> {
  const rendererDir =
    options.rendererDir ??
    `${path.resolve(siteFolder).replace(/[/\\]$/, "")}-ssr`;
  const entry = path.join(rendererDir, "render-page.js");
  let stamp: string;
  try {
    stamp = readFileSync(path.join(rendererDir, "shell.sha256"), "utf8").trim();
  } catch {
    throw new SiteFolderError(
      `${rendererDir}: no page renderer here; vite build writes it beside the site (run npm run build)`,
    );
  }
  if (stamp !== createHash("sha256").update(shell).digest("hex")) {
    throw new SiteFolderError(
      `${rendererDir} and ${siteFolder} come from different builds, so their pages would not hydrate; build both again with vite build (npm run build)`,
    );
  }
  const module = (await import(pathToFileURL(entry).href)) as {
    renderPage: RenderPage;
    basePath: string;
  };
  const { siteUrl } = options;
  return {
    render: (appPath, data) =>
      module.renderPage({
        path: appPath,
        data,
        // DOMPurify sanitises HTML bodies in a jsdom window, as the browser does later in its own.
        purifyWindow: () =>
          jsdomWindow() as unknown as ReturnType<
            Parameters<RenderPage>[0]["purifyWindow"]
          >,
        ...(siteUrl ? { siteUrl } : {}),
      }),
    address: (appPath) => {
      const href = `${module.basePath}${appPath.replace(/^\//, "")}`;
      return siteUrl ? new URL(href, siteUrl).href : href;
    },
  };
}

/** JSON inside a <script> element: `<` escaped so no string in the data can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replaceAll("<", "\\u003c")
    .replaceAll("\u2028", "\\u2028")
    .replaceAll("\u2029", "\\u2029");
}

const ROOT = '<div id="root"></div>';
// Around the page's own head elements, so a browser that renders the app afresh (404.html answering
// another address) can take them out before React adds the new page's.
const PUBLISHED_HEAD_START = "<!--page-head-->";
const PUBLISHED_HEAD_END = "<!--/page-head-->";

/**
 * One HTML document: the shell with the page's head elements, its rendered body inside #root and,
 * for pages that hydrate, the data they were rendered from (a JSON data block, not a script).
 */
export function pageDocument(
  shell: string,
  page: Extract<RenderedPage, { kind: "page" }>,
): string {
  if (!shell.includes(ROOT) || !shell.includes("</head>")) {
    throw new Error(
      `shell.html has no ${ROOT} or </head>; it is not Bulletin's shell`,
    );
  }
  const state =
    page.status === 200
      ? `<script type="application/json" id="bulletin-page">${scriptJson(page.state)}</script>`
      : "";
  return shell
    .replace(
      "</head>",
      `${PUBLISHED_HEAD_START}${page.head}${PUBLISHED_HEAD_END}</head>`,
    )
    .replace(ROOT, `<div id="root">${page.body}</div>${state}`);
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (char) => `&${{ "&": "amp", "<": "lt", ">": "gt", '"': "quot" }[char]};`,
  );
}

/**
 * A page that sends the reader on to an article's (or a tag's or source's list's) current address:
 * a former slug, or the id alone. It works without JavaScript (meta refresh) and tells crawlers
 * where the page lives (canonical).
 */
export function redirectDocument(
  target: string,
  headline: string,
  what: "article" | "list" = "article",
): string {
  const href = escapeHtml(target);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="refresh" content="0; url=${href}" />
    <link rel="canonical" href="${href}" />
    <!-- An empty icon: otherwise the browser asks for /favicon.ico (a 404) on the way through. -->
    <link rel="icon" href="data:," />
    <title>${escapeHtml(headline)} · Bulletin</title>
  </head>
  <body>
    <p>This ${what} is now at <a href="${href}">${escapeHtml(headline)}</a>.</p>
  </body>
</html>
`;
}
