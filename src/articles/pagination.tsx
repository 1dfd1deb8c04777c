import { Link } from "react-router";
import { useT } from "../i18n/use-t";

/** Links to the newer and older neighbours of a list; either may be absent. */
export function Pagination({
  newer,
  older,
  label,
}: {
  newer?: string;
  older?: string;
  /** What this list is, between the links ("Page 3"). */
  label?: string;
}) {
  const t = useT();
  if (!newer && !older) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {newer ? (
        <Link to={newer} rel="prev">
          {t("pagination.newer")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      {label ? <span>{label}</span> : <span aria-hidden="true" />}
      {older ? (
        <Link to={older} rel="next">
          {t("pagination.older")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
