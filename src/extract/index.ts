// extract: SourceDocument → Article. Declared metadata always wins over anything found in the content.
import type { Article, SourceDocument } from '../types.js';
import { DEFAULT_LIMITS } from '../limits/index.js';
import { isAfter, normalizeDate } from './dates.js';
import { htmlArticle } from './html-article.js';
import { detectLanguage, primarySubtag } from './language.js';
import { textArticle } from './text-article.js';

export { removeChrome, type ChromeResult, type RemovedLine } from './text-chrome.js';

export interface ExtractOptions {
  /**
   * ISO date of the crawl; dates after it are rejected and relative ones ("3 days ago") count back from it.
   * Default: the document's `meta.retrieved` (HTTP fetch time, WARC-Date), else none.
   */
  now?: string;
  /**
   * Largest content extracted, in characters; larger documents throw DocumentTooLargeError before any
   * parsing. Default: the batch limit's default (DEFAULT_LIMITS.maxDocumentChars); callers that raise that
   * limit should pass theirs here too.
   */
  maxChars?: number;
}

/** Thrown by extract() for a document over `ExtractOptions.maxChars`, before any work is done on it. */
export class DocumentTooLargeError extends Error {
  constructor(readonly chars: number, readonly limit: number) {
    super(`too large (document of ${chars} characters, over the ${limit}-character limit for extract)`);
    this.name = 'DocumentTooLargeError';
  }
}

interface Found {
  url: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  site: string | null;
  languageHint: string | null;
  paragraphs: string[];
  notes: string[];
}

function fromHtml(doc: SourceDocument, now: string | undefined): Found {
  const a = htmlArticle(doc.content, { url: doc.meta.url }, now);
  return { ...a.metadata, languageHint: a.metadata.declaredLanguage, paragraphs: a.paragraphs, notes: [...a.metadata.notes, ...a.notes] };
}

function fromText(doc: SourceDocument, now: string | undefined): Found {
  const a = textArticle({ content: doc.content, markdown: doc.format === 'markdown', declaredTitle: doc.meta.title, now });
  const notes = [...a.notes];
  if (a.title && a.titleSource !== 'declared') notes.push(`title: from ${a.titleSource}`);
  if (a.authors.length > 0) notes.push('authors: from byline');
  if (a.published) notes.push(`published: from ${a.publishedSource}`);
  return { url: null, title: a.title, authors: a.authors, published: a.published, site: null, languageHint: null, paragraphs: a.paragraphs, notes };
}

export function extract(doc: SourceDocument, options: ExtractOptions = {}): Article {
  // Extraction costs about a second per 2 MB of HTML under load: a hostile 50 MB page is refused up front.
  const limit = options.maxChars ?? DEFAULT_LIMITS.maxDocumentChars;
  if (doc.content.length > limit) throw new DocumentTooLargeError(doc.content.length, limit);
  const now = options.now ?? doc.meta.retrieved;
  const found = doc.format === 'html' ? fromHtml(doc, now) : fromText(doc, now);
  const meta = doc.meta;
  const notes = found.notes.filter((n) => {
    // A declared value replaces the found one, so the note on where the found one came from no longer applies.
    const field = /^(\w+):/.exec(n)?.[1];
    const key = (field === 'site' ? 'outlet' : field) as keyof typeof meta | undefined;
    return !(key && meta[key] !== undefined && !n.includes('ignored'));
  });
  const text = found.paragraphs.join('\n\n');

  let published = found.published;
  if (meta.published !== undefined) {
    published = normalizeDate(meta.published) ?? meta.published;
    notes.push('published: declared');
    if (isAfter(published, now)) notes.push(`published: declared date is after the crawl date ${now}`);
  }
  let language: string | null;
  if (meta.language !== undefined) {
    language = primarySubtag(meta.language) ?? meta.language;
    notes.push('language: declared');
  } else {
    const guess = detectLanguage(text, found.languageHint);
    language = guess.language;
    if (language) notes.push(`language: ${guess.how}`);
  }
  for (const field of ['url', 'title', 'authors', 'site'] as const) {
    const key = field === 'site' ? 'outlet' : field;
    if (meta[key] !== undefined) notes.push(`${field}: declared`);
  }
  return {
    input: doc.input,
    url: meta.url ?? found.url,
    title: meta.title ?? found.title,
    authors: meta.authors ?? found.authors,
    published,
    site: meta.outlet ?? found.site,
    language,
    text,
    notes,
  };
}
