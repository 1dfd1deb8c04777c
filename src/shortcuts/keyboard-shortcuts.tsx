import { lazy, Suspense, useCallback, useEffect, useState } from "react";
import { useT } from "../i18n/use-t";

// Loaded when first asked for (the service worker keeps it for offline use).
const ShortcutsHelp = lazy(async () => ({
  default: (await import("./shortcuts-help")).ShortcutsHelp,
}));

/**
 * The button (in the footer) that opens the shortcuts' help, a modal dialog, and the shortcuts
 * themselves. Their listener is a chunk of its own, loaded as the page starts (first paint does not
 * need it); the button announces `?` in aria-keyshortcuts once the keys work.
 */
export function KeyboardShortcuts() {
  const t = useT();
  // The dialog is rendered once asked for, so pages do not carry it in their HTML.
  const [helpOpen, setHelpOpen] = useState(false);
  const [listening, setListening] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);

  useEffect(() => {
    let stop: (() => void) | undefined;
    let unmounted = false;
    import("./listen-for-shortcuts").then(
      ({ listenForShortcuts }) => {
        if (unmounted) return;
        stop = listenForShortcuts(openHelp);
        setListening(true);
      },
      (error: unknown) => console.warn("Shortcuts are unavailable", error),
    );
    return () => {
      unmounted = true;
      stop?.();
    };
  }, [openHelp]);

  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={openHelp}
        aria-keyshortcuts={listening ? "?" : undefined}
      >
        {t("shortcuts.title")}
      </button>
      {helpOpen && (
        <Suspense fallback={null}>
          <ShortcutsHelp onClose={() => setHelpOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
