const LETTERS = new Set(["j", "k", "o", "s", "m", "u"]);
// The header's search field, else a page's own searchbox.
const SEARCH = "#search-field, [role='searchbox'], input[type='search']";

/** Keys typed into a field (or a select's type-ahead) belong to the field. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      target.closest("input, textarea, select, [contenteditable]") !== null)
  );
}

/**
 * The keyboard shortcuts, live on every page but never while typing in a field or with a modifier
 * held or a dialog open; `?` calls `openHelp`. Returns the function that stops listening.
 */
export function listenForShortcuts(openHelp: () => void): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (
      event.defaultPrevented ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      event.isComposing ||
      isTyping(event.target) ||
      document.querySelector("dialog[open]")
    )
      return;
    const { key } = event;
    if (key === "?") {
      event.preventDefault();
      openHelp();
    } else if (key === "/") {
      // As on GitHub, YouTube and MDN. Without a search field, "/" keeps whatever the browser
      // does with it (quick find).
      const search = document.querySelector<HTMLElement>(SEARCH);
      if (!search) return;
      event.preventDefault();
      search.focus();
      if (search instanceof HTMLInputElement) search.select();
    } else if (LETTERS.has(key)) {
      import("./run-shortcut").then(
        ({ runShortcut }) => runShortcut(key),
        (error: unknown) => console.warn("Shortcuts are unavailable", error),
      );
    }
  };
  document.addEventListener("keydown", onKeyDown);
  return () => document.removeEventListener("keydown", onKeyDown);
}
