import {
  mkdirSync,
  mkdtempSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  filesModifiedSince,
  folderBytes,
} from "../../scripts/bench/site-files.ts";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("folderBytes", () => {
  it("adds up the files in every folder below", () => {
    root = mkdtempSync(path.join(tmpdir(), "site-files-"));
    mkdirSync(path.join(root, "fragment", "deep"), { recursive: true });
    writeFileSync(path.join(root, "entry.json"), "12345");
    writeFileSync(path.join(root, "fragment", "deep", "a.pf"), "123");
    expect(folderBytes(root)).toBe(8);
  });
});

describe("filesModifiedSince", () => {
  it("counts the files in every folder modified at or after the time, and no folders", () => {
    root = mkdtempSync(path.join(tmpdir(), "site-files-"));
    const old = new Date("2020-01-01T00:00:00Z");
    const file = (relative: string, modified?: Date) => {
      const target = path.join(root, relative);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, relative);
      if (modified) utimesSync(target, modified, modified);
    };
    file("index.html", old);
    file("articles/a-b/index.html", old);
    const since = Date.now() - 1000;
    file("articles/c-d/index.html");
    file("data/articles/c.json");
    file("page/1/index.html", old);
    expect(filesModifiedSince(root, since)).toBe(2);
    expect(filesModifiedSince(root, old.getTime())).toBe(5);
  });
});
