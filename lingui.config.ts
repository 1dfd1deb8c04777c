import { defineConfig } from "@lingui/conf";
import { formatter } from "@lingui/format-json";

/**
 * Message catalogues: flat JSON, id → ICU message, compiled at build time by @lingui/vite-plugin.
 * The interface is in `interfaceLanguages` (src/i18n/interface-language.ts); timestamp lines are
 * in every date language offered (src/time/date-locale-options.ts).
 */
export default defineConfig({
  sourceLocale: "en",
  locales: ["en", "tr", "de", "fr", "es", "ar", "ja"],
  catalogs: [
    { path: "<rootDir>/src/i18n/locales/{locale}", include: ["src"] },
    { path: "<rootDir>/src/time/locales/{locale}", include: ["src/time"] },
  ],
  format: formatter({ style: "minimal" }),
});
