import type Database from 'better-sqlite3';
import type { Article, Reading, StoryGroup } from '../types.js';
import { isoInstant } from './dates.js';
import { StaleGroupingError, StoreError } from './errors.js';
import { groupingArticleIds, keptMembers, seenOf } from './grouping.js';
import { articleId, articleIdentity, contentHash } from './identity.js';
import { openDatabase, openFailure } from './open-database.js';
import { toStoredArticle, VERSION_COLUMNS, type VersionRow } from './rows.js';
import { FEED_COLUMNS, toFeedRow, toFeedState, type FeedRow } from './feeds.js';
import { queryError, searchParams, SNIPPET_MARK } from './search.js';
import { fallbackTitle, summarizeStory, type SummaryFields } from './story-summary.js';
import type {
  AddResult,
  FeedState,
  GroupingChange,
  LinkGeneration,
  LinkLog,
  ManifestEntry,
  ManifestSlice,
  SearchHit,
  SearchOptions,
  Store,
  StoredArticle,
  StoredStoryKey,
  StorySummary,
  TitleFields,
} from './types.js';

const CURRENT_COLUMNS = VERSION_COLUMNS.split(', ')
  .map((column) => `c.${column}`)
  .join(', ');

interface CurrentRow {
  id: string;
  version: number;
  content_hash: string;
  vid: number;
  title: string | null;
  text: string;
}

interface StoryRow {
  id: string;
  title: string;
  reasons: string;
}

interface MemberRow extends SummaryFields {
  story_id: string;
}

