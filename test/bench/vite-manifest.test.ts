import { describe, expect, it } from "vitest";
import {
  htmlEntryKey,
  initialJsFiles,
  type Manifest,
} from "../../scripts/bench/vite-manifest.ts";

/** Shaped like the app's manifest: the article page imports the entry back and a shared chunk. */
const manifest: Manifest = {
  "index.html": {
    file: "assets/index-a.js",
    isEntry: true,
    imports: ["_vendor-b.js"],
    dynamicImports: ["src/pages/article-page.tsx"],
    css: ["assets/index-c.css"],
  },
  "_vendor-b.js": { file: "assets/vendor-b.js" },
  "_shared-d.js": { file: "assets/shared-d.js", imports: ["_vendor-b.js"] },
  "src/pages/article-page.tsx": {
    file: "assets/article-page-e.js",
    isDynamicEntry: true,
    imports: ["index.html", "_shared-d.js"],
  },
};

describe("initialJsFiles", () => {
  it("is the entry and its static imports for a route with no lazy chunk", () => {
    expect(initialJsFiles(manifest, "index.html")).toEqual([
      "assets/index-a.js",
      "assets/vendor-b.js",
    ]);
  });

  it("adds a lazy chunk and its own imports, each file once", () => {
    expect(
      initialJsFiles(manifest, "index.html", ["src/pages/article-page.tsx"]),
    ).toEqual([
      "assets/index-a.js",
      "assets/vendor-b.js",
      "assets/article-page-e.js",
      "assets/shared-d.js",
    ]);
  });

  it("fails loudly when a chunk is missing, e.g. after the article page was renamed", () => {
    expect(() =>
      initialJsFiles(manifest, "index.html", ["src/pages/article.tsx"]),
    ).toThrow('the Vite manifest has no chunk "src/pages/article.tsx"');
  });
});

describe("htmlEntryKey", () => {
  it("finds the one HTML entry", () => {
    expect(htmlEntryKey(manifest)).toBe("index.html");
  });

  it("refuses a manifest without one", () => {
    expect(() => htmlEntryKey({})).toThrow("expected one HTML entry");
  });
});
