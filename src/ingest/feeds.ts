// RSS 2.0, Atom, RDF and JSON Feed → article links with what the feed declares about each.
// Parsing is feedsmith's (fast-xml-parser underneath, which does not expand DTD entities, so an
// entity-expansion "billion laughs" feed stays small).
import { parseFeed as parseAnyFeed } from 'feedsmith';
import type { DeclaredMeta } from '../types.js';
import { normalizeDate } from './dates.js';
import { ListingError, absoluteUrl, type LinkedArticle, type Listing } from './listing.js';
import { plainText } from './xml-text.js';

type Loose = Record<string, unknown>;

const asRecord = (v: unknown): Loose | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Loose) : null);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** Text of a feed value: a string, or an Atom text construct `{ value, type }`. */
function textOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  const record = asRecord(v);
  if (record && typeof record.value === 'string') return record.value;
  return null;
}

function titleOf(v: unknown): string | null {
  const text = textOf(v);
  if (text === null) return null;
  const plain = plainText(text);
  return plain === '' ? null : plain;
}

function personNames(v: unknown): string[] {
  const names: string[] = [];
  for (const person of asArray(v)) {
    if (typeof person === 'string') names.push(person);
    else {
      const r = asRecord(person);
      const name = r && (typeof r.name === 'string' ? r.name : typeof r.email === 'string' ? r.email : null);
      if (name) names.push(name);
    }
  }
  return [...new Set(names.map((n) => plainText(n)).filter(Boolean))];
}

function languageOf(v: unknown): string | null {
  return typeof v === 'string' && /^[a-z]{2,3}\b/i.test(v.trim()) ? v.trim().slice(0, v.trim().search(/[-_]|$/)).toLowerCase() : null;
}

function buildMeta(fields: { outlet: string | null; title: string | null; published: unknown; authors: string[]; language: string | null; url: string | null }): DeclaredMeta {
  const meta: DeclaredMeta = {};
  if (fields.url) meta.url = fields.url;
  if (fields.title) meta.title = fields.title;
  const published = normalizeDate(fields.published);
  if (published) meta.published = published;
  if (fields.outlet) meta.outlet = fields.outlet;
  if (fields.language) meta.language = fields.language;
  if (fields.authors.length > 0) meta.authors = fields.authors;
  return meta;
}

function htmlContent(v: unknown): LinkedArticle['content'] {
  const text = textOf(v);
  return text && text.trim() ? { format: 'html', text } : null;
}

function rssArticles(feed: Loose, base: string | null, kind: 'rss' | 'rdf'): Listing {
  const outlet = titleOf(feed.title);
  const language = languageOf(feed.language) ?? languageOf(asRecord(feed.dc)?.language);
  const articles = asArray(feed.items).map((raw): LinkedArticle => {
    const item = asRecord(raw) ?? {};
    const guid = asRecord(item.guid);
    const guidLink = guid && guid.isPermaLink !== false ? guid.value : typeof item.guid === 'string' ? item.guid : null;
    const url = absoluteUrl(item.link, base) ?? absoluteUrl(guidLink, base);
    const dc = asRecord(item.dc) ?? {};
    const authors = personNames(item.authors);
    if (authors.length === 0) authors.push(...personNames(dc.creators ?? dc.creator));
    return {
      url,
      meta: buildMeta({ url, outlet, title: titleOf(item.title), published: item.pubDate ?? dc.date ?? dc.dates, authors, language, }),
      content: htmlContent(asRecord(item.content)?.encoded),
    };
  });
  return { kind, title: outlet, articles, sitemaps: [] };
}

function atomLink(links: unknown, base: string | null): string | null {
  const all = asArray(links).map(asRecord).filter((l): l is Loose => l !== null);
  const alternate = all.filter((l) => l.rel === undefined || l.rel === 'alternate');
  const best = alternate.find((l) => typeof l.type !== 'string' || /html/.test(l.type)) ?? alternate[0] ?? all[0];
  return best ? absoluteUrl(best.href, base) : null;
}

function atomArticles(feed: Loose, base: string | null): Listing {
  const outlet = titleOf(feed.title);
  const feedAuthors = personNames(feed.authors);
  const language = languageOf(feed.lang) ?? languageOf(asRecord(feed.xml)?.lang);
  const articles = asArray(feed.entries).map((raw): LinkedArticle => {
    const entry = asRecord(raw) ?? {};
    const url = atomLink(entry.links, base);
    const authors = personNames(entry.authors);
    const content = asRecord(entry.content);
    const body = textOf(entry.content);
    return {
      url,
      meta: buildMeta({ url, outlet, title: titleOf(entry.title), published: entry.published ?? entry.updated, authors: authors.length ? authors : feedAuthors, language }),
      content: body && body.trim() ? { format: content?.type === 'text' ? 'text' : 'html', text: body } : null,
    };
  });
  return { kind: 'atom', title: outlet, articles, sitemaps: [] };
}

function jsonArticles(feed: Loose, base: string | null): Listing {
  const outlet = titleOf(feed.title);
  const feedAuthors = personNames(feed.authors ?? feed.author);
  const language = languageOf(feed.language);
  const articles = asArray(feed.items).map((raw): LinkedArticle => {
    const item = asRecord(raw) ?? {};
    const url = absoluteUrl(item.url, base) ?? absoluteUrl(item.external_url, base);
    const authors = personNames(item.authors ?? item.author);
    const content: LinkedArticle['content'] = typeof item.content_html === 'string' && item.content_html.trim()
      ? { format: 'html', text: item.content_html }
      : typeof item.content_text === 'string' && item.content_text.trim() ? { format: 'text', text: item.content_text } : null;
    return {
      url,
      meta: buildMeta({ url, outlet, title: titleOf(item.title), published: item.date_published, authors: authors.length ? authors : feedAuthors, language: languageOf(item.language) ?? language }),
      content,
    };
  });
  return { kind: 'json', title: outlet, articles, sitemaps: [] };
}

/** Parse an RSS, Atom, RDF or JSON feed; `base` resolves relative links (null for a local file). */
export function parseFeedListing(text: string, base: string | null): Listing {
  let parsed: { format: string; feed: unknown };
  try {
    parsed = parseAnyFeed(text) as { format: string; feed: unknown };
  } catch (error) {
    throw new ListingError(`is not a readable RSS, Atom or JSON feed (${(error as Error).message})`);
  }
  const feed = asRecord(parsed.feed) ?? {};
  switch (parsed.format) {
    case 'rss': return rssArticles(feed, base, 'rss');
    case 'rdf': return rssArticles(feed, base, 'rdf');
    case 'atom': return atomArticles(feed, base);
    case 'json': return jsonArticles(feed, base);
    default: throw new ListingError(`is a feed in an unsupported format (${parsed.format})`);
  }
}
