import { Link } from "react-router";

/** Links to the newer and older neighbours of a list; either may be absent. */
export function Pagination({
  newer,
  older,
  label,
}: {
  newer?: string;
  older?: string;
  /** What this list is, between the links ("Articles 41–60"). */
  label?: string;
}) {
  if (!newer && !older) return null;
  return (
    <nav className="pagination" aria-label="Headline pages">
      {newer ? (
        <Link to={newer} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      {label ? <span>{label}</span> : <span aria-hidden="true" />}
      {older ? (
        <Link to={older} rel="next">
          Older →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
