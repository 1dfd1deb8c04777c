/**
 * A plain static host for a published site, on 127.0.0.1, behaving like GitHub Pages, Netlify or
 * Cloudflare Pages with no rewrite rules: a path is its file, or its folder's index.html; anything
 * else gets 404.html with status 404. Hashed /assets/ files are cached for ever, the rest revalidated
 * (ETag, 304), and text is gzipped like any real host or CDN. `npm run preview`, the browser tests
 * and the benchmark all serve sites with it.
 *
 *   node --import tsx scripts/static-host.ts SITE_DIR [PORT]
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { gzipSync } from "node:zlib";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".css",
  ".json",
  ".svg",
  ".txt",
  ".webmanifest",
]);

export const IMMUTABLE = "public, max-age=31536000, immutable";
export const REVALIDATE = "no-cache";

/** The Cache-Control a path deserves: only content-hashed file names may be cached forever. */
export function cacheControlFor(urlPath: string): string {
  return urlPath.startsWith("/assets/") ? IMMUTABLE : REVALIDATE;
}

/** Where a request path lives on disk, or null if it tries to leave the site's folder. */
export function resolveFile(urlPath: string, siteDir: string): string | null {
  const file = path.join(siteDir, path.normalize(urlPath));
  return file === siteDir || file.startsWith(siteDir + path.sep) ? file : null;
}

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

interface Found {
  file: string;
  size: number;
  etag: string;
  status: number;
}

async function find(
  file: string | null,
): Promise<Omit<Found, "status"> | null> {
  if (!file) return null;
  try {
    const info = await stat(file);
    return info.isFile()
      ? {
          file,
          size: info.size,
          etag: `W/"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`,
        }
      : null;
  } catch {
    return null;
  }
}

export async function startStaticServer(
  siteDir: string,
  port = 0,
): Promise<StaticServer> {
  const site = path.resolve(siteDir);
  // Gzipped assets, reused across requests; everything else may change while served (publish).
  const gzipCache = new Map<string, Buffer>();

  async function locate(urlPath: string): Promise<Found | null> {
    const file = resolveFile(urlPath, site);
    const direct =
      (await find(file)) ??
      (file && (await find(path.join(file, "index.html"))));
    if (direct) return { ...direct, status: 200 };
    const notFound = await find(path.join(site, "404.html"));
    return notFound && { ...notFound, status: 404 };
  }

  async function handle(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const urlPath = decodeURIComponent(
      new URL(request.url ?? "/", "http://localhost").pathname,
    );
    const found =
      request.method === "GET" || request.method === "HEAD"
        ? await locate(urlPath)
        : null;
    if (!found) {
      response.writeHead(
        request.method === "GET" || request.method === "HEAD" ? 404 : 405,
        {
          "Content-Type": "text/plain; charset=utf-8",
          "Cache-Control": REVALIDATE,
        },
      );
      response.end("Not found\n");
      return;
    }
    const extension = path.extname(found.file);
    const servedPath = `/${path.relative(site, found.file).split(path.sep).join("/")}`;
    const headers: Record<string, string> = {
      "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
      "Cache-Control": cacheControlFor(servedPath),
      ETag: found.etag,
      Vary: "Accept-Encoding",
    };
    if (
      found.status === 200 &&
      request.headers["if-none-match"] === found.etag
    ) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
    const gzip =
      COMPRESSIBLE.has(extension) &&
      /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
    if (!gzip) {
      response.writeHead(found.status, {
        ...headers,
        "Content-Length": String(found.size),
      });
      if (request.method === "HEAD") response.end();
      else createReadStream(found.file).pipe(response);
      return;
    }
    const key = `${found.file}\n${found.etag}`;
    let body = gzipCache.get(key);
    if (!body) {
      body = gzipSync(await readFile(found.file));
      if (servedPath.startsWith("/assets/")) gzipCache.set(key, body);
    }
    response.writeHead(found.status, {
      ...headers,
      "Content-Encoding": "gzip",
      "Content-Length": String(body.byteLength),
    });
    response.end(request.method === "HEAD" ? undefined : body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  // Keep-alive sockets would hold close() open after the browser is gone.
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) =>
    server.listen(port, "127.0.0.1", resolve),
  );
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

if (process.argv[1] === import.meta.filename) {
  const [siteDir = "dist", port = "4173"] = process.argv.slice(2);
  const server = await startStaticServer(siteDir, Number(port));
  console.log(`Serving ${siteDir} at ${server.origin}/`);
}
