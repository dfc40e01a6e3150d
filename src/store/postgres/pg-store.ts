import type pg from 'pg';
import type { Article, Reading, StoryGroup } from '../../types.js';
import { isoInstant } from '../dates.js';
import { StaleGroupingError, StoreError } from '../errors.js';
import { groupingArticleIds, keptMembers, seenOf } from '../grouping.js';
import { articleId, articleIdentity, contentHash } from '../identity.js';
import { FEED_COLUMNS, toFeedRow, toFeedState, type FeedRow } from '../feeds.js';
import { toStoredArticle, type VersionRow } from '../rows.js';
import { searchParams, SNIPPET_MARK } from '../search.js';
import { fallbackTitle, summarizeStory, type SummaryFields } from '../story-summary.js';
import type {
  AddResult,
  FeedState,
  GroupingChange,
  LinkGeneration,
  LinkLog,
  ManifestSlice,
  SearchHit,
  SearchOptions,
  Store,
  StoredArticle,
  StoredStoryKey,
  StorySummary,
  TitleFields,
} from '../types.js';
import { createPool, pgFailure } from './connect.js';
import { migratePg } from './migrations.js';
import { escapeNul, hasNul, unescapeNul } from './nul-text.js';

/** pg_advisory_xact_lock key serialising replaceStories across processes. */
const STORIES_LOCK = 0x43524f4202;
const UNIQUE_VIOLATION = '23505';

const COLUMNS =
  'v.id, v.version, v.content_hash, v.escaped, v.input, v.url, v.title, v.authors, v.published, v.site, ' +
  'v.language, v.text, v.notes, v.reading, v.added_at';
const CURRENT = 'articles a JOIN article_versions v ON v.id = a.id AND v.version = a.current_version';

interface PgVersionRow extends VersionRow {
  escaped: boolean;
}

function toStored(row: PgVersionRow): StoredArticle {
  if (!row.escaped) return toStoredArticle(row);
  return toStoredArticle({
    ...row,
    input: unescapeNul(row.input),
    url: unescapeNul(row.url),
    title: unescapeNul(row.title),
    published: unescapeNul(row.published),
    site: unescapeNul(row.site),
    language: unescapeNul(row.language),
    text: unescapeNul(row.text),
  });
}

/** ts_headline marks each word of a phrase; join runs of marked words the way FTS5's snippet does. */
function joinMarks(snippet: string): string {
  const { open, close } = SNIPPET_MARK;
  return snippet.replace(new RegExp(`\\${close}(\\s+)\\${open}`, 'g'), '$1');
}

type Client = pg.PoolClient;

export interface PgStoreOptions {
  readonly?: boolean;
  /** Connections kept open at most (default 4). */
  connections?: number;
}

