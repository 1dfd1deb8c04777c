import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleIdFor } from "../../../scripts/ingest/article-id.ts";
import {
  runCli,
  temporaryWorkFolder,
  writeJsonFeed,
} from "../support/archive-runs.ts";

const work = temporaryWorkFolder();

describe("npm run ingest", () => {
  it.each([
    [
      ["--zone", "Mars/Olympus", "x"],
      'ingest: --zone: "Mars/Olympus" is not an IANA time zone such as Europe/Istanbul',
    ],
    [["--frobnicate"], "ingest: Unknown option '--frobnicate'"],
    [[], "ingest: name at least one SOURCE, for example content/"],
    [
      ["--max-bytes", "lots", "x"],
      'ingest: --max-bytes: "lots" is not a size such as 50MB',
    ],
    [
      ["--wait", "soon", "x"],
      'ingest: --wait: "soon" is not a number of seconds',
    ],
    [
      ["--withdraw", "abc", "--reason", "x"],
      'ingest: --withdraw: "abc" is not an article id',
    ],
    [["--withdraw", "0123456789ab"], "ingest: --withdraw: needs --reason TEXT"],
  ])(
    "exits 2 for %j",
    async (args, message) => {
      const { code, stderr } = await runCli("ingest", args, work.path);
      expect(stderr.split("\n")[0]).toContain(message);
      expect(code).toBe(2);
    },
    20_000,
  );

  it("exits 1 with each rejection and a summary when something was rejected, 0 when all was ingested", async () => {
    await mkdir(path.join(work.path, "src"));
    await writeFile(
      path.join(work.path, "src/good.txt"),
      "Good\n\nStandfirst\n\nDesk\n\nBody.\n",
    );
    await writeFile(
      path.join(work.path, "src/bad.txt"),
      "Bad\n\nStandfirst\n\nDesk\n\nBody.\n\nUpdated: 4 October 2015, 09:19\n",
    );
    const failed = await runCli(
      "ingest",
      ["--archive", "a.sqlite", "src"],
      work.path,
    );
    expect(failed.stderr).toBe(
      'src/bad.txt:9 date: "4 October 2015, 09:19" has no time zone; pass --zone IANA_ZONE or add "zone:" to the file\'s header\n',
    );
    expect(failed.stdout).toBe(
      "ingest: 2 items: 1 new, 0 updated, 0 unchanged, 0 merged, 1 rejected; a.sqlite holds 1 articles\n",
    );
    expect(failed.code).toBe(1);

    const passed = await runCli(
      "ingest",
      ["--archive", "a.sqlite", "--zone", "Europe/London", "src"],
      work.path,
    );
    expect(passed.stdout).toBe(
      "ingest: 2 items: 1 new, 0 updated, 1 unchanged, 0 merged, 0 rejected; a.sqlite holds 2 articles\n",
    );
    expect(passed.code).toBe(0);
  }, 30_000);

  it("names a source that could not be read, changes nothing for it, and exits 1", async () => {
    const result = await runCli(
      "ingest",
      ["--archive", "a.sqlite", "no-such-file.json"],
      work.path,
    );
    expect(result.stderr).toBe(
      "no-such-file.json source: no such file or folder\n",
    );
    expect(result.stdout).toBe(
      "ingest: 0 items: 0 new, 0 updated, 0 unchanged, 0 merged, 0 rejected; 1 source(s) could not be read and changed nothing; a.sqlite holds 0 articles\n",
    );
    expect(result.code).toBe(1);
  }, 20_000);

  it("withdraws an article by id, and says so when there is no such article", async () => {
    await writeJsonFeed(path.join(work.path, "feed.json"), [
      { id: "w", title: "To withdraw", content_text: "x" },
    ]);
    await runCli("ingest", ["--archive", "a.sqlite", "feed.json"], work.path);
    const id = articleIdFor("w");
    const done = await runCli(
      "ingest",
      [
        "--archive",
        "a.sqlite",
        "--withdraw",
        id.toUpperCase(),
        "--reason",
        "Retracted",
      ],
      work.path,
    );
    expect(done.stdout).toBe(
      `ingest: withdrew ${id}; run npm run publish to show the notice at its URL\n`,
    );
    expect(done.code).toBe(0);
    const missing = await runCli(
      "ingest",
      ["--archive", "a.sqlite", "--withdraw", "0123456789ab", "--reason", "x"],
      work.path,
    );
    expect(missing.stderr).toBe(
      "ingest: a.sqlite has no article with id 0123456789ab\n",
    );
    expect(missing.code).toBe(1);
  }, 30_000);
});
