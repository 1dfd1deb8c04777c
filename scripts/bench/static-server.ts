/**
 * A static host for the built app, on 127.0.0.1 only, behaving as the README asks deployers to
 * configure theirs: hashed /assets/ files cached forever, index.html and data revalidated (ETag,
 * 304), an SPA fallback so deep links load the app, gzip like any real host or CDN. The data folder
 * is mounted at /data/, so one build serves every archive.
 *
 *   tsx scripts/bench/static-server.ts APP_DIR DATA_DIR [PORT]
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

/** Where a request path lives on disk, or null if it tries to leave its folder. */
export function resolveFile(
  urlPath: string,
  appDir: string,
  dataDir: string,
): string | null {
  const [root, rest] = urlPath.startsWith("/data/")
    ? [dataDir, urlPath.slice("/data".length)]
    : [appDir, urlPath];
  const file = path.join(root, path.normalize(rest));
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** Paths without a file extension are app URLs; everything else must exist or is a 404. */
export function isAppUrl(urlPath: string): boolean {
  return (
    !urlPath.startsWith("/data/") && !path.posix.basename(urlPath).includes(".")
  );
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
  appDir: string,
  dataDir: string,
  port = 0,
): Promise<StaticServer> {
  const app = path.resolve(appDir);
  const data = path.resolve(dataDir);
  // Gzipped assets and index.html, reused across runs; data files are small and gzipped per request.
  const gzipCache = new Map<string, Buffer>();

  async function locate(urlPath: string): Promise<Found | null> {
    const direct = await find(resolveFile(urlPath, app, data));
    if (direct) return { ...direct, status: 200 };
    if (!isAppUrl(urlPath)) return null;
    const index = await find(path.join(app, "index.html"));
    return index && { ...index, status: 200 };
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
    const servedPath = found.file.startsWith(data + path.sep)
      ? urlPath
      : `/${path.relative(app, found.file).split(path.sep).join("/")}`;
    const headers: Record<string, string> = {
      "Content-Type": CONTENT_TYPES[extension] ?? "application/octet-stream",
      "Cache-Control": cacheControlFor(servedPath),
      ETag: found.etag,
      Vary: "Accept-Encoding",
    };
    if (request.headers["if-none-match"] === found.etag) {
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
      if (!found.file.startsWith(data + path.sep)) gzipCache.set(key, body);
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
  const [appDir, dataDir, port] = process.argv.slice(2);
  if (!appDir || !dataDir) {
    console.error(
      "Usage: tsx scripts/bench/static-server.ts APP_DIR DATA_DIR [PORT]",
    );
    process.exitCode = 2;
  } else {
    const server = await startStaticServer(appDir, dataDir, Number(port ?? 0));
    console.log(`Serving ${appDir} (data: ${dataDir}) on ${server.origin}`);
  }
}
