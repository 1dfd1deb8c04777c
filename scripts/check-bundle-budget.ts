/**
 * Bundle budget: the JS each route loads before its first paint (gzip) must stay within
 * BUDGET_RATIO × the floor, a minimal app on the same libraries (bench/floor). Measuring against the
 * floor rather than a fixed number keeps the budget about Bulletin's own code: a library upgrade
 * moves both sides. Exits 1 over budget, 2 when the builds fail.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildApp, buildFloor } from "./bench/build-apps.ts";
import { appRoutes, initialJs } from "./bench/bundle-sizes.ts";
import { kilobytes, markdownTable, ratio } from "./bench/table.ts";
import { runMain } from "./run-main.ts";

const BUDGET_RATIO = 1.3;

async function main(): Promise<number> {
  const scratch = await mkdtemp(path.join(tmpdir(), "bulletin-budget-"));
  try {
    // In parallel: most of a build is waiting on the bundler's native threads and the disk.
    const [app, floor] = await Promise.all([
      buildApp(path.join(scratch, "app")),
      buildFloor(path.join(scratch, "floor")),
    ]);
    const floorJs = await initialJs(floor);
    const limit = floorJs.gzipBytes * BUDGET_RATIO;
    const rows = [];
    let over = 0;
    for (const { route, lazy } of appRoutes) {
      const js = await initialJs(app, lazy);
      const withinBudget = js.gzipBytes <= limit;
      if (!withinBudget) over += 1;
      rows.push([
        route,
        js.files.length,
        kilobytes(js.gzipBytes),
        ratio(js.gzipBytes / floorJs.gzipBytes),
        withinBudget ? "ok" : "OVER",
      ]);
    }
    rows.push([
      "floor (bench/floor)",
      floorJs.files.length,
      kilobytes(floorJs.gzipBytes),
      ratio(1),
      "",
    ]);
    console.log(
      `Initial JS per route, gzip; budget ${kilobytes(limit)} KB = ${BUDGET_RATIO} × floor\n\n` +
        markdownTable(["route", "files", "KB gzip", "× floor", "budget"], rows),
    );
    if (over > 0) {
      console.error(
        `\n${over} route(s) over budget: split what first paint does not need into lazy chunks (see bench/README.md).`,
      );
      return 1;
    }
    return 0;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

runMain(main, 2);
