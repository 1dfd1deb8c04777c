// `import.meta.glob("./locales/*.json", { query: "?lingui" })`: @lingui/vite-plugin compiles the
// JSON catalogue into a module whose `messages` need no ICU parser at run time.
declare module "*?lingui" {
  import type { Messages } from "@lingui/core";
  export const messages: Messages;
}
