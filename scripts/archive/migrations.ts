/**
 * The archive's schema, one step per version. A step is applied once, in order, inside the
 * transaction that records its number in `PRAGMA user_version`; an archive never goes back a step.
 * Add a step to change the schema; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  ) STRICT;

  -- One row per article, holding its current version. Rows are never deleted: URLs are forever.
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    -- What identifies the item at its source; the id is derived from it.
    identity TEXT NOT NULL,
    -- Position in the archive, 1 = first ingested; list pages are ranges of it. NULL only inside
    -- the run that adds the article, until the run numbers its new articles.
    seq INTEGER UNIQUE,
    -- The article as ingested (JSON of the data contract's Article).
    article TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    -- updatedAt ?? publishedAt in epoch milliseconds; NULL when undated.
    sort_ms INTEGER,
    external_url TEXT,
    first_seen_at TEXT NOT NULL,
    -- The archive-wide change number of the article's last change; publish writes what is newer.
    change_no INTEGER NOT NULL,
    withdrawn_at TEXT,
    withdrawn_reason TEXT
  ) STRICT;
  CREATE INDEX articles_by_change ON articles (change_no);
  CREATE INDEX articles_by_time ON articles (sort_ms);

  -- Every version an article has had, 1 = as first seen, so corrections are traceable.
  CREATE TABLE revisions (
    article_id TEXT NOT NULL REFERENCES articles (id),
    revision INTEGER NOT NULL,
    seen_at TEXT NOT NULL,
    source TEXT NOT NULL,
    headline TEXT NOT NULL,
    slug TEXT NOT NULL,
    standfirst TEXT,
    published_at TEXT,
    updated_at TEXT,
    body_hash TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    PRIMARY KEY (article_id, revision)
  ) STRICT;

  -- Per feed URL: what the server said identifies its last answer, for conditional requests.
  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    etag TEXT,
    last_modified TEXT,
    fetched_at TEXT NOT NULL
  ) STRICT;
  `,
  // 2: tags and sources ("topics"), each with its own list numbered from its oldest article
  // (docs/decisions/0012). Filled from the articles by the archive module right after this step.
  `
  CREATE TABLE topics (
    -- topicId(kind, name): derived from the folded name, so a change of case keeps the id.
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('tag', 'source')),
    -- The name as shown: the spelling of the article that last used it.
    name TEXT NOT NULL,
    slug TEXT NOT NULL,
    -- The highest position handed out in this topic's list.
    articles INTEGER NOT NULL DEFAULT 0,
    -- The change number of the last change to the name (which every page of the list shows).
    change_no INTEGER NOT NULL
  ) STRICT;

  -- Slugs a topic was published under before its name changed, for redirects from old URLs.
  CREATE TABLE topic_slugs (
    topic_id TEXT NOT NULL REFERENCES topics (id),
    slug TEXT NOT NULL,
    PRIMARY KEY (topic_id, slug)
  ) STRICT;

  -- Which articles a topic lists, at which position (1 = its oldest). A correction that drops a tag
  -- marks the row removed rather than deleting it, so later positions and full pages stay put.
  CREATE TABLE topic_articles (
    topic_id TEXT NOT NULL REFERENCES topics (id),
    article_id TEXT NOT NULL REFERENCES articles (id),
    -- NULL only inside the run that adds the row, until the run numbers its new articles.
    position INTEGER,
    removed INTEGER NOT NULL DEFAULT 0,
    -- The change number of the article change that added or removed this row.
    change_no INTEGER NOT NULL,
    PRIMARY KEY (topic_id, article_id)
  ) STRICT;
  CREATE UNIQUE INDEX topic_articles_by_position ON topic_articles (topic_id, position);
  CREATE INDEX topic_articles_by_change ON topic_articles (change_no);
  CREATE INDEX topic_articles_by_article ON topic_articles (article_id);
  `,
];
