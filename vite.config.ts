import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type ResolvedConfig } from "vite";
import { defineConfig, type Plugin } from "vitest/config";

/**
 * What built pages may load and run: only the site's own scripts (no inline script, no eval), its own
 * styles, data and fonts, and article images from any https host. Search compiles Pagefind's
 * WebAssembly, which needs 'wasm-unsafe-eval' where the policy also governs its worker (sent as a
 * header); WebAssembly only, JavaScript eval stays blocked (docs/decisions/0011). A <meta> so it
 * works on any static
 * host; the README gives the header form, which can also forbid framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' https:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * The build's index.html is the app shell that `npm run publish` makes every page from, so it is
 * written as shell.html (with the Content Security Policy; the dev server's inline scripts would
 * not pass it); publish writes index.html (the front page) and the rest.
 */
function appShell(): Plugin {
  return {
    name: "bulletin-app-shell",
    apply: "build",
    enforce: "post",
    transformIndexHtml: {
      order: "post",
      // Right after the charset, before any script or style it governs.
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
        ),
    },
    generateBundle(_options, bundle) {
      const html = bundle["index.html"];
      if (html) html.fileName = "shell.html";
    },
  };
}

/**
 * After the browser build, builds the page renderer (src/render-page.tsx) for Node into a sibling
 * folder, `<outDir>-ssr`, stamped with the hash of the shell it belongs to: publish refuses to
 * combine a renderer and a site from different builds, whose pages would not hydrate.
 */
function pageRenderer(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "bulletin-page-renderer",
    apply: (userConfig, env) =>
      env.command === "build" && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const rendererDir = `${outDir}-ssr`;
      await build({
        root: config.root,
        base: config.base,
        mode: config.mode,
        configFile: config.configFile,
        logLevel: "warn",
        // Self-contained, so the renderer works wherever its site is (a CI scratch folder, say),
        // and with the same React build (production, unless under a test runner) as the browser's.
        ssr: { noExternal: true },
        define: {
          "process.env.NODE_ENV": JSON.stringify(
            config.isProduction ? "production" : "development",
          ),
        },
        build: {
          ssr: "src/render-page.tsx",
          outDir: rendererDir,
          emptyOutDir: true,
          copyPublicDir: false,
        },
      });
      const shell = await readFile(path.join(outDir, "shell.html"));
      await writeFile(
        path.join(rendererDir, "shell.sha256"),
        createHash("sha256").update(shell).digest("hex"),
      );
    },
  };
}

export default defineConfig({
  // lingui(): compiles the JSON message catalogues at build time (see lingui.config.ts).
  plugins: [
    react(),
    lingui({ failOnMissing: true, failOnCompileError: true }),
    appShell(),
    pageRenderer(),
  ],
  build: {
    rolldownOptions: {
      output: {
        // Everything the first page needs in one chunk beside the entry: split by which lazy
        // chunks share them, modules ship as many small files, each compressed on its own.
        codeSplitting: {
          groups: [
            {
              name: "app",
              tags: ["$initial"],
              test: (id) => !/[\\/]src[\\/]main\.tsx$|\.html$/.test(id),
            },
          ],
        },
      },
    },
  },
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
