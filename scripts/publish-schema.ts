import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "prettier";
import * as z from "zod/mini";
import {
  articleSchema,
  headlinePageSchema,
  latestHeadlinesSchema,
} from "../src/articles/article-schema.ts";

/**
 * Publishes the data contract as JSON Schema (docs/schema/), so tools other than the ingest can
 * produce data the reader accepts. `npm run schema` rewrites the files; a test fails when the
 * committed files fall behind the schema module.
 */
export async function schemaDocuments(): Promise<Record<string, string>> {
  // "input": what a producer may write (e.g. `tags` may be left out and defaults to []).
  const render = (schema: z.ZodMiniType, id: string, title: string) =>
    format(
      JSON.stringify({
        $id: id,
        title,
        ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
      }),
      { parser: "json" },
    );
  return {
    "article.schema.json": await render(
      articleSchema,
      "article.schema.json",
      "Bulletin article (data/articles/<id>.json)",
    ),
    "headline-page.schema.json": await render(
      headlinePageSchema,
      "headline-page.schema.json",
      "Bulletin archive page (data/headlines/<n>.json, numbered from the oldest)",
    ),
    "latest-headlines.schema.json": await render(
      latestHeadlinesSchema,
      "latest-headlines.schema.json",
      "Bulletin front page (data/headlines/latest.json)",
    ),
  };
}

export const schemaDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../docs/schema",
);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(schemaDir, { recursive: true });
  for (const [name, contents] of Object.entries(await schemaDocuments())) {
    writeFileSync(path.join(schemaDir, name), contents);
    process.stdout.write(
      `schema: wrote ${path.relative(process.cwd(), path.join(schemaDir, name))}\n`,
    );
  }
}
