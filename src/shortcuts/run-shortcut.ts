/**
 * What the letter keys do, in terms of the page's own controls: j/k focus headline links, o opens
 * the focused one, s/m/u press the same buttons and links a pointer would, so a shortcut can never
 * do what the page itself cannot. Loaded on the first key press (keyboard-shortcuts.tsx).
 */
const ITEM = "main .headline-list > li";

/** The list item holding the focus: the headline j/k moved to, or whose toggle was just pressed. */
function currentItem(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement
    ? active.closest<HTMLElement>(ITEM)
    : null;
}

const headlineLink = (item: Element) =>
  item.querySelector<HTMLAnchorElement>(".headline-title a");

function moveThroughHeadlines(step: 1 | -1): void {
  const items = Array.from(document.querySelectorAll<HTMLElement>(ITEM));
  const current = currentItem();
  const index = current ? items.indexOf(current) : -1;
  const next =
    index === -1 ? 0 : Math.min(items.length - 1, Math.max(0, index + step));
  const target = items[next];
  const link = target && headlineLink(target);
  if (!target || !link) return;
  link.focus({ preventScroll: true });
  target.scrollIntoView({ block: "nearest" });
}

/**
 * The control for an action: the current headline's in a list, else the page's own (an
 * article's toggles and back link, marked with aria-keyshortcuts).
 */
function control(action: string, key: string): HTMLElement | null {
  const item = currentItem();
  if (item) return item.querySelector<HTMLElement>(`[data-action="${action}"]`);
  return document.querySelector<HTMLElement>(
    `main [data-action="${action}"][aria-keyshortcuts="${key}"]`,
  );
}

function press(element: HTMLElement | null): void {
  element?.click();
}

export function runShortcut(key: string): void {
  if (key === "j" || key === "k") moveThroughHeadlines(key === "j" ? 1 : -1);
  else if (key === "o") {
    const item = currentItem();
    press(item && headlineLink(item));
  } else if (key === "s") press(control("save", "s"));
  else if (key === "m") press(control("read", "m"));
  else if (key === "u") press(control("back", "u"));
}
