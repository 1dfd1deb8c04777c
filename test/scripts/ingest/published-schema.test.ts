import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaDir, schemaDocuments } from "../../../scripts/publish-schema.ts";

const documents = Object.entries(await schemaDocuments());

describe("docs/schema", () => {
  it.each(documents)(
    "%s matches the schema module (run npm run schema)",
    async (name, expected) => {
      expect(await readFile(path.join(schemaDir, name), "utf8")).toBe(expected);
    },
  );
});
