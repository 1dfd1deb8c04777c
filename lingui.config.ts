import { defineConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-json";
import { readdirSync } from "node:fs";

/**
 * Message catalogues: flat JSON, id → ICU message, compiled at build time by @lingui/vite-plugin.
 * Two families: the interface (src/i18n/locales) and the words of a timestamp line in every date
 * language offered (src/time/locales). A language is a file; the list below is read from them.
 */
const families = ["src/i18n/locales", "src/time/locales"];
const locales = new Set(
  families.flatMap((folder) =>
    readdirSync(new URL(folder, import.meta.url))
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.slice(0, -".json".length)),
  ),
);

export default defineConfig({
  sourceLocale: "en",
  locales: [...locales],
  catalogs: families.map((folder) => ({
    path: `<rootDir>/${folder}/{locale}`,
    include: ["src"],
  })),
  format: formatter({ style: "minimal" }),
});
