import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { readFileSync } from "node:fs";
import path from "node:path";
import Database from "libsql";
import type { Article } from "../../src/articles/article-schema.ts";
import {
  topicKey,
  topicRef,
  type TopicKind,
} from "../../src/topics/topic-ref.ts";
import { MIGRATIONS } from "./migrations.ts";

/**
 * The archive: one SQLite file, the single source of truth for every article Bulletin has ever
 * ingested, its revisions and per-feed fetch state. All SQL lives in this module, so a server
 * database could take SQLite's place behind the same methods (docs/decisions/0005).
 */

/** "BULL": marks a SQLite file as a Bulletin archive. */
const APPLICATION_ID = 0x42554c4c;
export const SCHEMA_VERSION = MIGRATIONS.length;

/** An archive that cannot be used as asked: the message names the file and what to do. */
export class ArchiveError extends Error {}

/** Another run holds the archive; `holder` describes it when known. */
export class ArchiveBusyError extends ArchiveError {}

export interface ArticleState {
  identity: string;
  contentHash: string;
  sortMs: number | null;
  revision: number;
}

/** What the ingest stores for one article version. */
export interface ArticleVersion {
  id: string;
  identity: string;
  /** The article as the data contract defines it, and as JSON (what is stored). */
  article: Pick<Article, "tags" | "source">;
  json: string;
  contentHash: string;
  bodyHash: string;
  sortMs: number | null;
  externalUrl: string | null;
  headline: string;
  slug: string;
  standfirst: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  /** Where this version was read, e.g. `content/x.txt` or `feed.xml:item 3`. */
  source: string;
}

/** One article as publish reads it. */
export interface ArticleRow {
  id: string;
  seq: number;
  article: string;
  externalUrl: string | null;
  withdrawnAt: string | null;
  withdrawnReason: string | null;
  changeNo: number;
}

/** A tag or a source with its own list (docs/decisions/0012). */
export interface TopicRow {
  id: string;
  kind: TopicKind;
  name: string;
  slug: string;
  /** The highest position in its list; pages are ranges of positions. */
  articles: number;
  changeNo: number;
}

/** An article in a topic's list, at its position there. */
export interface TopicArticleRow extends ArticleRow {
  position: number;
}

export interface FeedValidators {
  etag?: string;
  lastModified?: string;
}

export interface ArchiveStats {
  archiveId: string;
  articles: number;
  /** The number of the archive's latest change; publish remembers up to where it wrote. */
  changeNo: number;
}

interface Holder {
  pid: number;
  command: string;
  since: string;
}

const ARTICLE_COLUMNS = `id, seq, article, external_url AS externalUrl, withdrawn_at AS withdrawnAt,
  withdrawn_reason AS withdrawnReason, change_no AS changeNo`;

const TOPIC_COLUMNS = "id, kind, name, slug, articles, change_no AS changeNo";

/**
 * The first column of the first row. (libsql's `get()` ignores `pluck()` and adds a `_metadata`
 * field to the row, so the value is read from a raw row instead.)
 */
function scalar(
  statement: Database.Statement<unknown[]>,
  ...params: unknown[]
): unknown {
  return (statement.raw(true).all(...params)[0] as unknown[] | undefined)?.[0];
}

function isSqliteError(error: unknown, code: string): boolean {
  return (error as { code?: unknown }).code === code;
}

/**
 * An open archive. Every change happens inside `begin` … `commit`: one transaction per run, so a run
 * killed at any moment leaves the archive as before it or with the whole run applied.
 */
export class Archive {
  readonly file: string;
  private readonly db: Database.Database;
  private changeNo = 0;
  private holding = false;
  private readonly statements = new Map<
    string,
    Database.Statement<unknown[]>
  >();
  /** Topic names and slugs as stored (see storedTopics); dropped when a run ends. */
  private topicNames: Map<string, { name: string; slug: string }> | undefined;
  /** Tags and source of each article this run stored, listed when the run numbers its articles. */
  private readonly listings = new Map<
    string,
    { topics: string[]; changeNo: number; isNew: boolean }
  >();

  private constructor(file: string, db: Database.Database) {
    this.file = file;
    this.db = db;
  }