export class PgStore implements Store {
  readonly backend = 'postgres' as const;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly pool: pg.Pool,
    private readonly readonly: boolean,
  ) {}

  /** Connects, checks and migrates; `path` is the redacted target used in every message. */
  static async open(url: string, path: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const readonly = options.readonly ?? false;
    const pool = createPool(url, { readonly, max: options.connections });
    try {
      const client = await pool.connect();
      try {
        await migratePg(client, path, readonly);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw pgFailure(path, `opening store`, error);
    }
    return new PgStore(path, pool, readonly);
  }

  /** The pool, for the job queue that lives in the same database. */
  get connections(): pg.Pool {
    this.open();
    return this.pool;
  }

  async addArticle(article: Article, reading: Reading): Promise<AddResult> {
    this.writable('add an article');
    const identity = articleIdentity(article);
    if (identity.trim() === '') throw new StoreError(`cannot add an article with neither a url nor an input to ${this.path}`);
    // A unique violation on articles.id means two identities share an id prefix and raced: the
    // retry sees the other and lengthens this id.
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.transaction(`adding ${identity}`, (client) => this.add(client, identity, article, reading));
      } catch (error) {
        if (attempt < 3 && error instanceof StoreError && error.cause === UNIQUE_VIOLATION) continue;
        throw error;
      }
    }
  }

  /**
   * The unchanged AddResult when `article`'s identity already holds this exact content, else
   * undefined: lets a worker skip reading an article that re-adding would not change.
   */
  async unchanged(article: Article): Promise<AddResult | undefined> {
    const rows = await this.query<{ id: string; version: number; content_hash: string }>(
      'looking up an article',
      `SELECT a.id, a.current_version AS version, v.content_hash FROM ${CURRENT} WHERE a.identity = $1`,
      [escapeNul(articleIdentity(article))],
    );
    const row = rows[0];
    return row && row.content_hash === contentHash(article) ? { id: row.id, status: 'unchanged', version: row.version } : undefined;
  }

  async articles(): Promise<StoredArticle[]> {
    const rows = await this.query<PgVersionRow>('reading articles', `SELECT ${COLUMNS} FROM ${CURRENT} ORDER BY a.seq`);
    return rows.map(toStored);
  }

  async article(id: string): Promise<StoredArticle | undefined> {
    const rows = await this.query<PgVersionRow>(`reading article ${id}`, `SELECT ${COLUMNS} FROM ${CURRENT} WHERE a.id = $1`, [id]);
    return rows[0] ? toStored(rows[0]) : undefined;
  }

  async versions(id: string): Promise<StoredArticle[]> {
    const rows = await this.query<PgVersionRow>(
      `reading versions of ${id}`,
      `SELECT ${COLUMNS} FROM article_versions v WHERE v.id = $1 ORDER BY v.version`,
      [id],
    );
    return rows.map(toStored);
  }

  async replaceStories(stories: StoryGroup[], titles: Record<string, string>): Promise<void> {
    this.writable('replace the stories');
    await this.transaction('replacing the stories', (client) => this.replace(client, stories, titles));
  }

  async stories(): Promise<StorySummary[]> {
    const members = await this.query<SummaryFields & { story_id: string; escaped: boolean }>(
      'reading stories',
      `SELECT sa.story_id, v.title, v.site, v.published, v.escaped
       FROM story_articles sa JOIN ${CURRENT} ON a.id = sa.article_id
       ORDER BY sa.story_id, sa.position`,
    );
    const byStory = new Map<string, SummaryFields[]>();
    for (const row of members) {
      const fields = row.escaped
        ? { title: unescapeNul(row.title), site: unescapeNul(row.site), published: unescapeNul(row.published) }
        : row;
      const list = byStory.get(row.story_id) ?? [];
      list.push(fields);
      byStory.set(row.story_id, list);
    }
    const stories = await this.query<{ id: string; title: string }>('reading stories', `SELECT id, title FROM stories ORDER BY position`);
    return stories.map((row) => summarizeStory(row.id, row.title, byStory.get(row.id) ?? []));
  }

  async story(id: string): Promise<{ summary: StorySummary; articles: StoredArticle[]; reasons: string[] } | undefined> {
    const rows = await this.query<{ id: string; title: string; reasons: string }>(
      `reading story ${id}`,
      `SELECT id, title, reasons FROM stories WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    if (!row) return undefined;
    const members = await this.query<PgVersionRow>(
      `reading story ${id}`,
      `SELECT ${COLUMNS} FROM story_articles sa JOIN ${CURRENT} ON a.id = sa.article_id
       WHERE sa.story_id = $1 ORDER BY sa.position`,
      [id],
    );
    const articles = members.map(toStored);
    const summary = summarizeStory(row.id, row.title, articles.map(({ article }) => article));
    return { summary, articles, reasons: JSON.parse(row.reasons) as string[] };
  }

  async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
    const params = searchParams(query, options);
    const since = params.since === null ? null : isoInstant(params.since);
    const { open, close, ellipsis } = SNIPPET_MARK;
    // websearch_to_tsquery never rejects input: any text is a valid query.
    const rows = await this.query<{ id: string; title: string | null; snippet: string; escaped: boolean; text: string }>(
      'searching',
      `SELECT v.id, v.title, v.escaped, v.text,
              ts_headline('english', v.text, q,
                'StartSel="${open}", StopSel="${close}", MaxWords=16, MinWords=6, MaxFragments=1, FragmentDelimiter="${ellipsis}"')
                AS snippet
       FROM ${CURRENT}, websearch_to_tsquery('english', $1) q
       WHERE v.search @@ q
         AND ($2::text IS NULL OR lower(v.site) = lower($2::text))
         AND ($3::timestamptz IS NULL OR v.published_at >= $3::timestamptz)
       ORDER BY ts_rank(v.search, q) DESC, a.seq
       LIMIT $4`,
      [params.query, params.outlet, since === null ? null : new Date(since).toISOString(), params.limit],
    );
    return rows.map((row) => {
      const snippet = joinMarks(row.escaped ? unescapeNul(row.snippet) : row.snippet).trim();
      const title = row.escaped ? unescapeNul(row.title) : row.title;
      // Like FTS5's snippet: an ellipsis where the excerpt cuts the text.
      const plain = snippet.split(open).join('').split(close).join('');
      const text = row.escaped ? unescapeNul(row.text) : row.text;
      const before = text.trimStart().startsWith(plain) ? '' : ellipsis;
      const after = text.trimEnd().endsWith(plain) ? '' : ellipsis;
      return { id: row.id, title, snippet: `${before}${snippet}${after}` };
    });
  }

  async integrityCheck(): Promise<string> {
    const problems: string[] = [];
    const check = async (sql: string, line: (row: Record<string, unknown>) => string): Promise<void> => {
      for (const row of await this.query<Record<string, unknown>>('checking integrity', sql)) problems.push(line(row));
    };
    // PostgreSQL enforces the constraints itself; these catch rows changed with them bypassed
    // (session_replication_role = replica, a restore without constraints) and broken indexes.
    await check(
      `SELECT a.id, a.current_version FROM articles a
       LEFT JOIN article_versions v ON v.id = a.id AND v.version = a.current_version WHERE v.id IS NULL`,
      (r) => `article ${String(r.id)}: its current version ${String(r.current_version)} is missing from article_versions`,
    );
    await check(
      `SELECT v.id, count(*) AS n, max(v.version) AS top FROM article_versions v GROUP BY v.id
       HAVING count(*) <> max(v.version) OR min(v.version) <> 1`,
      (r) => `article ${String(r.id)}: versions are not numbered 1…${String(r.top)} (${String(r.n)} found)`,
    );
    await check(
      `SELECT v.id, v.version FROM article_versions v LEFT JOIN articles a ON a.id = v.id WHERE a.id IS NULL`,
      (r) => `version ${String(r.version)} of article ${String(r.id)} belongs to no article`,
    );
    await check(
      `SELECT sa.story_id, sa.article_id FROM story_articles sa LEFT JOIN articles a ON a.id = sa.article_id WHERE a.id IS NULL`,
      (r) => `story ${String(r.story_id)} refers to missing article ${String(r.article_id)}`,
    );
    await check(
      `SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = current_schema() AND NOT (i.indisvalid AND i.indisready)`,
      (r) => `index ${String(r.relname)} is not valid; rebuild it with REINDEX`,
    );
    return problems.length === 0 ? 'ok' : problems.join('\n');
  }

  async knownIdentities(identities: readonly string[]): Promise<Set<string>> {
    if (identities.length === 0) return new Set();
    const rows = await this.query<{ identity: string }>(
      'looking up articles',
      `SELECT identity FROM articles WHERE identity = ANY($1::text[])`,
      [identities.map((identity) => escapeNul(identity))],
    );
    return new Set(rows.map((row) => unescapeNul(row.identity)));
  }

  async feedStates(): Promise<FeedState[]> {
    const rows = await this.query<FeedRow>('reading feed states', `SELECT ${FEED_COLUMNS} FROM feeds ORDER BY url COLLATE "C"`);
    return rows.map(toFeedState);
  }

  async feedState(url: string): Promise<FeedState | undefined> {
    const rows = await this.query<FeedRow>(`reading the state of feed ${url}`, `SELECT ${FEED_COLUMNS} FROM feeds WHERE url = $1`, [url]);
    return rows[0] ? toFeedState(rows[0]) : undefined;
  }

  async saveFeedState(state: FeedState): Promise<void> {
    this.writable('save a feed state');
    const row = toFeedRow(state);
    await this.query(
      `saving the state of feed ${state.url}`,
      `INSERT INTO feeds (${FEED_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
         last_polled = excluded.last_polled, next_poll = excluded.next_poll, failures = excluded.failures,
         last_error = excluded.last_error`,
      [row.url, row.etag, row.last_modified, row.last_polled, row.next_poll, row.failures, row.last_error],
    );
  }

  async loadLinkState(): Promise<string | null> {
    const rows = await this.query<{ state: string }>('reading the saved story index', `SELECT state FROM link_state WHERE one = 1`);
    return rows[0]?.state ?? null;
  }

  async saveLinkState(json: string, articles: number): Promise<void> {
    this.writable('save the story index');
    await this.transaction('saving the story index', async (client) => {
      await client.query(`SELECT generation FROM grouping_state WHERE one = 1 FOR UPDATE`);
      await this.saveSnapshot(client, json, articles);
      await client.query(
        `UPDATE grouping_state SET generation = generation + 1, snapshot_generation = generation + 1, seen_seq = NULL, seen_versions = NULL WHERE one = 1`,
      );
    });
  }

  async manifestAfter(seq: number): Promise<ManifestSlice> {
    // One statement, so one snapshot: an article committed after it is in neither the entries nor the totals.
    const rows = await this.query<{ articles: number; versions: string; seq: string | null; id: string | null; version: number | null; published: string | null; escaped: boolean | null }>(
      'reading the list of articles',
      `WITH totals AS (SELECT count(*)::int AS articles, coalesce(sum(current_version), 0)::bigint AS versions FROM articles)
       SELECT t.articles, t.versions, a.seq, a.id, a.current_version AS version, v.published, v.escaped
       FROM totals t LEFT JOIN (${CURRENT}) ON a.seq > $1
       ORDER BY a.seq`,
      [seq],
    );
    const entries = rows.flatMap((r) =>
      r.id === null ? [] : [{ seq: Number(r.seq), id: r.id, version: r.version!, published: r.escaped ? unescapeNul(r.published) : r.published }],
    );
    return { entries, articles: rows[0]?.articles ?? 0, versions: Number(rows[0]?.versions ?? 0) };
  }

  async articlesById(ids: readonly string[]): Promise<StoredArticle[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<PgVersionRow>('reading articles', `SELECT ${COLUMNS} FROM ${CURRENT} WHERE a.id = ANY($1::text[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toStored(row)] : [];
    });
  }

  async titleFields(ids: readonly string[]): Promise<TitleFields[]> {
    if (ids.length === 0) return [];
    const rows = await this.query<TitleFields & { escaped: boolean }>(
      'reading article titles',
      `SELECT v.id, v.title, v.published, v.escaped FROM ${CURRENT} WHERE a.id = ANY($1::text[])`,
      [ids],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [{ id, title: r.escaped ? unescapeNul(r.title) : r.title, published: r.escaped ? unescapeNul(r.published) : r.published }];
    });
  }

  async storyKeys(): Promise<StoredStoryKey[]> {
    return this.query<StoredStoryKey>('reading stories', `SELECT id, position, digest, title FROM stories`);
  }

  async linkGeneration(): Promise<LinkGeneration> {
    const rows = await this.query<{ generation: string; snapshot_generation: string }>(
      'reading the saved story index',
      `SELECT generation, snapshot_generation FROM grouping_state WHERE one = 1`,
    );
    return { generation: Number(rows[0]?.generation ?? 0), snapshotGeneration: Number(rows[0]?.snapshot_generation ?? 0) };
  }

  async loadLinkLog(logFrom = 0, withSnapshot = true): Promise<LinkLog> {
    // One snapshot of the database for the three reads, so the log belongs to the snapshot read with it.
    return this.transaction('reading the saved story index', async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      const generation = await client.query<{ generation: string; snapshot_generation: string; seq: string | null; versions: string | null }>(
        `SELECT generation, snapshot_generation, seen_seq AS seq, seen_versions AS versions FROM grouping_state WHERE one = 1`,
      );
      const state = withSnapshot ? await client.query<{ state: string }>(`SELECT state FROM link_state WHERE one = 1`) : null;
      const log = await client.query<{ article_id: string; version: number }>(
        `SELECT article_id, version FROM link_log WHERE position >= $1 ORDER BY position`,
        [logFrom],
      );
      return {
        generation: Number(generation.rows[0]?.generation ?? 0),
        snapshotGeneration: Number(generation.rows[0]?.snapshot_generation ?? 0),
        snapshot: state?.rows[0]?.state ?? null,
        log: log.rows.map((r): [string, number] => [r.article_id, r.version]),
        seen: seenOf(generation.rows[0]),
      };
    });
  }

  async applyGrouping(change: GroupingChange): Promise<number> {
    this.writable('store the stories');
    return this.transaction('storing the stories', (client) => this.apply(client, change));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Body of addArticle, in its transaction. */
  private async add(client: Client, identity: string, article: Article, reading: Reading): Promise<AddResult> {
    const key = escapeNul(identity);
    const hash = contentHash(article);
    for (;;) {
      // FOR UPDATE: a concurrent adder of the same identity waits here until this one commits.
      const found = await client.query<{ id: string; version: number; content_hash: string }>(
        `SELECT a.id, a.current_version AS version, v.content_hash FROM ${CURRENT}
         WHERE a.identity = $1 FOR UPDATE OF a`,
        [key],
      );
      const current = found.rows[0];
      if (current && current.content_hash === hash) return { id: current.id, status: 'unchanged', version: current.version };
      if (current) {
        const version = current.version + 1;
        await client.query(`UPDATE articles SET current_version = $1 WHERE id = $2`, [version, current.id]);
        await this.insertVersion(client, current.id, version, hash, article, reading);
        return { id: current.id, status: 'updated', version };
      }
      const id = await this.newId(client, key);
      // ON CONFLICT waits for a concurrent insert of the same identity to commit, then does
      // nothing: the loop then finds (and locks) that article instead of making a second one.
      const inserted = await client.query(
        `INSERT INTO articles (id, identity, current_version) VALUES ($1, $2, 1) ON CONFLICT (identity) DO NOTHING`,
        [id, key],
      );
      if (inserted.rowCount === 1) {
        await this.insertVersion(client, id, 1, hash, article, reading);
        return { id, status: 'added', version: 1 };
      }
    }
  }

  private async insertVersion(
    client: Client,
    id: string,
    version: number,
    hash: string,
    article: Article,
    reading: Reading,
  ): Promise<void> {
    const strings = [article.input, article.url, article.title, article.published, article.site, article.language, article.text];
    const escaped = hasNul(strings);
    const value = (s: string | null): string | null => (escaped ? escapeNul(s) : s);
    const published = isoInstant(article.published);
    await client.query(
      `INSERT INTO article_versions (id, version, content_hash, escaped, input, url, title, authors, published,
         published_at, site, language, text, notes, reading, added_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      [
        id,
        version,
        hash,
        escaped,
        value(article.input),
        value(article.url),
        value(article.title),
        JSON.stringify(article.authors),
        value(article.published),
        published === null ? null : new Date(published).toISOString(),
        value(article.site),
        value(article.language),
        value(article.text),
        JSON.stringify(article.notes),
        JSON.stringify(reading),
        new Date().toISOString(),
      ],
    );
  }

  /** Picks the id for a new identity, lengthening it past any other identity's id. */
  private async newId(client: Client, key: string): Promise<string> {
    for (let attempt = 0; ; attempt++) {
      const id = articleId(unescapeNul(key), attempt);
      const owner = await client.query<{ identity: string }>(`SELECT identity FROM articles WHERE id = $1`, [id]);
      const identity = owner.rows[0]?.identity;
      if (identity === undefined || identity === key || id.length === 64) return id;
    }
  }

  private async saveSnapshot(client: Client, json: string, articles: number): Promise<void> {
    await client.query(
      `INSERT INTO link_state (one, articles, state) VALUES (1, $1, $2)
       ON CONFLICT (one) DO UPDATE SET articles = excluded.articles, state = excluded.state`,
      [articles, json],
    );
    await client.query(`DELETE FROM link_log`);
  }

  /** Body of applyGrouping, in its transaction: nothing is written unless the store is where the change began. */
  private async apply(client: Client, change: GroupingChange): Promise<number> {
    await client.query('SELECT pg_advisory_xact_lock($1)', [STORIES_LOCK]);
    const found = await client.query<{ generation: string }>(`SELECT generation FROM grouping_state WHERE one = 1 FOR UPDATE`);
    const generation = Number(found.rows[0]?.generation ?? 0);
    if (generation !== change.generation) {
      throw new StaleGroupingError(`the stories of ${this.path} changed during the regroup (generation ${change.generation} → ${generation})`);
    }
    const stories = change.write.map((w) => w.story);
    await this.checkStories(client, stories);
    const written = stories.map((s) => s.id);
    await client.query(`DELETE FROM stories WHERE id = ANY($1::text[]) AND NOT id = ANY($2::text[])`, [change.remove, written]);
    // A rewritten story keeps its row (and creation time): park it at a free position first, so no
    // position is held twice while the others move, then rewrite only the members past what it keeps.
    const parked = await client.query<{ id: string }>(`UPDATE stories SET position = -1 - position WHERE id = ANY($1::text[]) RETURNING id`, [written]);
    const existing = new Set(parked.rows.map((row) => row.id));
    const storedMembers = new Map<string, string[]>();
    if (existing.size > 0) {
      const rows = await client.query<{ story_id: string; article_id: string }>(
        `SELECT story_id, article_id FROM story_articles WHERE story_id = ANY($1::text[]) ORDER BY story_id, position`,
        [[...existing]],
      );
      for (const row of rows.rows) {
        const list = storedMembers.get(row.story_id);
        if (list) list.push(row.article_id);
        else storedMembers.set(row.story_id, [row.article_id]);
      }
    }
    if (change.write.length > 0) {
      const now = new Date().toISOString();
      const rows = change.write.map(({ story, position, title, digest }) => [
        story.id,
        position,
        stripNul(title.trim() || story.id),
        JSON.stringify(story.reasons),
        now,
        digest,
      ]);
      const columns = (list: typeof rows) => [0, 1, 2, 3, 4, 5].map((column) => list.map((row) => row[column]));
      await client.query(
        `UPDATE stories s SET position = u.position, title = u.title, reasons = u.reasons, digest = u.digest
         FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(id, position, title, reasons, created_at, digest)
         WHERE s.id = u.id`,
        columns(rows.filter((row) => existing.has(row[0] as string))),
      );
      await client.query(
        `INSERT INTO stories (id, position, title, reasons, created_at, digest)
         SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        columns(rows.filter((row) => !existing.has(row[0] as string))),
      );
      const kept = stories.map((story) => keptMembers(storedMembers.get(story.id) ?? [], story.articles));
      await client.query(
        `DELETE FROM story_articles sa USING unnest($1::text[], $2::int[]) AS k(id, kept) WHERE sa.story_id = k.id AND sa.position >= k.kept`,
        [stories.map((s) => s.id), kept],
      );
      const members = stories.flatMap((story, i) => story.articles.slice(kept[i]).map((articleId, index) => [story.id, articleId, kept[i]! + index] as const));
      await client.query(
        `INSERT INTO story_articles (story_id, article_id, position)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
        [members.map((m) => m[0]), members.map((m) => m[1]), members.map((m) => m[2])],
      );
    }
    if (change.snapshot) await this.saveSnapshot(client, change.snapshot.json, change.snapshot.articles);
    if (change.append && change.append.length > 0) {
      const length = await client.query<{ n: string }>(`SELECT count(*) AS n FROM link_log`);
      const start = Number(length.rows[0]?.n ?? 0);
      await client.query(
        `INSERT INTO link_log (position, article_id, version) SELECT * FROM unnest($1::int[], $2::text[], $3::int[])`,
        [change.append.map((_, i) => start + i), change.append.map((e) => e[0]), change.append.map((e) => e[1])],
      );
    }
    await client.query(
      `UPDATE grouping_state SET generation = $1, snapshot_generation = CASE WHEN $2 THEN $1 ELSE snapshot_generation END,
         seen_seq = $3, seen_versions = $4 WHERE one = 1`,
      [generation + 1, change.snapshot !== undefined, change.seen?.seq ?? null, change.seen?.versions ?? null],
    );
    return generation + 1;
  }

  /** Body of replaceStories, in its transaction. */
  private async replace(client: Client, stories: StoryGroup[], titles: Record<string, string>): Promise<void> {
    // Two processes regrouping at once take turns: each replaces the whole grouping.
    await client.query('SELECT pg_advisory_xact_lock($1)', [STORIES_LOCK]);
    await this.checkStories(client, stories);
    const now = new Date().toISOString();
    // A story that keeps its id across regroupings keeps its creation time.
    const existing = await client.query<{ id: string; created_at: string }>(`SELECT id, created_at FROM stories`);
    const createdAt = new Map(existing.rows.map((row) => [row.id, row.created_at]));
    await client.query(`DELETE FROM stories`);
    await client.query(`UPDATE grouping_state SET generation = generation + 1 WHERE one = 1`);
    if (stories.length === 0) return;
    const ids = [...new Set(stories.flatMap((story) => story.articles))];
    const titleRows = await client.query<{ id: string; title: string | null; escaped: boolean }>(
      `SELECT v.id, v.title, v.escaped FROM ${CURRENT} WHERE a.id = ANY($1::text[])`,
      [ids],
    );
    const titleOf = new Map(titleRows.rows.map((row) => [row.id, row.escaped ? unescapeNul(row.title) : row.title]));
    const storyRows = stories.map((story, position) => {
      const given = Object.hasOwn(titles, story.id) ? titles[story.id]?.trim() : undefined;
      const title = given || fallbackTitle(story.id, story.articles.map((id) => titleOf.get(id) ?? null));
      return [story.id, position, stripNul(title), JSON.stringify(story.reasons), createdAt.get(story.id) ?? now];
    });
    // unnest inserts a whole grouping in two statements, however many stories it has.
    await client.query(
      `INSERT INTO stories (id, position, title, reasons, created_at)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[])`,
      [0, 1, 2, 3, 4].map((column) => storyRows.map((row) => row[column])),
    );
    const members = stories.flatMap((story) => story.articles.map((articleId, index) => [story.id, articleId, index] as const));
    await client.query(
      `INSERT INTO story_articles (story_id, article_id, position)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[])`,
      [members.map((m) => m[0]), members.map((m) => m[1]), members.map((m) => m[2])],
    );
  }

  private async checkStories(client: Client, stories: readonly StoryGroup[]): Promise<void> {
    const all = groupingArticleIds(stories);
    if (all.size === 0) return;
    const found = await client.query<{ id: string }>(`SELECT id FROM articles WHERE id = ANY($1::text[])`, [[...all]]);
    const known = new Set(found.rows.map((row) => row.id));
    for (const story of stories) {
      for (const id of story.articles) {
        if (!known.has(id)) throw new StoreError(`story ${story.id} lists article ${id}, which is not in ${this.path}`);
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

  private async query<R extends object>(action: string, sql: string, params: unknown[] = []): Promise<R[]> {
    this.open();
    try {
      return (await this.pool.query<R & pg.QueryResultRow>(sql, params)).rows;
    } catch (error) {
      throw pgFailure(this.path, action, error);
    }
  }

  /** Runs `body` in one transaction on one connection; any failure rolls it back whole. */
  private async transaction<T>(action: string, body: (client: Client) => Promise<T>): Promise<T> {
    this.open();
    let client: Client;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw pgFailure(this.path, action, error);
    }
    try {
      await client.query('BEGIN');
      const result = await body(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const failure = pgFailure(this.path, action, error);
      if (errorCode(error) === UNIQUE_VIOLATION) Object.assign(failure, { cause: UNIQUE_VIOLATION });
      throw failure;
    } finally {
      client.release();
    }
  }
}

function stripNul(value: string): string {
  // Story titles come from article titles; PostgreSQL text cannot hold U+0000, so drop it there.
  return value.replace(/\u0000/g, '');
}

function errorCode(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
}