/** The prepared statements, made once per connection and reused for every call. */
function prepareStatements(db: Database.Database) {
  return {
    currentByIdentity: db.prepare<[string], CurrentRow>(
      `SELECT id, version, content_hash, vid, title, text FROM current_versions WHERE identity = ?`,
    ),
    identityOfId: db.prepare<[string], string>(`SELECT identity FROM articles WHERE id = ?`).pluck(),
    insertArticle: db.prepare<[string, string]>(`INSERT INTO articles (id, identity, current_version) VALUES (?, ?, 1)`),
    setCurrentVersion: db.prepare<[number, string]>(`UPDATE articles SET current_version = ? WHERE id = ?`),
    insertVersion: db.prepare<[VersionRow]>(
      `INSERT INTO article_versions (${VERSION_COLUMNS}) VALUES (${VERSION_COLUMNS.split(', ')
        .map((column) => `@${column}`)
        .join(', ')})`,
    ),
    ftsInsert: db.prepare<[number | bigint, string | null, string]>(
      `INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)`,
    ),
    // External-content FTS5 removes a row only when given the exact values it indexed.
    ftsDelete: db.prepare<[number, string | null, string]>(
      `INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`,
    ),
    allCurrent: db.prepare<[], VersionRow>(`SELECT ${VERSION_COLUMNS} FROM current_versions ORDER BY seq`),
    titleOf: db.prepare<[string], string | null>(`SELECT title FROM current_versions WHERE id = ?`).pluck(),
    oneCurrent: db.prepare<[string], VersionRow>(`SELECT ${VERSION_COLUMNS} FROM current_versions WHERE id = ?`),
    versions: db.prepare<[string], VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM article_versions WHERE id = ? ORDER BY version`,
    ),
    storyCreatedAt: db.prepare<[], { id: string; created_at: string }>(`SELECT id, created_at FROM stories`),
    deleteStories: db.prepare(`DELETE FROM stories`),
    insertStory: db.prepare<[string, number, string, string, string]>(
      `INSERT INTO stories (id, position, title, reasons, created_at) VALUES (?, ?, ?, ?, ?)`,
    ),
    insertStoryArticle: db.prepare<[string, string, number]>(
      `INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)`,
    ),
    allStories: db.prepare<[], StoryRow>(`SELECT id, title, reasons FROM stories ORDER BY position`),
    oneStory: db.prepare<[string], StoryRow>(`SELECT id, title, reasons FROM stories WHERE id = ?`),
    allMembers: db.prepare<[], MemberRow>(
      `SELECT sa.story_id, c.title, c.site, c.published
       FROM story_articles sa JOIN current_versions c ON c.id = sa.article_id
       ORDER BY sa.story_id, sa.position`,
    ),
    storyArticles: db.prepare<[string], VersionRow>(
      `SELECT ${CURRENT_COLUMNS}
       FROM story_articles sa JOIN current_versions c ON c.id = sa.article_id
       WHERE sa.story_id = ? ORDER BY sa.position`,
    ),
    search: db.prepare<[{ query: string; outlet: string | null; since: string | null; limit: number }], SearchHit>(
      `SELECT c.id AS id, c.title AS title,
              snippet(articles_fts, -1, '${SNIPPET_MARK.open}', '${SNIPPET_MARK.close}', '${SNIPPET_MARK.ellipsis}', 16)
                AS snippet
       FROM articles_fts JOIN current_versions c ON c.vid = articles_fts.rowid
       WHERE articles_fts MATCH @query
         AND (@outlet IS NULL OR c.site = @outlet COLLATE NOCASE)
         AND (@since IS NULL OR iso_instant(c.published) >= iso_instant(@since))
       ORDER BY bm25(articles_fts, 4.0, 1.0), c.seq
       LIMIT @limit`,
    ),
    hasIdentity: db.prepare<[string], number>(`SELECT 1 FROM articles WHERE identity = ?`).pluck(),
    allFeeds: db.prepare<[], FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds ORDER BY url`),
    oneFeed: db.prepare<[string], FeedRow>(`SELECT ${FEED_COLUMNS} FROM feeds WHERE url = ?`),
    saveFeed: db.prepare<[FeedRow]>(
      `INSERT INTO feeds (${FEED_COLUMNS}) VALUES (@url, @etag, @last_modified, @last_polled, @next_poll, @failures, @last_error)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         last_polled = excluded.last_polled, next_poll = excluded.next_poll, failures = excluded.failures,
         last_error = excluded.last_error`,
    ),
    linkState: db.prepare<[], string>(`SELECT state FROM link_state WHERE one = 1`).pluck(),
    saveLinkState: db.prepare<[{ state: string; articles: number }]>(
      `INSERT INTO link_state (one, articles, state) VALUES (1, @articles, @state)
       ON CONFLICT (one) DO UPDATE SET articles = excluded.articles, state = excluded.state`,
    ),
    manifestAfter: db.prepare<[number], ManifestEntry & { seq: number }>(
      `SELECT a.seq, a.id, a.current_version AS version, v.published
       FROM articles a JOIN article_versions v INDEXED BY article_versions_manifest
         ON v.id = a.id AND v.version = a.current_version WHERE a.seq > ? ORDER BY a.seq`,
    ),
    manifestTotals: db.prepare<[], { articles: number; versions: number }>(
      `SELECT articles, versions FROM article_totals WHERE one = 1`,
    ),
    titleFields: db.prepare<[string], TitleFields>(`SELECT id, title, published FROM current_versions WHERE id = ?`),
    storyKeys: db.prepare<[], StoredStoryKey>(`SELECT id, position, digest, title FROM stories`),
    generation: db.prepare<[], number>(`SELECT generation FROM grouping_state WHERE one = 1`).pluck(),
    generations: db.prepare<[], LinkGeneration>(
      `SELECT generation, snapshot_generation AS snapshotGeneration FROM grouping_state WHERE one = 1`,
    ),
    snapshotWritten: db.prepare(`UPDATE grouping_state SET snapshot_generation = generation WHERE one = 1`),
    seen: db.prepare<[], { seq: number | null; versions: number | null }>(
      `SELECT seen_seq AS seq, seen_versions AS versions FROM grouping_state WHERE one = 1`,
    ),
    setSeen: db.prepare<[number | null, number | null]>(`UPDATE grouping_state SET seen_seq = ?, seen_versions = ? WHERE one = 1`),
    bumpGeneration: db.prepare(`UPDATE grouping_state SET generation = generation + 1 WHERE one = 1`),
    linkLog: db.prepare<[number], [string, number]>(`SELECT article_id, version FROM link_log WHERE position >= ? ORDER BY position`).raw(),
    logLength: db.prepare<[], number>(`SELECT count(*) FROM link_log`).pluck(),
    appendLog: db.prepare<[number, string, number]>(`INSERT INTO link_log (position, article_id, version) VALUES (?, ?, ?)`),
    clearLog: db.prepare(`DELETE FROM link_log`),
    deleteStory: db.prepare<[string]>(`DELETE FROM stories WHERE id = ?`),
    parkStory: db.prepare<[string]>(`UPDATE stories SET position = -1 - position WHERE id = ?`),
    updateStory: db.prepare<[number, string, string, string, string]>(
      `UPDATE stories SET position = ?, title = ?, reasons = ?, digest = ? WHERE id = ?`,
    ),
    storyMembers: db.prepare<[string], string>(`SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position`).pluck(),
    deleteMembersFrom: db.prepare<[string, number]>(`DELETE FROM story_articles WHERE story_id = ? AND position >= ?`),
    insertDigestedStory: db.prepare<[string, number, string, string, string, string]>(
      `INSERT INTO stories (id, position, title, reasons, created_at, digest) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    countedTotals: db.prepare<[], { articles: number; versions: number }>(
      `SELECT count(*) AS articles, coalesce(sum(current_version), 0) AS versions FROM articles`,
    ),
    ftsIntegrity: db.prepare(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`),
  };
}

