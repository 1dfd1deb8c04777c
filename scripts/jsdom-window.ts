import { createRequire } from "node:module";
import type { JSDOM } from "jsdom";

export type JsdomWindow = JSDOM["window"];

/**
 * jsdom adds event listeners to the window for every document it creates, and DOMPurify creates
 * one per call: the window's listener list, and the documents it keeps alive, grew with every body
 * and each addition scanned it, so 10,000 HTML items took four minutes and a gigabyte. A window
 * costs tens of milliseconds to build, so one serves a few hundred bodies, then is replaced.
 */
const WINDOW_USES = 256;
let current: { window: JsdomWindow; uses: number } | undefined;

/**
 * jsdom is loaded on the first HTML body, not at start-up: loading it costs about a second of CPU,
 * which every ingest or publish whose bodies are all plain text would pay for nothing.
 */
let jsdom: typeof JSDOM | undefined;
const require = createRequire(import.meta.url);

/** A DOM window for parsing and sanitising HTML at build time (ingest and publish). */
export function jsdomWindow(): JsdomWindow {
  if (!current || current.uses >= WINDOW_USES) {
    jsdom ??= (require("jsdom") as typeof import("jsdom")).JSDOM;
    current = { window: new jsdom("").window, uses: 0 };
  }
  current.uses += 1;
  return current.window;
}
