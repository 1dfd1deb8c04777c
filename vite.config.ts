import { lingui } from "@lingui/vite-plugin";
import react from "@vitejs/plugin-react";
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build, type ResolvedConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { defineConfig, type Plugin } from "vitest/config";
import { pwaOptions } from "./scripts/pwa-options.ts";
import { interfacePendingScript } from "./scripts/interface-pending-script.ts";

/** The interface languages, English (the source) first; a language is a file, as in lingui.config.ts. */
const interfaceLanguages = [
  "en",
  ...readdirSync(new URL("src/i18n/locales", import.meta.url))
    .filter((file) => file.endsWith(".json") && file !== "en.json")
    .map((file) => file.slice(0, -".json".length))
    .sort(),
];

/** The shell's one inline script: hides a page whose interface will not be English until it is. */
const INTERFACE_PENDING_SCRIPT = interfacePendingScript(interfaceLanguages);

/**
 * What built pages may load and run: only the site's own scripts plus the one inline script above,
 * allowed by the hash of its exact text (no other inline script, no eval), its own styles, data and
 * fonts, and article images from any https host. Search compiles Pagefind's WebAssembly, which needs
 * 'wasm-unsafe-eval' where the policy also governs its worker (sent as a header); WebAssembly only,
 * JavaScript eval stays blocked (docs/decisions/0011). A <meta> so it works on any static host; the
 * README gives the header form, which can also forbid framing.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${createHash("sha256").update(INTERFACE_PENDING_SCRIPT).digest("base64")}'`,
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
 * Puts the inline script first in <head>, right after the charset (and, in a build, the policy that
 * allows it), so it runs before the stylesheet and before first paint; in the dev server too, so
 * the app's side of it runs there as well.
 */
function interfacePending(): Plugin {
  return {
    name: "bulletin-interface-pending",
    transformIndexHtml: {
      order: "post",
      handler: (html) => {
        const charset = '<meta charset="UTF-8" />';
        // Without it the script would go missing silently, bringing back the English flash.
        if (!html.includes(charset)) {
          throw new Error(
            `index.html has no ${charset}: nowhere to put the interface-pending script`,
          );
        }
        return html.replace(
          charset,
          `${charset}\n    <script>${INTERFACE_PENDING_SCRIPT}</script>`,
        );
      },
    },
  };
}

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
    interfacePending(),
    appShell(),
    pageRenderer(),
    // The web app manifest and the service worker (scripts/pwa-options.ts).
    VitePWA(pwaOptions),
  ],
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first paint needs in one file: lazy routes share code with it, and
          // splitting that into a common chunk per combination costs a request and gzip's
          // context for each (docs/decisions/0010). The entry itself stays out, so the HTML keeps
          // one entry script (and the build manifest its entry) that imports the rest.
          groups: [
            {
              name: "app",
              tags: ["$initial"],
              test: (id) =>
                !id.endsWith("/src/main.tsx") && !id.endsWith(".html"),
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
