import type { VitePWAOptions } from "vite-plugin-pwa";
import { CACHE_NAMES } from "../src/offline/cache-names.ts";

/**
 * The web app manifest and the generated service worker (vite-plugin-pwa, Workbox's generateSW).
 * How pages, data and updates are cached, and why: docs/decisions/0010-reader-device-state-and-offline.md.
 */

// The shell `vite build` writes (vite.config.ts renames index.html); it renders any URL client-side.
const SHELL = "shell.html";
// Offline, or on a connection that stalls, the cache answers after this long.
const NETWORK_TIMEOUT_SECONDS = 5;

export const pwaOptions: Partial<VitePWAOptions> = {
  // A new build waits until every Bulletin tab is closed (the next visit), unless the reader
  // reloads from the "new version" notice: pages never mix two builds' code.
  registerType: "prompt",
  // src/offline/register-service-worker.ts registers it after the page has loaded: no inline
  // script (the Content Security Policy allows none) and nothing added to the initial JS.
  injectRegister: false,
  manifest: {
    id: "./",
    name: "Bulletin",
    short_name: "Bulletin",
    description: "A fast, accessible news reader.",
    lang: "en",
    dir: "ltr",
    start_url: "./",
    scope: "./",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#8a1c1c",
    icons: [
      { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
      {
        src: "icons/icon-maskable-512.png",
        sizes: "512x512",
        type: "image/png",
        purpose: "maskable",
      },
    ],
  },
  workbox: {
    // The app itself: shell, code, styles (the manifest and its icons are added by the plugin).
    // Never the data: publish replaces it in place.
    globPatterns: ["**/*.{js,css,html,svg}"],
    globIgnores: ["data/**", "**/node_modules/**"],
    cleanupOutdatedCaches: true,
    // The first visit's page is controlled at once, so what it opens next is kept for offline.
    clientsClaim: true,
    skipWaiting: false,
    // Pages that exist only on this device are the shell, online or not.
    navigateFallback: SHELL,
    navigateFallbackAllowlist: [/\/saved(?:\/[^/?]*)?\/?(?:\?.*)?$/],
    runtimeCaching: [
      {
        // Published pages come from the network, fresh. Offline, the shell renders the page from
        // cached data, or the offline view: a cached HTML page would name the assets of the build
        // that rendered it, which the precache drops when a new build takes over.
        urlPattern: ({ request }) => request.mode === "navigate",
        handler: "NetworkOnly",
        options: { precacheFallback: { fallbackURL: SHELL } },
      },
      {
        // List pages and articles the reader opened: fresh when online, the last copy offline.
        urlPattern: /\/data\/(?:headlines|articles)\/[^/]+\.json$/,
        handler: "NetworkFirst",
        options: {
          cacheName: CACHE_NAMES.data,
          networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 1000, purgeOnQuotaError: true },
        },
      },
      {
        urlPattern: /\/assets\/[^/]+$/,
        handler: "CacheFirst",
        options: {
          cacheName: CACHE_NAMES.assets,
          cacheableResponse: { statuses: [200] },
          expiration: {
            maxEntries: 200,
            maxAgeSeconds: 60 * 60 * 24 * 60,
            purgeOnQuotaError: true,
          },
        },
      },
    ],
  },
};
