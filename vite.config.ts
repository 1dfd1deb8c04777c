import react from "@vitejs/plugin-react";
import { copyFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { defineConfig, type Plugin } from "vitest/config";

/** Hosts that answer unknown paths with 404.html (GitHub Pages and the like) then boot the app too. */
function spaFallbackPage(): Plugin {
  let outDir = "dist";
  return {
    name: "bulletin-spa-fallback-page",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await copyFile(join(outDir, "index.html"), join(outDir, "404.html"));
    },
  };
}

export default defineConfig({
  plugins: [react(), spaFallbackPage()],
  test: {
    environment: "jsdom",
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "node_modules/**"],
    setupFiles: ["test/setup.ts"],
    restoreMocks: true,
    // Role queries in jsdom are slow on a busy two-core machine; a hung test still fails.
    testTimeout: 15_000,
  },
});