export class SqliteStore implements Store {
  readonly path: string;
  readonly backend = 'sqlite' as const;
  private readonly db: Database.Database;
  private readonly readonly: boolean;
  private readonly sql: ReturnType<typeof prepareStatements>;
  private readonly addTransaction: Database.Transaction<(identity: string, article: Article, reading: Reading) => AddResult>;
  private readonly replaceTransaction: Database.Transaction<
    (stories: StoryGroup[], titles: Record<string, string>) => void
  >;
  private readonly saveLinkTransaction: Database.Transaction<(json: string, articles: number) => void>;
  private readonly applyTransaction: Database.Transaction<(change: GroupingChange) => number>;
  private readonly readLinkTransaction: Database.Transaction<(logFrom: number, withSnapshot: boolean) => LinkLog>;
  private readonly manifestTransaction: Database.Transaction<(seq: number) => ManifestSlice>;
  private closed = false;

  constructor(path: string, options: { readonly?: boolean } = {}) {
    this.path = path;
    this.readonly = options.readonly ?? false;
    this.db = openDatabase(path, this.readonly);
    try {
      this.db.function('iso_instant', { deterministic: true }, (value: unknown) =>
        isoInstant(typeof value === 'string' ? value : null),
      );
      this.sql = prepareStatements(this.db);
      this.addTransaction = this.db.transaction((identity, article, reading) => this.add(identity, article, reading));
      this.replaceTransaction = this.db.transaction((stories, titles) => this.replace(stories, titles));
      this.saveLinkTransaction = this.db.transaction((json, articles) => {
        this.sql.saveLinkState.run({ state: json, articles });
        this.sql.clearLog.run();
        this.sql.bumpGeneration.run();
        this.sql.snapshotWritten.run();
        this.sql.setSeen.run(null, null);
      });
      this.applyTransaction = this.db.transaction((change) => this.apply(change));
      // One read transaction: the snapshot, the log and the generation of the same moment (WAL).
      this.readLinkTransaction = this.db.transaction((logFrom, withSnapshot) => ({
        ...this.generations(),
        snapshot: withSnapshot ? (this.sql.linkState.get() ?? null) : null,
        log: this.sql.linkLog.all(logFrom),
        seen: seenOf(this.sql.seen.get()),
      }));
      // The new entries and the totals of the same moment (WAL).
      this.manifestTransaction = this.db.transaction((seq) => ({ entries: this.sql.manifestAfter.all(seq), ...this.sql.manifestTotals.get()! }));
    } catch (error) {
      this.db.close();
      throw openFailure(path, error);
    }
  }

