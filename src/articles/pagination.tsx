import { Link } from "react-router";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";

export function Pagination({
  page,
  pageCount,
}: {
  page: number;
  pageCount: number;
}) {
  const t = useT();
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <Link to={paths.headlines(page - 1)} rel="prev">
          {t("pagination.newer")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>{t("pagination.status", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link to={paths.headlines(page + 1)} rel="next">
          {t("pagination.older")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
