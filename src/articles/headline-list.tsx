import type { ReactNode } from "react";
import { Link, useLocation } from "react-router";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { paths } from "../paths";
import { Timestamp } from "../time/timestamp";
import type { Headline } from "./article-schema";
import { TagList } from "./tag-list";
import { SourceLink } from "../topics/source-link";

type HeadlineListProps = {
  headlines: Headline[];
  /** Called when a reader shows intent to open an article (hover or focus), to prefetch it. */
  onIntent?: (headline: Headline) => void;
  /** Where a headline leads; by default its article. */
  linkTo?: (headline: Headline) => string;
  /** Controls under each headline (save, read). */
  actions?: (headline: Headline) => ReactNode;
};

export function HeadlineList({
  headlines,
  onIntent,
  linkTo = paths.article,
  actions,
}: HeadlineListProps) {
  const t = useT();
  if (headlines.length === 0) {
    return <p className="empty-state">{t("headlines.empty")}</p>;
  }
  return (
    <ol className="headline-list">
      {headlines.map((headline) => (
        <li key={headline.id}>
          <HeadlineItem
            headline={headline}
            onIntent={onIntent}
            to={linkTo(headline)}
            actions={actions?.(headline)}
          />
        </li>
      ))}
    </ol>
  );
}

function HeadlineItem({
  headline,
  onIntent,
  to,
  actions,
}: {
  headline: Headline;
  onIntent?: (headline: Headline) => void;
  to: string;
  actions: ReactNode;
}) {
  const intent = onIntent && (() => onIntent(headline));
  const location = useLocation();
  const t = useT();
  const language = useInterfaceLanguage();
  const time = headline.updatedAt ?? headline.publishedAt;
  return (
    <article className="headline" lang={headline.language}>
      <h2 className="headline-title">
        <Link
          to={to}
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
      <p className="headline-meta" lang={language}>
        {headline.withdrawn && (
          <>
            <strong className="withdrawn-label">
              {t("headlines.withdrawn")}
            </strong>
            {" · "}
          </>
        )}
        <SourceLink source={headline.source} language={headline.language} />
        {time ? (
          <>
            {" · "}
            <Timestamp
              iso={time}
              publisherTimeZone={headline.timeZone}
              display="relative"
              label={
                headline.updatedAt && headline.publishedAt
                  ? "updated"
                  : undefined
              }
            />
          </>
        ) : (
          <> · {t("headlines.undated")}</>
        )}
      </p>
      {headline.tags.length > 0 && <TagList tags={headline.tags} />}
      {actions}
    </article>
  );
}
