import { useEffect } from "react";

/** Where the reader is typing, a "/" is text, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !["checkbox", "radio", "button", "submit", "reset"].includes(
      target.type,
    );
  }
  return false;
}

/**
 * "/" moves focus to the search field (`#search-field`, else the page's searchbox), as on GitHub,
 * YouTube and MDN; never while the reader types in a field, nor with a modifier key held.
 */
export function useSearchShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "/" || event.defaultPrevented) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const field =
        document.getElementById("search-field") ??
        document.querySelector('[role="searchbox"]');
      if (!(field instanceof HTMLElement)) return;
      event.preventDefault();
      field.focus();
      if (field instanceof HTMLInputElement) field.select();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
