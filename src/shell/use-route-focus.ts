import { useEffect, useRef } from "react";
import { useLocation, useNavigationType, useRevalidator } from "react-router";

const storageKey = (locationKey: string) => `bulletin:focus:${locationKey}`;

// Where focus returns on Back is a nicety: storage that is blocked or full must never break a page.
function readFocusTarget(locationKey: string): string | null {
  try {
    return sessionStorage.getItem(storageKey(locationKey));
  } catch {
    return null;
  }
}

function saveFocusTarget(locationKey: string, href: string): void {
  try {
    sessionStorage.setItem(storageKey(locationKey), href);
  } catch {
    // Focus simply stays on the page's heading after Back.
  }
}

/**
 * After a client-side navigation, moves focus to the new page's h1 so screen readers announce it;
 * on back/forward, returns focus to the link the reader left that page by, if it is still there.
 */
export function useRouteFocus() {
  const location = useLocation();
  const navigationType = useNavigationType();
  // The key of the page that focus was last settled for; comparing keys (rather than a "first render"
  // flag) keeps this right when StrictMode runs effects twice.
  const settledKey = useRef(location.key);

  // Retry re-runs the loaders without a new location; when the page comes back, the focused Retry
  // button is gone, so hand focus to the recovered page's heading.
  const revalidation = useRevalidator().state;
  const previousRevalidation = useRef(revalidation);
  useEffect(() => {
    const finished =
      previousRevalidation.current === "loading" && revalidation === "idle";
    previousRevalidation.current = revalidation;
    if (finished && document.activeElement === document.body) {
      document.querySelector<HTMLElement>("#main h1")?.focus();
    }
  }, [revalidation]);

  useEffect(() => {
    const remember = (event: Event) => {
      const link =
        event.target instanceof Element
          ? event.target.closest("main a[href]")
          : null;
      const href = link?.getAttribute("href");
      if (href) saveFocusTarget(location.key, href);
    };
    document.addEventListener("focusin", remember);
    document.addEventListener("click", remember, true);
    return () => {
      document.removeEventListener("focusin", remember);
      document.removeEventListener("click", remember, true);
    };
  }, [location.key]);

  useEffect(() => {
    // On a fresh page load the browser's own focus handling is right.
    if (settledKey.current === location.key) return;
    settledKey.current = location.key;
    const main = document.getElementById("main");
    if (!main) return;
    if (navigationType === "POP") {
      const href = readFocusTarget(location.key);
      const link = Array.from(main.querySelectorAll("a[href]")).find(
        (a) => a.getAttribute("href") === href,
      );
      if (link instanceof HTMLElement) {
        link.focus({ preventScroll: true });
        return;
      }
    }
    main
      .querySelector("h1")
      ?.focus({ preventScroll: navigationType === "POP" });
  }, [location.key, navigationType]);
}
