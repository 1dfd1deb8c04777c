import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, requireChromium } from "./scripts/chromium.ts";
import { baseURL, port, repoRoot, siteDir } from "./test/e2e/support/site.ts";

/**
 * Browser tests: Chromium only, against the production build published as a static site and
 * served by a plain static host (scripts/static-host.ts, no rewrite rules; see
 * test/e2e/support/build-site.ts). Playwright cannot download browsers here, so the
 * suite uses the system Chromium; CHROMIUM_PATH points it at another one.
 */
const executablePath = requireChromium();

const bin = (name: string) => path.join(repoRoot, "node_modules/.bin", name);

export default defineConfig({
  testDir: "test/e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 20_000,
  expect: { timeout: 5_000 },
  reporter: [
    ["list"],
    ["html", { open: "never", outputFolder: "playwright-report" }],
  ],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    // Request routing does not see what a service worker fetches: tests of the service worker
    // (offline.spec.ts) allow it, the rest run without one.
    serviceWorkers: "block",
    // Every test states its locale and zone; none depends on the machine's.
    locale: "en-GB",
    timezoneId: "Europe/London",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: chromiumFlags,
        },
      },
    },
  ],
  webServer: {
    command:
      `${bin("tsx")} test/e2e/support/build-site.ts && ` +
      `node --import tsx scripts/static-host.ts ${siteDir} ${port}`,
    url: baseURL,
    // Never test against someone else's server (or a stale build) that happens to hold the port.
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
