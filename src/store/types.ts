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

export interface Store {
  readonly path: string;
  /** Adds one article in one transaction; re-adding the same content changes nothing. */
  addArticle(article: Article, reading: Reading): AddResult;
  /** Current version of each article, in the order articles were first added. */
  articles(): StoredArticle[];
  article(id: string): StoredArticle | undefined;
  /** All versions, oldest first; empty for an unknown id. */
  versions(id: string): StoredArticle[];
  /** Atomically replaces the whole story grouping; titles[storyId] names each story. */
  replaceStories(stories: StoryGroup[], titles: Record<string, string>): void;
  stories(): StorySummary[];
  story(id: string): { summary: StorySummary; articles: StoredArticle[]; reasons: string[] } | undefined;
  /** Full-text search (FTS5 query syntax) over the title and text of current versions, best first. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** "ok", or one line per problem found by SQLite, the full-text index and foreign-key checks. */
  integrityCheck(): string;
  close(): void;
}
