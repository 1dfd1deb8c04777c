import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * The build's index.html is the app shell that `npm run publish` makes every page from, so it is
 * written as shell.html; publish writes index.html (the front page) and the rest.
 */
function appShell(): Plugin {
  return {
    name: "bulletin-app-shell",
    apply: "build",
    enforce: "post",
    generateBundle(_options, bundle) {
      const html = bundle["index.html"];
      if (html) html.fileName = "shell.html";
    },
  };
}

export default defineConfig({
  // lingui(): compiles the JSON message catalogues at build time (see lingui.config.ts).
  plugins: [
    react(),
    lingui({ failOnMissing: true, failOnCompileError: true }),
    appShell(),
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