  async addArticle(article: Article, reading: Reading): Promise<AddResult> {
    this.writable('add an article');
    const identity = articleIdentity(article);
    if (identity.trim() === '') throw new StoreError(`cannot add an article with neither a url nor an input to ${this.path}`);
    // BEGIN IMMEDIATE: take the write lock before reading, so two processes adding the same
    // article cannot both decide it is new.
    return this.guard(`adding ${identity}`, () => this.addTransaction.immediate(identity, article, reading));
  }

  async articles(): Promise<StoredArticle[]> {
    this.open();
    return this.guard('reading articles', () => this.sql.allCurrent.all().map(toStoredArticle));
  }

  async article(id: string): Promise<StoredArticle | undefined> {
    this.open();
    const row = this.guard(`reading article ${id}`, () => this.sql.oneCurrent.get(id));
    return row ? toStoredArticle(row) : undefined;
  }

  async versions(id: string): Promise<StoredArticle[]> {
    this.open();
    return this.guard(`reading versions of ${id}`, () => this.sql.versions.all(id).map(toStoredArticle));
  }

  async replaceStories(stories: StoryGroup[], titles: Record<string, string>): Promise<void> {
    this.writable('replace the stories');
    this.guard('replacing the stories', () => this.replaceTransaction.immediate(stories, titles));
  }

  async stories(): Promise<StorySummary[]> {
    this.open();
    return this.guard('reading stories', () => {
      const members = new Map<string, MemberRow[]>();
      for (const row of this.sql.allMembers.all()) {
        const list = members.get(row.story_id) ?? [];
        list.push(row);
        members.set(row.story_id, list);
      }
      return this.sql.allStories.all().map((row) => summarizeStory(row.id, row.title, members.get(row.id) ?? []));
    });
  }

