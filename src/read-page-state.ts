import type { PageState } from "./rendered-page";

/**
 * The data a pre-rendered page embeds (publish writes it as a JSON data block), or undefined on a
 * page that has none or whose block is not what publish writes.
 */
export function readPageState(document: Document): PageState | undefined {
  const text = document.getElementById("bulletin-page")?.textContent;
  if (!text) return undefined;
  try {
    const state = JSON.parse(text) as Partial<PageState> | null;
    return typeof state?.url === "string" &&
      typeof state.data === "object" &&
      typeof state.router === "object"
      ? (state as PageState)
      : undefined;
  } catch {
    return undefined;
  }
}
