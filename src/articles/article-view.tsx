import type { ReactNode } from "react";
import { Timestamp } from "../time/timestamp";
import { ArticleBody } from "./article-body";
import type { Article } from "./article-schema";
import { TagList } from "./tag-list";

export function ArticleView({
  article,
  backLink,
}: {
  article: Article;
  backLink: ReactNode;
}) {
  return (
    <article className="article" lang={article.language}>
      <header className="article-header">
        <h1 tabIndex={-1}>{article.headline}</h1>
        {article.standfirst && (
          <p className="standfirst">{article.standfirst}</p>
        )}
        <p className="byline" lang="en">
          {article.byline && <>By {article.byline} · </>}
          <span className="source">{article.source}</span>
        </p>
        <ArticleDates article={article} />
        <LeadImage article={article} />
      </header>
      {article.withdrawn ? (
        <WithdrawalNotice withdrawn={article.withdrawn} />
      ) : article.body.length > 0 ? (
        <ArticleBody blocks={article.body} />
      ) : (
        <p className="article-link-only" lang="en">
          Only the headline was published here.{" "}
          <a href={article.url} rel="noopener noreferrer">
            Read the full article at the source
          </a>
        </p>
      )}
      <footer className="article-footer" lang="en">
        {article.tags.length > 0 && <TagList tags={article.tags} />}
        {article.dateLine && (
          <p className="date-line">
            Date as the source gave it: <q>{article.dateLine}</q>
          </p>
        )}
        {article.url && (
          <p>
            <a href={article.url} rel="noopener noreferrer">
              Read it at the source
            </a>
          </p>
        )}
        {backLink}
      </footer>
    </article>
  );
}

function WithdrawalNotice({
  withdrawn,
}: {
  withdrawn: NonNullable<Article["withdrawn"]>;
}) {
  return (
    <section
      className="withdrawal-notice"
      lang="en"
      aria-labelledby="withdrawn-heading"
    >
      <h2 id="withdrawn-heading">This article has been withdrawn</h2>
      <p>
        Withdrawn <Timestamp iso={withdrawn.at} />. The publisher gave this
        reason:
      </p>
      <blockquote>
        <p>{withdrawn.reason}</p>
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
  if (!article.publishedAt && !article.updatedAt) {
    return (
      <p className="article-dates" lang="en">
        Undated
      </p>
    );
  }
  const dates = [
    { label: "Published", iso: article.publishedAt },
    { label: "Updated", iso: article.updatedAt },
  ];
  return (
    <dl className="article-dates" lang="en">
      {dates.map(
        ({ label, iso }) =>
          iso && (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <Timestamp iso={iso} publisherTimeZone={article.timeZone} />
              </dd>
            </div>
          ),
      )}
    </dl>
  );
}
