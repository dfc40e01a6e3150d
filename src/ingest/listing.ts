// A listing is a feed or sitemap: a document whose job is to point at articles.
import type { DeclaredMeta } from '../types.js';

export class ListingError extends Error {}

export interface LinkedArticle {
  /** Absolute http(s) URL of the article page, or null when the item has none. */
  url: string | null;
  /** What the listing declares about the article (outlet, title, date, authors, language). */
  meta: DeclaredMeta;
  /** Body the listing itself carries (RSS content:encoded, Atom content, JSON Feed content_*). */
  content: { format: 'html' | 'text'; text: string } | null;
}

export interface Listing {
  kind: 'rss' | 'atom' | 'json' | 'rdf' | 'urlset' | 'sitemapindex';
  /** Feed title (used as the outlet), or null. */
  title: string | null;
  articles: LinkedArticle[];
  /** Child sitemaps named by a sitemap index. */
  sitemaps: string[];
}

/** Resolve a link against the listing's own URL; only http(s) results are kept. */
export function absoluteUrl(link: unknown, base: string | null): string | null {
  if (typeof link !== 'string' || link.trim() === '') return null;
  try {
    const url = base ? new URL(link.trim(), base) : new URL(link.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Which listing a text looks like, judged from its start; null when it is none. */
export function sniffListing(text: string): 'sitemap' | 'feed' | null {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (/^\s*\{/.test(head)) return /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//.test(head) ? 'feed' : null;
  const prolog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '');
  const root = /^\s*<([\w.-]+:)?([\w.-]+)/.exec(prolog);
  if (!root) return null;
  const name = root[2]!.toLowerCase();
  if (name === 'urlset' || name === 'sitemapindex') return 'sitemap';
  if (name === 'rss' || name === 'feed' || name === 'rdf') return 'feed';
  return null;
}
