import { useNavigation } from "react-router";

/** A thin bar while the next page's data loads; the page stays usable meanwhile. */
export function NavigationProgress() {
  const busy = useNavigation().state !== "idle";
  return (
    <div className="navigation-progress" data-active={busy} role="status">
      {busy && <span className="visually-hidden">Loading…</span>}
    </div>
  );
}
