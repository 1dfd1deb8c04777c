import { Link, useLocation } from "react-router";
import { paths } from "../paths";
import { Timestamp } from "../time/timestamp";
import type { Headline } from "./article-schema";
import { TagList } from "./tag-list";

type HeadlineListProps = {
  headlines: Headline[];
  /** Called when a reader shows intent to open an article (hover or focus), to prefetch it. */
  onIntent?: (headline: Headline) => void;
};

export function HeadlineList({ headlines, onIntent }: HeadlineListProps) {
  if (headlines.length === 0) {
    return (
      <p className="empty-state">
        There are no articles yet. Add sources to the data folder to fill this
        page.
      </p>
    );
  }
  return (
    <ol className="headline-list">
      {headlines.map((headline) => (
        <li key={headline.id}>
          <HeadlineItem headline={headline} onIntent={onIntent} />
        </li>
      ))}
    </ol>
  );
}

function HeadlineItem({
  headline,
  onIntent,
}: {
  headline: Headline;
  onIntent?: (headline: Headline) => void;
}) {
  const intent = onIntent && (() => onIntent(headline));
  const location = useLocation();
  const time = headline.updatedAt ?? headline.publishedAt;
  return (
    <article className="headline" lang={headline.language}>
      <h2 className="headline-title">
        <Link
          to={paths.article(headline)}
          state={{ fromList: location.pathname + location.search }}
          onMouseEnter={intent}
          onFocus={intent}
        >
          {headline.headline}
        </Link>
      </h2>
      {headline.standfirst && (
        <p className="standfirst">{headline.standfirst}</p>
      )}
      <p className="headline-meta" lang="en">
        {headline.withdrawn && (
          <>
            <strong className="withdrawn-label">Withdrawn</strong>
            {" · "}
          </>
        )}
        <span className="source">{headline.source}</span>
        {time ? (
          <>
            {" · "}
            <Timestamp
              iso={time}
              publisherTimeZone={headline.timeZone}
              display="relative"
              label={
                headline.updatedAt && headline.publishedAt
                  ? "Updated"
                  : undefined
              }
            />
          </>
        ) : (
          <> · Undated</>
        )}
      </p>
      {headline.tags.length > 0 && <TagList tags={headline.tags} />}
    </article>
  );
}
