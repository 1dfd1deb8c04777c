import * as z from "zod/mini";

/**
 * What a site folder was last published from, kept in its data folder: the next publish writes only
 * what changed since. Anything unreadable or from another archive or app build means "publish all".
 */
const publishStateSchema = z.object({
  version: z.literal(1),
  archiveId: z.string(),
  changeNo: z.int(),
  articles: z.int(),
  /** SHA-256 of the app shell the pages were made from; a new app build republishes every page. */
  shell: z.string(),
  /**
   * What the big search index in `pagefind/` was built from, when publish built one, and up to
   * which change the recent index in `pagefind-recent/` reaches, when there is one.
   */
  search: z.optional(
    z.object({
      archiveId: z.string(),
      changeNo: z.int(),
      version: z.string(),
      recent: z.optional(z.object({ changeNo: z.int(), articles: z.int() })),
    }),
  ),
});

export type PublishState = z.infer<typeof publishStateSchema>;

export const PUBLISH_STATE_FILE = "publish-state.json";

export function parsePublishState(
  bytes: Uint8Array | undefined,
): PublishState | undefined {
  if (!bytes) return undefined;
  try {
    const result = publishStateSchema.safeParse(
      JSON.parse(Buffer.from(bytes).toString("utf8")),
    );
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

export function publishStateFile(state: PublishState): string {
  return `${JSON.stringify(state)}\n`;
}
