import { Trans } from "@lingui/react";
import type { ReactNode } from "react";
import type { InterfaceMessageId } from "../i18n/interface-catalogues";
import { useInterfaceLanguage, useT } from "../i18n/use-t";
import { Timestamp } from "../time/timestamp";
import { ArticleBody } from "./article-body";
import type { Article } from "./article-schema";
import { TagList } from "./tag-list";
import { SourceLink } from "../topics/source-link";

const DATE_LINE: InterfaceMessageId = "article.dateLine";

/**
 * The article in its own language (`lang` from the data); the interface's words around it (byline,
 * dates, footer) carry the interface language.
 */
export function ArticleView({
  article,
  backLink,
  actions,
}: {
  article: Article;
  backLink: ReactNode;
  /** Controls for the reader (save, read), under the dates. */
  actions?: ReactNode;
}) {
  const t = useT();
  const language = useInterfaceLanguage();
  return (
    <article className="article" lang={article.language}>
      <header className="article-header">
        <h1 tabIndex={-1}>{article.headline}</h1>
        {article.standfirst && (
          <p className="standfirst">{article.standfirst}</p>
        )}
        <p className="byline" lang={language}>
          {article.byline && (
            <>{t("article.byline", { byline: article.byline })} · </>
          )}
          <SourceLink source={article.source} language={article.language} />
        </p>
        <ArticleDates article={article} />
        {actions}
        <LeadImage article={article} />
      </header>
      {article.withdrawn ? (
        <WithdrawalNotice article={article} />
      ) : article.body.length > 0 ? (
        <ArticleBody blocks={article.body} />
      ) : (
        <p className="article-link-only" lang={language}>
          {t("article.headlineOnly")}{" "}
          <a href={article.url} rel="noopener noreferrer">
            {t("article.headlineOnlyLink")}
          </a>
        </p>
      )}
      <footer className="article-footer" lang={language}>
        {article.tags.length > 0 && <TagList tags={article.tags} />}
        {article.dateLine && (
          <p className="date-line">
            <Trans
              id={DATE_LINE}
              values={{ dateLine: article.dateLine }}
              components={{ 0: <q lang={article.language} /> }}
            />
          </p>
        )}
        {article.url && (
          <p>
            <a href={article.url} rel="noopener noreferrer">
              {t("article.sourceLink")}
            </a>
          </p>
        )}
        {backLink}
      </footer>
    </article>
  );
}

/** In place of the body: when the publisher withdrew the article and why, in their words. */
function WithdrawalNotice({ article }: { article: Article }) {
  const t = useT();
  const language = useInterfaceLanguage();
  if (!article.withdrawn) return null;
  return (
    <section
      className="withdrawal-notice"
      lang={language}
      aria-labelledby="withdrawn-heading"
    >
      <h2 id="withdrawn-heading">{t("article.withdrawn.title")}</h2>
      <p>
        <Timestamp
          iso={article.withdrawn.at}
          publisherTimeZone={article.timeZone}
          label="withdrawn"
        />
      </p>
      <p>{t("article.withdrawn.reason")}</p>
      <blockquote lang={article.language}>
        <p>{article.withdrawn.reason}</p>
      </blockquote>
    </section>
  );
}

function LeadImage({ article }: { article: Article }) {
  const { image } = article;
  // Feeds often repeat their lead image in the body; show it once.
  const inBody = article.body.some(
    (block) => block.type === "image" && block.src === image?.src,
  );
  if (!image || inBody) return null;
  return (
    <figure className="article-image">
      <img src={image.src} alt={image.alt} decoding="async" />
    </figure>
  );
}

function ArticleDates({ article }: { article: Article }) {
  const t = useT();
  const language = useInterfaceLanguage();
  if (!article.publishedAt && !article.updatedAt) {
    return (
      <p className="article-dates" lang={language}>
        {t("article.undated")}
      </p>
    );
  }
  // Each line is in the date language, label included (see <Timestamp>).
  return (
    <div className="article-dates" lang={language}>
      {article.publishedAt && (
        <p>
          <Timestamp
            iso={article.publishedAt}
            publisherTimeZone={article.timeZone}
            label="published"
          />
        </p>
      )}
      {article.updatedAt && (
        <p>
          <Timestamp
            iso={article.updatedAt}
            publisherTimeZone={article.timeZone}
            label="updated"
          />
        </p>
      )}
    </div>
  );
}
