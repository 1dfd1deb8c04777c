/**
 * Starts the ingest's reading thread from its TypeScript source (under vitest or tsx). Node 20
 * does not apply `--import` hooks to worker threads, so the thread registers tsx itself. The
 * bundle that scripts/cli.js builds has the thread compiled (prepare-worker.mjs) and never loads
 * this file.
 */
import { register } from "tsx/esm/api";

register();
await import("./prepare-worker.ts");