  /**
   * Opens an archive, creating it when `create` is set and the file does not exist. A file that is
   * not a Bulletin archive, is damaged, or has a newer schema is refused and left untouched.
   */
  static open(file: string, options: { create: boolean }): Archive {
    const name = path.relative(process.cwd(), file) || file;
    const exists = existsSync(file);
    if (!exists && !options.create) {
      throw new ArchiveError(
        `${name}: there is no archive here; create one with npm run ingest -- --archive ${name} SOURCE...`,
      );
    }
    if (!exists)
      mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    let db: Database.Database;
    try {
      db = new Database(file);
    } catch (error) {
      throw new ArchiveError(
        `${name}: cannot open: ${(error as Error).message}`,
      );
    }
    const archive = new Archive(file, db);
    try {
      archive.checkAndMigrate(name);
    } catch (error) {
      db.close();
      throw error;
    }
    return archive;
  }

  private checkAndMigrate(name: string): void {
    let version: number;
    let applicationId: number;
    try {
      // Reads only: a damaged file fails here, before anything could be written to it.
      version = scalar(this.db.prepare("PRAGMA user_version")) as number;
      applicationId = scalar(
        this.db.prepare("PRAGMA application_id"),
      ) as number;
      const tables = scalar(
        this.db.prepare("SELECT count(*) FROM sqlite_schema"),
      ) as number;
      if (applicationId !== APPLICATION_ID && (tables > 0 || version > 0)) {
        throw new ArchiveError(
          `${name}: is a SQLite database but not a Bulletin archive; it was left as it is`,
        );
      }
    } catch (error) {
      if (error instanceof ArchiveError) throw error;
      throw new ArchiveError(
        `${name}: is damaged or not a Bulletin archive (${(error as Error).message}); it was left as it is. Restore it from a backup, or point --archive at another file`,
      );
    }
    if (version > SCHEMA_VERSION) {
      throw new ArchiveError(
        `${name}: was written by a newer Bulletin (archive schema version ${version}; this one knows up to ${SCHEMA_VERSION}); it was left as it is. Update Bulletin to use it`,
      );
    }
    this.db.exec("PRAGMA journal_mode = WAL");
    // WAL makes a commit durable after a crash with "normal" sync at a fraction of "full"'s cost.
    this.db.exec("PRAGMA synchronous = NORMAL");
    this.db.exec("PRAGMA foreign_keys = ON");
    if (version === SCHEMA_VERSION) return;
    this.db.exec("BEGIN IMMEDIATE");
    try {
      for (let step = version; step < SCHEMA_VERSION; step += 1) {
        this.db.exec(MIGRATIONS[step] ?? "");
      }
      // Step 2 added the topic lists: fill them from the articles already archived.
      if (version === 1) this.fillTopics();
      if (version === 0) {
        this.db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
        this.db
          .prepare(
            "INSERT INTO meta (key, value) VALUES ('archive_id', ?), ('change_no', '0')",
          )
          .run(randomUUID());
      }
      this.db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`);
      this.db.exec("COMMIT");
    } catch (error) {
      this.db.exec("ROLLBACK");
      throw error;
    }
  }

  /**
   * Lets SQLite keep up to `mebibytes` of pages in memory for the rest of this session (the default
   * is 2 MiB). An ingest's inserts land all over the id and revision indexes, and a page evicted
   * mid-run has to be written to the WAL and read back; publish reads mostly in order and keeps
   * the default, which keeps its peak memory down.
   */
  setPageCache(mebibytes: number): void {
    this.db.exec(`PRAGMA cache_size = -${Math.round(mebibytes * 1024)}`);
  }

  /** A prepared statement, prepared once: preparing costs more than running a small insert. */
  private sql(source: string): Database.Statement<unknown[]> {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  }

  private get holderFile(): string {
    return `${this.file}.lock`;
  }

  /**
   * Starts the run's one transaction. Waits up to `waitMs` while another run holds the archive,
   * then fails naming that run. `command` describes this run to others that wait.
   */
  begin(command: string, waitMs: number): void {
    this.db.exec(`PRAGMA busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
    try {
      this.db.exec("BEGIN IMMEDIATE");
    } catch (error) {
      if (!isSqliteError(error, "SQLITE_BUSY")) throw error;
      const holder = this.readHolder();
      const name = path.relative(process.cwd(), this.file) || this.file;
      throw new ArchiveBusyError(
        `${name}: in use by ${holder ? `"${holder.command}" (pid ${holder.pid}, since ${holder.since})` : "another run"}; try again when it has finished, or wait for it with --wait SECONDS`,
      );
    }
    this.holding = true;
    // Only a description for runs that find the archive busy; SQLite's lock is what excludes them.
    writeFileSync(
      this.holderFile,
      `${JSON.stringify({ pid: process.pid, command, since: new Date().toISOString() } satisfies Holder)}\n`,
    );
    this.changeNo = Number(
      scalar(this.sql("SELECT value FROM meta WHERE key = 'change_no'")),
    );
  }

  private readHolder(): Holder | undefined {
    try {
      const holder = JSON.parse(
        readFileSync(this.holderFile, "utf8"),
      ) as Holder;
      return typeof holder.pid === "number" &&
        typeof holder.command === "string"
        ? holder
        : undefined;
    } catch {
      return undefined;
    }
  }

  commit(): void {
    this.sql("UPDATE meta SET value = ? WHERE key = 'change_no'").run(
      String(this.changeNo),
    );
    this.db.exec("COMMIT");
    this.release();
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec("ROLLBACK");
    this.release();
  }

  private release(): void {
    // What this run read or meant to write may have been rolled back with it.
    this.topicNames = undefined;
    this.listings.clear();
    if (!this.holding) return;
    this.holding = false;
    rmSync(this.holderFile, { force: true });
  }

  close(): void {
    this.rollback();
    this.db.close();
  }

  stats(): ArchiveStats {
    const meta = new Map(
      (
        this.sql("SELECT key, value FROM meta").raw().all() as [
          string,
          string,
        ][]
      ).map(([key, value]) => [key, value]),
    );
    return {
      archiveId: meta.get("archive_id") ?? "",
      changeNo: Number(meta.get("change_no") ?? 0),
      articles: scalar(this.sql("SELECT count(*) FROM articles")) as number,
    };
  }

  find(id: string): ArticleState | undefined {
    return this.findMany([id]).get(id);
  }

  /** The stored state of each of these articles that the archive has, by id: one query for many. */
  findMany(ids: readonly string[]): Map<string, ArticleState> {
    if (ids.length === 0) return new Map();
    const rows = this.sql(
      `SELECT id, identity, content_hash AS contentHash, sort_ms AS sortMs,
          (SELECT max(revision) FROM revisions WHERE article_id = articles.id) AS revision
         FROM articles WHERE id IN (SELECT value FROM json_each(?))`,
    ).all(JSON.stringify(ids)) as (ArticleState & { id: string })[];
    return new Map(
      rows.map(({ id, identity, contentHash, sortMs, revision }) => [
        id,
        { identity, contentHash, sortMs, revision },
      ]),
    );
  }

  /** Adds a new article (its position is given by `numberNewArticles`) as revision 1. */
  insert(version: ArticleVersion, seenAt: string): void {
    // Topics first: a name that clashes with another's id rejects the article before any write.
    const topics = this.saveTopics(version.article, this.changeNo + 1);
    this.changeNo += 1;
    this.sql(
      `INSERT INTO articles (id, identity, article, content_hash, sort_ms, external_url,
           first_seen_at, change_no)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      version.id,
      version.identity,
      version.json,
      version.contentHash,
      version.sortMs,
      version.externalUrl,
      seenAt,
      this.changeNo,
    );
    this.addRevision(version, 1, seenAt);
    this.listings.set(version.id, {
      topics,
      changeNo: this.changeNo,
      isNew: true,
    });
  }

  /** Replaces an article's current version, keeping the earlier one as a revision. */
  update(version: ArticleVersion, revision: number, seenAt: string): void {
    const topics = this.saveTopics(version.article, this.changeNo + 1);
    this.changeNo += 1;
    this.sql(
      `UPDATE articles SET article = ?, content_hash = ?, sort_ms = ?, external_url = ?,
           change_no = ?
         WHERE id = ?`,
    ).run(
      version.json,
      version.contentHash,
      version.sortMs,
      version.externalUrl,
      this.changeNo,
      version.id,
    );
    this.addRevision(version, revision, seenAt);
    this.listings.set(version.id, {
      topics,
      changeNo: this.changeNo,
      isNew: this.listings.get(version.id)?.isNew ?? false,
    });
  }

  private addRevision(
    version: ArticleVersion,
    revision: number,
    seenAt: string,
  ): void {
    this.sql(
      `INSERT INTO revisions (article_id, revision, seen_at, source, headline, slug, standfirst,
           published_at, updated_at, body_hash, content_hash)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      version.id,
      revision,
      seenAt,
      version.source,
      version.headline,
      version.slug,
      version.standfirst,
      version.publishedAt,
      version.updatedAt,
      version.bodyHash,
      version.contentHash,
    );
  }

  /**
   * Gives this run's new articles their positions after every earlier article, oldest first
   * (undated ones first of all, ties by id), so a run's own articles read newest first on the list;
   * then lists this run's articles under their tags and source.
   */
  numberNewArticles(): number {
    const last = scalar(
      this.sql("SELECT coalesce(max(seq), 0) FROM articles"),
    ) as number;
    const numbered = this.sql(
      `SELECT rowid, id FROM articles WHERE seq IS NULL
         ORDER BY sort_ms IS NOT NULL, sort_ms, id`,
    )
      .raw(true)
      .all() as [number, string][];
    // Row by row: one UPDATE … FROM a numbered list made SQLite copy every new row (1.6 KB each)
    // into memory first, 300 MB at 100,000 articles.
    const setSeq = this.sql("UPDATE articles SET seq = ? WHERE rowid = ?");
    const seqOf = new Map<string, number>();
    for (const [index, [rowid, id]] of numbered.entries()) {
      setSeq.run(last + index + 1, rowid);
      seqOf.set(id, last + index + 1);
    }
    this.writeListings(seqOf);
    return numbered.length;
  }

  /** The ids of an article's tags and source, each created or renamed to this spelling. */
  private saveTopics(
    article: Pick<Article, "tags" | "source">,
    changeNo: number,
  ): string[] {
    const wanted = new Map<string, { kind: TopicKind; name: string }>();
    for (const tag of article.tags ?? []) {
      const { id } = topicRef("tag", tag);
      if (!wanted.has(id)) wanted.set(id, { kind: "tag", name: tag });
    }
    wanted.set(topicRef("source", article.source).id, {
      kind: "source",
      name: article.source,
    });
    for (const [id, { kind, name }] of wanted)
      this.saveTopic(id, kind, name, changeNo);
    return [...wanted.keys()];
  }

  /** Every topic's stored name and slug, read once per run. */
  private storedTopics(): Map<string, { name: string; slug: string }> {
    if (!this.topicNames) {
      this.topicNames = new Map(
        (
          this.sql("SELECT id, name, slug FROM topics").raw(true).all() as [
            string,
            string,
            string,
          ][]
        ).map(([id, name, slug]) => [id, { name, slug }]),
      );
    }
    return this.topicNames;
  }

  /** Creates a topic, or takes the newest spelling of its name (keeping the old slug for redirects). */
  private saveTopic(
    id: string,
    kind: TopicKind,
    name: string,
    changeNo: number,
  ): void {
    const stored = this.storedTopics();
    const current = stored.get(id);
    if (current?.name === name) return;
    const { slug } = topicRef(kind, name);
    if (!current) {
      this.sql(
        "INSERT INTO topics (id, kind, name, slug, change_no) VALUES (?, ?, ?, ?, ?)",
      ).run(id, kind, name, slug, changeNo);
      stored.set(id, { name, slug });
      return;
    }
    if (topicKey(current.name) !== topicKey(name)) {
      throw new ArchiveError(
        `the ${kind}s "${current.name}" and "${name}" have the same id (${id}); rename one of them in its source`,
      );
    }
    this.sql(
      "UPDATE topics SET name = ?, slug = ?, change_no = ? WHERE id = ?",
    ).run(name, slug, changeNo, id);
    if (current.slug !== slug) {
      this.sql(
        "INSERT OR IGNORE INTO topic_slugs (topic_id, slug) VALUES (?, ?)",
      ).run(id, current.slug);
    }
    stored.set(id, { name, slug });
  }

  /**
   * Lists this run's articles under their topics and off those they no longer have. New rows take
   * the next positions in their topic's list in archive order and are written once, numbered:
   * cheaper than writing each unnumbered as it comes and numbering them all again at the end.
   * `seqOf` has the positions of the articles this run numbered; others are looked up.
   */
  private writeListings(seqOf: ReadonlyMap<string, number>): void {
    if (this.listings.size === 0) return;
    const toNumber: {
      topicId: string;
      articleId: string;
      seq: number;
      changeNo: number;
    }[] = [];
    for (const [articleId, { topics, changeNo, isNew }] of this.listings) {
      const seq =
        seqOf.get(articleId) ??
        (scalar(
          this.sql("SELECT seq FROM articles WHERE id = ?"),
          articleId,
        ) as number);
      const listed = isNew
        ? new Map<string, boolean>()
        : new Map(
            (
              this.sql(
                "SELECT topic_id, removed FROM topic_articles WHERE article_id = ?",
              )
                .raw(true)
                .all(articleId) as [string, number][]
            ).map(([topicId, removed]) => [topicId, removed === 1]),
          );
      for (const topicId of topics) {
        const removed = listed.get(topicId);
        if (removed === undefined) {
          toNumber.push({ topicId, articleId, seq, changeNo });
        } else if (removed) {
          // Listed again where it was before.
          this.sql(
            "UPDATE topic_articles SET removed = 0, change_no = ? WHERE topic_id = ? AND article_id = ?",
          ).run(changeNo, topicId, articleId);
        }
      }
      for (const [topicId, removed] of listed) {
        if (topics.includes(topicId) || removed) continue;
        this.sql(
          "UPDATE topic_articles SET removed = 1, change_no = ? WHERE topic_id = ? AND article_id = ?",
        ).run(changeNo, topicId, articleId);
      }
    }
    this.listings.clear();
    toNumber.sort((a, b) =>
      a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : a.seq - b.seq,
    );
    let topicId: string | undefined;
    let position = 0;
    for (const row of toNumber) {
      if (row.topicId !== topicId) {
        if (topicId !== undefined) this.setTopicSize(topicId, position);
        topicId = row.topicId;
        position = scalar(
          this.sql("SELECT articles FROM topics WHERE id = ?"),
          topicId,
        ) as number;
      }
      position += 1;
      this.sql(
        "INSERT INTO topic_articles (topic_id, article_id, position, change_no) VALUES (?, ?, ?, ?)",
      ).run(row.topicId, row.articleId, position, row.changeNo);
    }
    if (topicId !== undefined) this.setTopicSize(topicId, position);
  }

  /** Records the highest position handed out in a topic's list. */
  private setTopicSize(topicId: string, articles: number): void {
    this.sql("UPDATE topics SET articles = ? WHERE id = ?").run(
      articles,
      topicId,
    );
  }

  /** Migration step 2 on an archive that has articles: list each under its tags and source. */
  private fillTopics(): void {
    const rows = this.db
      .prepare("SELECT id, article, change_no, seq FROM articles ORDER BY seq")
      .raw(true)
      .all() as [string, string, number, number][];
    const seqOf = new Map<string, number>();
    for (const [id, json, changeNo, seq] of rows) {
      seqOf.set(id, seq);
      const topics = this.saveTopics(
        JSON.parse(json) as Pick<Article, "tags" | "source">,
        changeNo,
      );
      this.listings.set(id, { topics, changeNo, isNew: true });
    }
    this.writeListings(seqOf);
  }

  /** Marks an article withdrawn; false when the archive has no such article. */
  withdraw(id: string, reason: string, at: string): boolean {
    this.changeNo += 1;
    const result = this.sql(
      "UPDATE articles SET withdrawn_at = ?, withdrawn_reason = ?, change_no = ? WHERE id = ?",
    ).run(at, reason, this.changeNo, id);
    if (result.changes === 0) this.changeNo -= 1;
    return result.changes > 0;
  }

  validators(url: string): FeedValidators {
    const row = this.sql(
      "SELECT etag, last_modified AS lastModified FROM feeds WHERE url = ?",
    ).all(url)[0] as
      { etag: string | null; lastModified: string | null } | undefined;
    return {
      ...(row?.etag ? { etag: row.etag } : {}),
      ...(row?.lastModified ? { lastModified: row.lastModified } : {}),
    };
  }

  saveValidators(
    url: string,
    validators: FeedValidators,
    fetchedAt: string,
  ): void {
    this.sql(
      `INSERT INTO feeds (url, etag, last_modified, fetched_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,
           last_modified = excluded.last_modified, fetched_at = excluded.fetched_at`,
    ).run(
      url,
      validators.etag ?? null,
      validators.lastModified ?? null,
      fetchedAt,
    );
  }

  /** Articles changed after change number `after`, in archive order. */
  changedSince(after: number): IterableIterator<ArticleRow> {
    // Left to itself SQLite walks every article in position order to skip the sort; a few changed
    // ones are found by their change number and sorted instead ("+seq": not by the position index).
    return this.sql(
      after === 0
        ? `SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY seq`
        : `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE change_no > ? ORDER BY +seq`,
    ).iterate(...(after === 0 ? [] : [after])) as IterableIterator<ArticleRow>;
  }

  /** Articles whose positions are `from` … `to`, newest first. */
  range(from: number, to: number): ArticleRow[] {
    return this.sql(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE seq BETWEEN ? AND ? ORDER BY seq DESC`,
    ).all(from, to) as ArticleRow[];
  }

  /**
   * What a sitemap lists of the articles at positions `from` … `to`, oldest first: their addresses'
   * parts and last change, read from the stored JSON without parsing whole articles.
   */
  sitemapRange(
    from: number,
    to: number,
  ): { id: string; slug: string; lastmod: string | null }[] {
    return this.sql(
      `SELECT id, article ->> '$.slug' AS slug,
           coalesce(article ->> '$.updatedAt', article ->> '$.publishedAt') AS lastmod
         FROM articles WHERE seq BETWEEN ? AND ? ORDER BY seq`,
    ).all(from, to) as { id: string; slug: string; lastmod: string | null }[];
  }

  /** Articles updated or published at or after `ms` (epoch milliseconds), newest first. */
  datedSince(ms: number): ArticleRow[] {
    return this.sql(
      `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE sort_ms >= ? ORDER BY sort_ms DESC, seq DESC`,
    ).all(ms) as ArticleRow[];
  }

  /** Every earlier slug an article was published under, for the redirects from old URLs. */
  formerSlugs(id: string): string[] {
    return this.sql(
      `SELECT DISTINCT slug FROM revisions WHERE article_id = ?
           AND slug <> json_extract((SELECT article FROM articles WHERE id = ?), '$.slug')`,
    )
      .pluck()
      .all(id, id) as string[];
  }

  /** Every topic, for a full publish. */
  topics(): TopicRow[] {
    return this.sql(
      `SELECT ${TOPIC_COLUMNS} FROM topics ORDER BY kind, id`,
    ).all() as TopicRow[];
  }

  topic(id: string): TopicRow | undefined {
    return this.sql(`SELECT ${TOPIC_COLUMNS} FROM topics WHERE id = ?`).all(
      id,
    )[0] as TopicRow | undefined;
  }

  /** Topics whose name changed after change number `after`: every page of theirs shows it. */
  topicsRenamedSince(after: number): TopicRow[] {
    return this.sql(
      `SELECT ${TOPIC_COLUMNS} FROM topics WHERE change_no > ?`,
    ).all(after) as TopicRow[];
  }

  /**
   * The list positions that changed after change number `after`: articles added to or removed from
   * a list, and every listing of an article that changed (its headline shows on the list).
   */
  topicPositionsChangedSince(
    after: number,
  ): { topicId: string; position: number }[] {
    return this.sql(
      `SELECT topic_id AS topicId, position FROM topic_articles WHERE change_no > ?
       UNION
       SELECT ta.topic_id, ta.position FROM topic_articles AS ta
         JOIN articles AS a ON a.id = ta.article_id WHERE a.change_no > ?`,
    ).all(after, after) as { topicId: string; position: number }[];
  }

  /** The articles a topic lists at positions `from` … `to`, newest first. */
  topicRange(topicId: string, from: number, to: number): TopicArticleRow[] {
    return this.sql(
      `SELECT a.id, a.seq, a.article, a.external_url AS externalUrl, a.withdrawn_at AS withdrawnAt,
           a.withdrawn_reason AS withdrawnReason, a.change_no AS changeNo, ta.position
         FROM topic_articles AS ta JOIN articles AS a ON a.id = ta.article_id
         WHERE ta.topic_id = ? AND ta.removed = 0 AND ta.position BETWEEN ? AND ?
         ORDER BY ta.position DESC`,
    ).all(topicId, from, to) as TopicArticleRow[];
  }

  /** How many articles a topic lists now. */
  topicSize(topicId: string): number {
    return scalar(
      this.sql(
        "SELECT count(*) FROM topic_articles WHERE topic_id = ? AND removed = 0",
      ),
      topicId,
    ) as number;
  }

  /** Slugs a topic was published under before its name last changed. */
  topicFormerSlugs(topicId: string): string[] {
    return (
      this.sql("SELECT slug FROM topic_slugs WHERE topic_id = ?")
        .raw(true)
        .all(topicId) as [string][]
    ).map(([slug]) => slug);
  }

  revisions(
    id: string,
  ): { revision: number; headline: string; seenAt: string }[] {
    return this.sql(
      "SELECT revision, headline, seen_at AS seenAt FROM revisions WHERE article_id = ? ORDER BY revision",
    ).all(id) as { revision: number; headline: string; seenAt: string }[];
  }
}
