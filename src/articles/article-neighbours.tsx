import { Link } from "react-router";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { paths } from "../paths";
import { Timestamp } from "../time/timestamp";
import type { Article, Neighbour } from "./article-schema";

/**
 * Links to the articles before and after this one in the archive's order, the order of the list
 * pages (docs/decisions/0012): "Previous" is older, "Next" is newer.
 */
export function ArticleNeighbours({ article }: { article: Article }) {
  const t = useT();
  const { previous, next } = article.neighbours ?? {};
  if (!previous && !next) return null;
  return (
    <nav className="article-neighbours" aria-label={t("neighbours.label")}>
      {previous && (
        <NeighbourLink
          neighbour={previous}
          label={t("neighbours.previous")}
          rel="prev"
        />
      )}
      {next && (
        <NeighbourLink
          neighbour={next}
          label={t("neighbours.next")}
          rel="next"
        />
      )}
    </nav>
  );
}

function NeighbourLink({
  neighbour,
  label,
  rel,
}: {
  neighbour: Neighbour;
  label: string;
  rel: "prev" | "next";
}) {
  const language = useInterfaceLanguage();
  const time = neighbour.updatedAt ?? neighbour.publishedAt;
  return (
    <p className={`neighbour neighbour-${rel}`} lang={language}>
      <span className="neighbour-label">{label}</span>{" "}
      <Link to={paths.article(neighbour)} rel={rel} lang={neighbour.language}>
        {neighbour.headline}
      </Link>
      {time && (
        <>
          {" "}
          <Timestamp
            iso={time}
            publisherTimeZone={neighbour.timeZone}
            display="relative"
            className="neighbour-time"
          />
        </>
      )}
    </p>
  );
}
