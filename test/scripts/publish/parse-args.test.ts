import { describe, expect, it } from "vitest";
import {
  parsePublishArgs,
  UsageError,
} from "../../../scripts/publish/parse-args.ts";

describe("publish's search options", () => {
  it("keeps search current by default, rebuilds the whole index with --search, never touches it with --no-search", () => {
    expect(parsePublishArgs([])).toMatchObject({ search: "incremental" });
    expect(parsePublishArgs(["--search"])).toMatchObject({ search: "rebuild" });
    expect(parsePublishArgs(["--no-search"])).toMatchObject({
      search: "skip",
    });
  });

  it("refuses both at once", () => {
    expect(() => parsePublishArgs(["--search", "--no-search"])).toThrow(
      new UsageError("--search and --no-search: give one of them"),
    );
  });
});
