/**
 * Renders the web app manifest's icons (public/icons/*.png) from the favicon's design with
 * Chromium, so they can be made again after a design change:
 *
 *   node --import tsx scripts/render-app-icons.ts
 *
 * "any" icons are the favicon's rounded square; the maskable one fills the square and keeps the
 * letter inside the central 80 % circle that platforms may crop to (W3C manifest, "safe zone").
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumFlags, requireChromium } from "./chromium.ts";
import { runMain } from "./run-main.ts";

const ACCENT = "#8a1c1c";
const outDir = path.resolve(import.meta.dirname, "../public/icons");

function iconSvg(size: number, maskable: boolean): string {
  const radius = maskable ? 0 : size * 0.1875;
  const fontSize = size * (maskable ? 0.5 : 0.625);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" rx="${radius}" fill="${ACCENT}"/>
<text x="50%" y="50%" dy="0.35em" font-family="Georgia,serif" font-size="${fontSize}" font-weight="700" text-anchor="middle" fill="#fff">B</text>
</svg>`;
}

const icons = [
  { file: "icon-192.png", size: 192, maskable: false },
  { file: "icon-512.png", size: 512, maskable: false },
  { file: "icon-maskable-512.png", size: 512, maskable: true },
];

async function main(): Promise<number> {
  const browser = await chromium.launch({
    executablePath: requireChromium(),
    args: chromiumFlags,
  });
  try {
    const page = await browser.newPage();
    for (const icon of icons) {
      await page.setViewportSize({ width: icon.size, height: icon.size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${iconSvg(icon.size, icon.maskable)}`,
      );
      const png = await page.screenshot({ omitBackground: true });
      await writeFile(path.join(outDir, icon.file), png);
      console.log(`public/icons/${icon.file}`);
    }
    return 0;
  } finally {
    await browser.close();
  }
}

runMain(main, 1);
