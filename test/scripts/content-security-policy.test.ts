import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../vite.config.ts";

// The policy's hash of the inline script changes with the interface languages; the header the
// README tells hosts to send must change with it, or that header would block the script.
describe("the Content Security Policy in the README's nginx example", () => {
  it("is the built pages' policy, plus frame-ancestors", () => {
    const readme = readFileSync(
      new URL("../../README.md", import.meta.url),
      "utf8",
    );
    expect(readme).toContain(
      `add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'" always;`,
    );
  });
});
