import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  IMMUTABLE,
  REVALIDATE,
  resolveFile,
  startStaticServer,
  type StaticServer,
} from "../../scripts/static-host.ts";
import { temporaryWorkFolder } from "./support/archive-runs.ts";

const work = temporaryWorkFolder();
let server: StaticServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function site() {
  const files: Record<string, string> = {
    "index.html": "front page",
    "page/2/index.html": "page two",
    "404.html": "not found page",
    "assets/app-abc123.js": "console.log(1)",
    "data/headlines/latest.json": "{}",
  };
  for (const [name, contents] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(work.path, name)), { recursive: true });
    await writeFile(path.join(work.path, name), contents);
  }
  server = await startStaticServer(work.path);
  return server.origin;
}

describe("the static host", () => {
  it("serves a path's file or its folder's index.html, and 404.html with 404 for anything else", async () => {
    const origin = await site();
    const get = async (urlPath: string) => {
      const response = await fetch(origin + urlPath);
      return [response.status, await response.text()];
    };
    expect(await get("/")).toEqual([200, "front page"]);
    expect(await get("/page/2")).toEqual([200, "page two"]);
    expect(await get("/page/2/")).toEqual([200, "page two"]);
    expect(await get("/page/3")).toEqual([404, "not found page"]);
    expect(await get("/data/headlines/9.json")).toEqual([
      404,
      "not found page",
    ]);
    expect(await get("/data/headlines/latest.json")).toEqual([200, "{}"]);
  });

  it("caches hashed assets for ever, revalidates the rest with ETags", async () => {
    const origin = await site();
    const asset = await fetch(`${origin}/assets/app-abc123.js`);
    expect(asset.headers.get("cache-control")).toBe(IMMUTABLE);
    const page = await fetch(`${origin}/page/2`);
    expect(page.headers.get("cache-control")).toBe(REVALIDATE);
    const etag = page.headers.get("etag") ?? "";
    const again = await fetch(`${origin}/page/2`, {
      headers: { "If-None-Match": etag },
    });
    expect(again.status).toBe(304);
  });

  it("never serves a file outside the site's folder", () => {
    expect(resolveFile("/../etc/passwd", "/srv/site")).toBe(
      "/srv/site/etc/passwd",
    );
    expect(resolveFile("/a/../../etc/passwd", "/srv/site")).toBe(
      "/srv/site/etc/passwd",
    );
  });
});
