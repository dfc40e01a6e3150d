import type { Article, Reading, StoryGroup } from '../types.js';

/** What a regroup needs of every current article without reading it: enough to check a saved index. */
export interface ManifestEntry {
  id: string;
  version: number;
  published: string | null;
}

/**
 * The articles first added after a point (`seq` order), with what the whole collection sums to, read at one
 * moment: a regroup that knows the sums it left behind can tell from two numbers whether anything else changed.
 */
export interface ManifestSlice {
  entries: (ManifestEntry & { seq: number })[];
  /** Articles in the store. */
  articles: number;
  /** Sum of every article's current version number: versions only grow, so an updated article raises it. */
  versions: number;
}

/** What a story title needs of an article (text only when no member has a title). */
export interface TitleFields {
  id: string;
  title: string | null;
  published: string | null;
}

/** A stored story as a regroup compares it with a new grouping. */
export interface StoredStoryKey {
  id: string;
  position: number;
  /** Digest of the story's member ids and reasons as the regroup wrote them; null when written otherwise. */
  digest: string | null;
  title: string;
}

/**
 * The saved story index: a snapshot (JSON text, null when none) and the articles added to it since, in
 * order, which a restore re-adds. `generation` moves with every write of the grouping or the index, so a
 * process can tell whether anyone else wrote since it did.
 */
export interface LinkLog extends LinkGeneration {
  /** Null when there is none, or when it was not asked for. */
  snapshot: string | null;
  /** From the position asked for. */
  log: [id: string, version: number][];
  /** What the saved index (snapshot and whole log) covers, as its last `applyGrouping` said; null when unknown. */
  seen: SeenPosition | null;
}

/**
 * The articles a saved index covers, told by the highest first-add position (`ManifestEntry.seq`) among them
 * and the sum of their versions: while the store's totals match these plus what was added past that
 * position, a regrouper reads only those additions (see `manifestAfter`).
 */
export interface SeenPosition {
  seq: number;
  versions: number;
}

/** Where the saved grouping is: its generation, and the generation that wrote the snapshot. */
export interface LinkGeneration {
  generation: number;
  snapshotGeneration: number;
}

/** One story to write: its place in the grouping, title and digest. */
export interface StoryWrite {
  story: StoryGroup;
  position: number;
  title: string;
  digest: string;
}

/** What one regroup changes, written in one transaction. */
export interface GroupingChange {
  /** The generation the change was computed from: if the store has moved on, nothing is written (StaleGroupingError). */
  generation: number;
  /** New and changed stories (a changed one keeps its creation time). */
  write: StoryWrite[];
  /** Stored stories that are gone, or rewritten under a changed id. */
  remove: string[];
  /** A new snapshot of the index (the log is emptied), or entries appended to the log; neither leaves both as they are. */
  snapshot?: { json: string; articles: number };
  append?: [id: string, version: number][];
  /** What the index covers after this change (null or absent: unknown); read back by `loadLinkLog`. */
  seen?: SeenPosition | null;
}

/** One version of an article as kept in the store. */
export interface StoredArticle {
  /** Stable across versions: derived from the article's identity (its URL, else its input). */
  id: string;
  /** 1 for the first add; +1 each time the same identity is added with different content. */
  version: number;
  /** sha256 (hex) of title, published and text. */
  contentHash: string;
  /** ISO 8601 time this version was added. */
  addedAt: string;
  article: Article;
  reading: Reading;
}

export type AddResult = { id: string; status: 'added' | 'unchanged' | 'updated'; version: number };

export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  /** Distinct `site` values of the story's articles, in article order. */
  outlets: string[];
  /** Earliest and latest `published` among the story's articles, as stored. */
  firstPublished: string | null;
  lastPublished: string | null;
}

export interface SearchOptions {
  /** Only articles whose `site` equals this (case-insensitive). */
  outlet?: string;
  /** Only articles published on or after this ISO 8601 date; undated articles are left out. */
  since?: string;
  /** At most this many hits (default 20). */
  limit?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  /** A short excerpt around the best match, matched terms wrapped in SNIPPET_MARK. */
  snippet: string;
}

