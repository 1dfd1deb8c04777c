import { defineConfig } from "vitest/config";

/**
 * Runs the ingest tests on their own (`npx vitest run -c test/scripts/ingest/vitest.config.ts`):
 * build-time code in Node, without the app's jsdom setup file.
 */
export default defineConfig({
  test: {
    root: new URL("../../..", import.meta.url).pathname,
    environment: "node",
    include: ["test/scripts/ingest/**/*.test.ts"],
    restoreMocks: true,
  },
});
