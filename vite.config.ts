import { lingui } from "@lingui/vite-plugin";
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
  // lingui(): compiles the JSON message catalogues at build time (see lingui.config.ts).
  plugins: [
    react(),
    lingui({ failOnMissing: true, failOnCompileError: true }),
    spaFallbackPage(),
  ],
  test: {
    restoreMocks: true,
    // Role queries in jsdom are slow on a busy two-core machine; a hung test still fails.
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: "app",
          environment: "jsdom",
          include: ["test/**/*.test.{ts,tsx}"],
          exclude: ["test/scripts/**", "test/bench/**", "test/e2e/**"],
          setupFiles: ["test/setup.ts"],
        },
      },
      {
        // Build-time code runs in Node, not in a browser.
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["test/scripts/**/*.test.ts", "test/bench/**/*.test.ts"],
        },
      },
    ],
  },
});
