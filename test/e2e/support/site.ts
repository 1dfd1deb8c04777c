import path from "node:path";
import { fileURLToPath } from "node:url";

/** Paths and address shared by the Playwright config and the script that builds the test site. */
const here = path.dirname(fileURLToPath(import.meta.url));

export const repoRoot = path.resolve(here, "../../..");

/** The fixed test data set: plain-text sources in the seed's layout, ingested and published. */
export const contentDir = path.join(repoRoot, "test/e2e/content");

/** Build output and ingested data live under node_modules/.cache: ignored by git, kept between runs. */
export const workDir = path.join(repoRoot, "node_modules/.cache/bulletin-e2e");
export const siteDir = path.join(workDir, "site");
export const archiveFile = path.join(workDir, "archive.sqlite");

/** A fixed port away from Vite's defaults (5173 dev, 4173 preview), so a running dev server is never reused. */
export const port = Number(process.env.BULLETIN_E2E_PORT ?? 4317);
export const baseURL = `http://127.0.0.1:${port}`;
