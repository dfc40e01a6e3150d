import type { Article, Reading, StoryGroup } from '../types.js';

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
  /** Replaces the saved story index; `articles` is how many articles it covers. */
  saveLinkState(json: string, articles: number): Promise<void>;
  close(): Promise<void>;
}