/** What `corroborate watch` remembers about one feed between polls and restarts. */
export interface FeedState {
  /** The feed's URL as given (the key). */
  url: string;
  /** Validators from the last successful response, sent back as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /** ISO 8601 time of the last poll (successful or not), and of the next one due. */
  lastPolled: string | null;
  nextPoll: string | null;
  /** Polls that failed in a row; 0 after a success. */
  failures: number;
  lastError: string | null;
}

export interface OpenOptions {
  /** Refuse every write; a missing store is an error instead of being created. */
  readonly?: boolean;
}

/**
 * A collection of articles, their readings and the current story grouping. Every method is
 * asynchronous so that a server-backed store (PostgreSQL) and a file-backed one (SQLite) share it.
 */
export interface Store {
  /** The store as given to openStore, with any password in a URL replaced by "***". */
  readonly path: string;
  /** Which backend holds the collection. */
  readonly backend: 'sqlite' | 'postgres';
  /** Adds one article in one transaction; re-adding the same content changes nothing. */
  addArticle(article: Article, reading: Reading): Promise<AddResult>;
  /** Current version of each article, in the order articles were first added. */
  articles(): Promise<StoredArticle[]>;
  article(id: string): Promise<StoredArticle | undefined>;
  /** All versions, oldest first; empty for an unknown id. */
  versions(id: string): Promise<StoredArticle[]>;
  /** Atomically replaces the whole story grouping; titles[storyId] names each story. */
  replaceStories(stories: StoryGroup[], titles: Record<string, string>): Promise<void>;
  stories(): Promise<StorySummary[]>;
  story(id: string): Promise<{ summary: StorySummary; articles: StoredArticle[]; reasons: string[] } | undefined>;
  /**
   * Full-text search over the title and text of current versions, best first. Both backends
   * understand words (all must match, stemmed), "quoted phrases" and OR; SQLite also takes the rest
   * of FTS5's syntax (title:word, NEAR, AND/NOT), PostgreSQL web-search syntax (-word excludes).
   */
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /**
   * "ok", or one line per problem found. SQLite: its integrity check, the full-text index check
   * (skipped read-only: it needs a writable connection) and the foreign-key check. PostgreSQL:
   * current versions, version numbering, story members and the validity of the store's indexes.
   */
  integrityCheck(): Promise<string>;
  /** Which of `identities` (article URLs, else inputs) the store already holds an article for. */
  knownIdentities(identities: readonly string[]): Promise<Set<string>>;
  /** Every feed's state, in URL order. */
  feedStates(): Promise<FeedState[]>;
  feedState(url: string): Promise<FeedState | undefined>;
  /** Creates or replaces the state of `state.url`. */
  saveFeedState(state: FeedState): Promise<void>;
  /** The saved story index (JSON text of StoryIndex.toJSON), or null when none has been saved. */
  loadLinkState(): Promise<string | null>;
  /** Replaces the saved story index; `articles` is how many articles it covers. Empties the log. */
  saveLinkState(json: string, articles: number): Promise<void>;
  /**
   * (id, version, published) of the current articles whose first-add position `seq` is past the given one
   * (0: all), in first-add order, with the collection's totals: no text, no reading.
   */
  manifestAfter(seq: number): Promise<ManifestSlice>;
  /** Current versions of these articles, in the order given; unknown ids are left out. */
  articlesById(ids: readonly string[]): Promise<StoredArticle[]>;
  /** Title and published of these articles' current versions (unknown ids left out). */
  titleFields(ids: readonly string[]): Promise<TitleFields[]>;
  /** The stored stories' ids, positions, digests and titles. */
  storyKeys(): Promise<StoredStoryKey[]>;
  /** The generation of the saved grouping and index (0 when never written) and of its snapshot. */
  linkGeneration(): Promise<LinkGeneration>;
  /** The saved index as snapshot (unless `withSnapshot` is false) and log from position `logFrom`, read at one moment. */
  loadLinkLog(logFrom?: number, withSnapshot?: boolean): Promise<LinkLog>;
  /**
   * Applies one regroup in one transaction if the store is still at `change.generation` (else throws
   * StaleGroupingError and writes nothing); returns the new generation.
   */
  applyGrouping(change: GroupingChange): Promise<number>;
  close(): Promise<void>;
}
