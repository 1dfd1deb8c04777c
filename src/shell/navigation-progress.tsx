import { useNavigation } from "react-router";
import { useT } from "../i18n/use-t";

/** A thin bar while the next page's data loads; the page stays usable meanwhile. */
export function NavigationProgress() {
  const t = useT();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="navigation-progress" data-active={busy} role="status">
      {busy && <span className="visually-hidden">{t("shell.loading")}</span>}
    </div>
  );
}
