import type { Article, Reading } from '../types.js';
import { StoreError } from './errors.js';
import type { StoredArticle } from './types.js';

/** A row of article_versions (or the current_versions view) as SQLite returns it. */
export interface VersionRow {
  id: string;
  version: number;
  content_hash: string;
  input: string;
  url: string | null;
  title: string | null;
  authors: string;
  published: string | null;
  site: string | null;
  language: string | null;
  text: string;
  notes: string;
  reading: string;
  added_at: string;
}

/** Column list shared by every query that builds StoredArticles, so they cannot drift apart. */
export const VERSION_COLUMNS =
  'id, version, content_hash, input, url, title, authors, published, site, language, text, notes, reading, added_at';

function parseJson<T>(value: string, column: string, row: VersionRow): T {
  try {
    return JSON.parse(value) as T;
  } catch {
    throw new StoreError(`stored ${column} of article ${row.id} version ${row.version} is not valid JSON`);
  }
}

export function toStoredArticle(row: VersionRow): StoredArticle {
  const article: Article = {
    input: row.input,
    url: row.url,
    title: row.title,
    authors: parseJson<string[]>(row.authors, 'authors', row),
    published: row.published,
    site: row.site,
    language: row.language,
    text: row.text,
    notes: parseJson<string[]>(row.notes, 'notes', row),
  };
  return {
    id: row.id,
    version: row.version,
    contentHash: row.content_hash,
    addedAt: row.added_at,
    article,
    reading: parseJson<Reading>(row.reading, 'reading', row),
  };
}