  async story(id: string): Promise<{ summary: StorySummary; articles: StoredArticle[]; reasons: string[] } | undefined> {
    this.open();
    return this.guard(`reading story ${id}`, () => {
      const row = this.sql.oneStory.get(id);
      if (!row) return undefined;
      const articles = this.sql.storyArticles.all(id).map(toStoredArticle);
      const fields = articles.map(({ article }) => article);
      return { summary: summarizeStory(row.id, row.title, fields), articles, reasons: JSON.parse(row.reasons) as string[] };
    });
  }

  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    this.open();
    const params = searchParams(query, options);
    try {
      return this.sql.search.all(params);
    } catch (error) {
      throw queryError(query, error) ?? this.failure('searching', error);
    }
  }

  async integrityCheck(): Promise<string> {
    this.open();
    const problems: string[] = [];
    try {
      const rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
      for (const { integrity_check: line } of rows) if (line !== 'ok') problems.push(line);
    } catch (error) {
      // A badly damaged file can make the check itself fail; that is its answer.
      return `${this.path}: ${error instanceof Error ? error.message : String(error)}`;
    }
    if (!this.readonly) {
      // FTS5 checks its index by writing a command row, which a read-only connection cannot do.
      try {
        this.sql.ftsIntegrity.run();
      } catch (error) {
        problems.push(`full-text index: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const kept = this.sql.manifestTotals.get();
    const counted = this.sql.countedTotals.get()!;
    if (kept?.articles !== counted.articles || kept.versions !== counted.versions) {
      problems.push(
        `article totals: ${kept ? `${kept.articles} articles, ${kept.versions} versions` : 'missing'} kept, ` +
          `${counted.articles} articles, ${counted.versions} versions counted`,
      );
    }
    const orphans = this.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    for (const orphan of orphans) {
      problems.push(`row ${orphan.rowid} of ${orphan.table} refers to a missing row of ${orphan.parent}`);
    }
    return problems.length === 0 ? 'ok' : problems.join('\n');
  }

  async knownIdentities(identities: readonly string[]): Promise<Set<string>> {
    this.open();
    return this.guard('looking up articles', () => new Set(identities.filter((identity) => this.sql.hasIdentity.get(identity) !== undefined)));
  }

  async feedStates(): Promise<FeedState[]> {
    this.open();
    return this.guard('reading feed states', () => this.sql.allFeeds.all().map(toFeedState));
  }

  async feedState(url: string): Promise<FeedState | undefined> {
    this.open();
    const row = this.guard(`reading the state of feed ${url}`, () => this.sql.oneFeed.get(url));
    return row ? toFeedState(row) : undefined;
  }

  async saveFeedState(state: FeedState): Promise<void> {
    this.writable('save a feed state');
    const row = toFeedRow(state);
    this.guard(`saving the state of feed ${state.url}`, () => this.sql.saveFeed.run(row));
  }

  async loadLinkState(): Promise<string | null> {
    this.open();
    return this.guard('reading the saved story index', () => this.sql.linkState.get() ?? null);
  }

  async saveLinkState(json: string, articles: number): Promise<void> {
    this.writable('save the story index');
    this.guard('saving the story index', () => this.saveLinkTransaction.immediate(json, articles));
  }

  async manifestAfter(seq: number): Promise<ManifestSlice> {
    this.open();
    return this.guard('reading the list of articles', () => this.manifestTransaction(seq));
  }

  async articlesById(ids: readonly string[]): Promise<StoredArticle[]> {
    this.open();
    return this.guard('reading articles', () => {
      const out: StoredArticle[] = [];
      for (const id of ids) {
        const row = this.sql.oneCurrent.get(id);
        if (row) out.push(toStoredArticle(row));
      }
      return out;
    });
  }

  async titleFields(ids: readonly string[]): Promise<TitleFields[]> {
    this.open();
    return this.guard('reading article titles', () => ids.flatMap((id) => this.sql.titleFields.get(id) ?? []));
  }

  async storyKeys(): Promise<StoredStoryKey[]> {
    this.open();
    return this.guard('reading stories', () => this.sql.storyKeys.all());
  }

  async linkGeneration(): Promise<LinkGeneration> {
    this.open();
    return this.guard('reading the saved story index', () => this.generations());
  }

  async loadLinkLog(logFrom = 0, withSnapshot = true): Promise<LinkLog> {
    this.open();
    return this.guard('reading the saved story index', () => this.readLinkTransaction(logFrom, withSnapshot));
  }

  private generations(): LinkGeneration {
    return this.sql.generations.get() ?? { generation: 0, snapshotGeneration: 0 };
  }

  async applyGrouping(change: GroupingChange): Promise<number> {
    this.writable('store the stories');
    return this.guard('storing the stories', () => this.applyTransaction.immediate(change));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }

  /** Body of addArticle, run inside its transaction. */
  private add(identity: string, article: Article, reading: Reading): AddResult {
    const hash = contentHash(article);
    const current = this.sql.currentByIdentity.get(identity);
    if (current && current.content_hash === hash) {
      return { id: current.id, status: 'unchanged', version: current.version };
    }
    const id = current?.id ?? this.newId(identity);
    const version = current ? current.version + 1 : 1;
    if (current) {
      this.sql.ftsDelete.run(current.vid, current.title, current.text);
      this.sql.setCurrentVersion.run(version, id);
    } else {
      this.sql.insertArticle.run(id, identity);
    }
    const { lastInsertRowid } = this.sql.insertVersion.run({
      id,
      version,
      content_hash: hash,
      input: article.input,
      url: article.url,
      title: article.title,
      authors: JSON.stringify(article.authors),
      published: article.published,
      site: article.site,
      language: article.language,
      text: article.text,
      notes: JSON.stringify(article.notes),
      reading: JSON.stringify(reading),
      added_at: new Date().toISOString(),
    });
    this.sql.ftsInsert.run(lastInsertRowid, article.title, article.text);
    return { id, status: current ? 'updated' : 'added', version };
  }

  /** Body of replaceStories, run inside its transaction. */
  private replace(stories: StoryGroup[], titles: Record<string, string>): void {
    this.checkStories(stories);
    const now = new Date().toISOString();
    // A story that keeps its id across regroupings keeps its creation time.
    const createdAt = new Map(this.sql.storyCreatedAt.all().map((row) => [row.id, row.created_at]));
    this.sql.deleteStories.run();
    this.sql.bumpGeneration.run();
    stories.forEach((story, position) => {
      const given = Object.hasOwn(titles, story.id) ? titles[story.id]?.trim() : undefined;
      const title = given || fallbackTitle(story.id, story.articles.map((id) => this.sql.titleOf.get(id) ?? null));
      this.sql.insertStory.run(story.id, position, title, JSON.stringify(story.reasons), createdAt.get(story.id) ?? now);
      story.articles.forEach((articleId, index) => this.sql.insertStoryArticle.run(story.id, articleId, index));
    });
  }

  /** Body of applyGrouping, in its transaction: nothing is written unless the store is where the change began. */
  private apply(change: GroupingChange): number {
    const generation = this.sql.generation.get() ?? 0;
    if (generation !== change.generation) {
      throw new StaleGroupingError(`the stories of ${this.path} changed during the regroup (generation ${change.generation} → ${generation})`);
    }
    this.checkStories(change.write.map((w) => w.story));
    const now = new Date().toISOString();
    const written = new Set(change.write.map((w) => w.story.id));
    for (const id of change.remove) if (!written.has(id)) this.sql.deleteStory.run(id);
    // A rewritten story keeps its row (and creation time): park it at a free position first, so no
    // position is held twice while the others move, then rewrite only the members past what it keeps.
    const existing = new Set<string>();
    for (const id of written) if (this.sql.parkStory.run(id).changes > 0) existing.add(id);
    for (const { story, position, title, digest } of change.write) {
      const given = title.trim() || fallbackTitle(story.id, story.articles.map((id) => this.sql.titleOf.get(id) ?? null));
      let kept = 0;
      if (existing.has(story.id)) {
        this.sql.updateStory.run(position, given, JSON.stringify(story.reasons), digest, story.id);
        kept = keptMembers(this.sql.storyMembers.all(story.id), story.articles);
        this.sql.deleteMembersFrom.run(story.id, kept);
      } else {
        this.sql.insertDigestedStory.run(story.id, position, given, JSON.stringify(story.reasons), now, digest);
      }
      for (let index = kept; index < story.articles.length; index++) this.sql.insertStoryArticle.run(story.id, story.articles[index]!, index);
    }
    if (change.snapshot) {
      this.sql.saveLinkState.run({ state: change.snapshot.json, articles: change.snapshot.articles });
      this.sql.clearLog.run();
    }
    if (change.append && change.append.length > 0) {
      let position = this.sql.logLength.get() ?? 0;
      for (const [id, version] of change.append) this.sql.appendLog.run(position++, id, version);
    }
    this.sql.bumpGeneration.run();
    if (change.snapshot) this.sql.snapshotWritten.run();
    this.sql.setSeen.run(change.seen?.seq ?? null, change.seen?.versions ?? null);
    return generation + 1;
  }

  /** Picks the id for a new identity, lengthening it past any other identity's id. */
  private newId(identity: string): string {
    for (let attempt = 0; ; attempt++) {
      const id = articleId(identity, attempt);
      const owner = this.sql.identityOfId.get(id);
      if (owner === undefined || owner === identity || id.length === 64) return id;
    }
  }

  private checkStories(stories: readonly StoryGroup[]): void {
    for (const id of groupingArticleIds(stories)) {
      if (this.sql.identityOfId.get(id) === undefined) {
        const story = stories.find((s) => s.articles.includes(id))!;
        throw new StoreError(`story ${story.id} lists article ${id}, which is not in ${this.path}`);
      }
    }
  }

  private open(): void {
    if (this.closed) throw new StoreError(`the store ${this.path} has been closed`);
  }

  private writable(action: string): void {
    this.open();
    if (this.readonly) throw new StoreError(`cannot ${action}: ${this.path} was opened read-only`);
  }

  /** Runs a database call, turning SQLite failures into StoreErrors that name the store. */
  private guard<T>(action: string, run: () => T): T {
    try {
      return run();
    } catch (error) {
      throw this.failure(action, error);
    }
  }

  private failure(action: string, error: unknown): StoreError {
    if (error instanceof StoreError) return error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code.startsWith('SQLITE_BUSY')) {
      return new StoreError(`${action} failed: ${this.path} is locked by another process; try again when it has finished`);
    }
    if (code === 'SQLITE_FULL') return new StoreError(`${action} failed: the disk holding ${this.path} is full`);
    return new StoreError(`${action} in ${this.path} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
