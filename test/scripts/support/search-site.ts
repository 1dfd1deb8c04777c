import path from "node:path";
import { pathToFileURL } from "node:url";
import { startStaticServer } from "../../../scripts/static-host.ts";
import {
  openRecentIndex,
  searchIndexes,
  type PagefindApi,
} from "../../../src/search/merged-search.ts";
import {
  RECENT_MANIFEST_FILE,
  RECENT_SEARCH_FOLDER,
  parseRecentIndexManifest,
} from "../../../src/search/recent-index-manifest.ts";
import { indexQuery } from "../../../src/search/search-terms.ts";

export interface FoundArticle {
  path: string;
  headline: string;
  content: string;
}

/**
 * Searches a published site as its search page does, with the site's own pagefind.js (run in Node,
 * where it searches on the main thread) over HTTP: the big index, with the recent index merged in
 * when the site has one. Every result, in order.
 */
export async function searchSite(
  site: string,
  query: string,
  options: { newest?: boolean; filters?: Record<string, string> } = {},
): Promise<FoundArticle[]> {
  const server = await startStaticServer(site, 0);
  try {
    const { createInstance } = (await import(
      pathToFileURL(path.join(site, "pagefind", "pagefind.js")).href
    )) as { createInstance(options: { basePath: string }): PagefindApi };
    const pagefind = createInstance({ basePath: `${server.origin}/pagefind/` });
    try {
      const folder = `${server.origin}/${RECENT_SEARCH_FOLDER}/`;
      const response = await fetch(`${folder}${RECENT_MANIFEST_FILE}`);
      const manifest = response.ok
        ? parseRecentIndexManifest(await response.json())
        : undefined;
      if (response.ok && !manifest)
        throw new Error(`${folder}${RECENT_MANIFEST_FILE} is not a manifest`);
      const recent =
        manifest && (await openRecentIndex(pagefind, manifest, folder));
      const results = await searchIndexes(pagefind, recent, indexQuery(query), {
        filters: options.filters ?? {},
        newest: options.newest ?? false,
      });
      return await Promise.all(
        results.map(async (result) => {
          const fragment = await result.data();
          return {
            path: fragment.raw_url ?? fragment.url,
            headline: fragment.meta.title ?? "",
            content: fragment.content,
          };
        }),
      );
    } finally {
      await pagefind.destroy();
    }
  } finally {
    await server.close();
  }
}
