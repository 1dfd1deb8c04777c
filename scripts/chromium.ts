import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

/** The browser the browser tests and the benchmark drive: Debian's Chromium unless CHROMIUM_PATH says otherwise. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Stops early, with the fix, when there is no browser to drive. */
export function requireChromium(): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install one with \`apt-get install -y chromium\` ` +
        "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
    );
  }
  return chromiumPath;
}

/**
 * Flags without which Chromium stalls on a closed network (it keeps trying to reach Google's
 * services) or misbehaves in a container without a GPU or a sandbox.
 */
export const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** "Chromium 156.0.8078.108 built on Debian …" → "Chromium 156.0.8078.108". */
export function chromiumVersion(): string {
  try {
    const output = execFileSync(chromiumPath, ["--version"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 10_000,
    });
    return /^\S+\s+[\d.]+/.exec(output.trim())?.[0] ?? output.trim();
  } catch {
    return "unknown";
  }
}
