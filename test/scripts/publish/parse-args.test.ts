import { describe, expect, it } from "vitest";
import {
  parsePublishArgs,
  UsageError,
} from "../../../scripts/publish/parse-args.ts";

describe("publish's search options", () => {
  it("builds a missing index by default, rebuilds with --search, never with --no-search", () => {
    expect(parsePublishArgs([])).toMatchObject({ search: "missing" });
    expect(parsePublishArgs(["--search"])).toMatchObject({ search: "update" });
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
