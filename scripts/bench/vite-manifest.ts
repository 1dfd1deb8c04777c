/** The parts of Vite's build manifest (`build.manifest: true`) that decide what a page loads first. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Static imports: Vite emits a modulepreload for each, so they load with the entry. */
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/**
 * The JS files a route needs before its first paint: the HTML entry and everything it imports
 * statically (what index.html loads and modulepreloads), plus each lazy chunk the route cannot paint
 * without and that chunk's own static imports. Files are listed once, entry first.
 */
export function initialJsFiles(
  manifest: Manifest,
  entryKey: string,
  lazyKeys: readonly string[] = [],
): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string, chain: readonly string[]) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) {
      const via = chain.length > 0 ? ` (imported by ${chain.join(" → ")})` : "";
      throw new Error(`the Vite manifest has no chunk "${key}"${via}`);
    }
    seen.add(key);
    if (chunk.file.endsWith(".js")) files.push(chunk.file);
    for (const imported of chunk.imports ?? [])
      visit(imported, [...chain, key]);
  };
  for (const key of [entryKey, ...lazyKeys]) visit(key, []);
  return files;
}

/** The key of the manifest's one HTML entry (index.html for both the app and the floor). */
export function htmlEntryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(
    ([key, chunk]) => chunk.isEntry && key.endsWith(".html"),
  );
  const [first, ...rest] = entries;
  if (!first || rest.length > 0) {
    throw new Error(
      `expected one HTML entry in the Vite manifest, found ${entries.length}`,
    );
  }
  return first[0];
}
