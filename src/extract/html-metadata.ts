// Chooses each metadata value from the page's signals, in order of reliability, and says where it came from.
import { cleanAuthors } from './authors.js';
import { dateFromUrl, isAfter, normalizeDate } from './dates.js';
import { articleFromJsonLd, type JsonLdArticle } from './html-jsonld.js';
import { firstMeta, type PageSignals } from './html-signals.js';
import { splitTitle } from './title.js';
import { normalizeInline } from './whitespace.js';

export interface HtmlMetadata {
  url: string | null;
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  site: string | null;
  /** The page's declared language (`<html lang>`, og:locale, JSON-LD), a hint for detection. */
  declaredLanguage: string | null;
  notes: string[];
}

interface Candidate {
  value: string;
  source: string;
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'citation_publication_date',
  'citation_date', 'citation_online_date', 'dcterms.issued', 'dc.date.issued', 'dcterms.date', 'dc.date',
  'dcterms.created', 'dc.date.created', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date',
  'sailthru.date', 'parsely-pub-date', 'article.published', 'og:published_time',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified'];
const TITLE_META = ['og:title', 'twitter:title', 'citation_title', 'dc.title', 'dcterms.title', 'headline'];
const AUTHOR_META = ['author', 'article:author', 'citation_author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author', 'byl'];
const SITE_META = ['og:site_name', 'application-name', 'twitter:site', 'citation_journal_title', 'dc.publisher', 'citation_publisher'];
const URL_META = ['og:url', 'twitter:url', 'citation_abstract_html_url', 'dc.identifier'];

function resolveUrl(href: string, base: string | null): string | null {
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function chooseUrl(s: PageSignals, ld: JsonLdArticle | null, declared: string | undefined): Candidate | null {
  if (declared) return { value: declared, source: 'declared' };
  const og = firstMeta(s, URL_META);
  const base = og && /^https?:/i.test(og.value) ? og.value : null;
  const tries: Candidate[] = [];
  if (s.canonical) tries.push({ value: s.canonical, source: 'link rel=canonical' });
  if (og) tries.push({ value: og.value, source: og.key });
  if (ld?.url) tries.push({ value: ld.url, source: 'json-ld url' });
  for (const t of tries) {
    const abs = resolveUrl(t.value, base);
    if (abs && /^https?:/i.test(abs)) return { value: abs, source: t.source };
  }
  return null;
}

/** Published date: explicit publication signals only; a modification date is never taken for it. */
function choosePublished(s: PageSignals, ld: JsonLdArticle | null, url: string | null, now: string | undefined, notes: string[]): Candidate | null {
  const tries: Candidate[] = [];
  if (ld?.datePublished) tries.push({ value: ld.datePublished, source: 'json-ld datePublished' });
  for (const key of PUBLISHED_META) for (const v of s.meta.get(key) ?? []) tries.push({ value: v, source: `meta ${key}` });
  const times = [...s.times].sort((a, b) => rankTime(a.hint) - rankTime(b.hint));
  for (const t of times) if (!/modif|update/i.test(t.hint)) tries.push({ value: t.datetime, source: '<time datetime>' });
  for (const t of s.visibleDates ?? []) if (!/modif|update/i.test(t.hint) && !/updated/i.test(t.datetime)) tries.push({ value: t.datetime.replace(/^(?:published|posted|date)(?:\s+on)?\s*:?\s*/i, ''), source: 'visible date' });
  const inUrl = dateFromUrl(url);
  if (inUrl) tries.push({ value: inUrl, source: 'date in url' });
  for (const t of tries) {
    const iso = normalizeDate(t.value);
    if (!iso) continue;
    if (isAfter(iso, now)) {
      notes.push(`published: ignored ${iso} from ${t.source} (after the crawl date ${now})`);
      continue;
    }
    return { value: iso, source: t.source };
  }
  return null;
}

function rankTime(hint: string): number {
  if (/datePublished|pubdate|publish/i.test(hint)) return 0;
  return 1;
}

function chooseModified(s: PageSignals, ld: JsonLdArticle | null): Candidate | null {
  const tries: Candidate[] = [];
  if (ld?.dateModified) tries.push({ value: ld.dateModified, source: 'json-ld dateModified' });
  for (const key of MODIFIED_META) for (const v of s.meta.get(key) ?? []) tries.push({ value: v, source: `meta ${key}` });
  for (const t of s.times) if (/modif|update/i.test(t.hint)) tries.push({ value: t.datetime, source: '<time datetime>' });
  for (const t of tries) {
    const iso = normalizeDate(t.value);
    if (iso) return { value: iso, source: t.source };
  }
  return null;
}

function chooseAuthors(s: PageSignals, ld: JsonLdArticle | null): { names: string[]; source: string } {
  if (ld && ld.authors.length > 0) {
    const names = cleanAuthors(ld.authors);
    if (names.length > 0) return { names, source: 'json-ld author' };
  }
  for (const key of AUTHOR_META) {
    const values = s.meta.get(key);
    if (!values) continue;
    const names = cleanAuthors(values);
    if (names.length > 0) return { names, source: `meta ${key}` };
  }
  // Pages repeat author boxes (bio, "more by", comment authors): the first byline that names someone is the one.
  for (const b of s.bylines) {
    const names = cleanAuthors([b]);
    if (names.length > 0) return { names, source: 'byline' };
  }
  return { names: [], source: 'byline' };
}

function chooseSite(s: PageSignals, ld: JsonLdArticle | null, url: string | null): Candidate | null {
  const og = firstMeta(s, SITE_META);
  if (og && !(og.key === 'twitter:site' && /^@/.test(og.value) && ld?.publisher)) {
    return { value: og.key === 'twitter:site' ? og.value.replace(/^@/, '') : og.value, source: og.key };
  }
  if (ld?.publisher) return { value: ld.publisher, source: 'json-ld publisher' };
  const host = hostOf(url);
  return host ? { value: host, source: 'url host' } : null;
}

function titleWords(s: string): Set<string> {
  return new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * The <h1> that restates the page's declared title (most of the shorter one's words in the other), or
 * null. Logo and section-name h1s share no words with the title and are passed over.
 */
export function headlineH1(declared: string | null, h1s: readonly string[]): string | null {
  if (!declared) return null;
  const t = titleWords(declared);
  let best: string | null = null;
  let bestShare = 0.6;
  for (const raw of h1s) {
    const h = normalizeInline(raw);
    if (!h || h.length > 300) continue;
    const w = titleWords(h);
    if (w.size === 0) continue;
    let shared = 0;
    for (const x of w) if (t.has(x)) shared++;
    const share = shared / Math.min(w.size, t.size);
    if (share >= bestShare && (shared >= 2 || w.size === 1)) {
      best = h;
      bestShare = share;
    }
  }
  return best;
}

export function chooseMetadata(s: PageSignals, declared: { url?: string; published?: string }, now?: string): HtmlMetadata {
  const notes: string[] = [];
  const ld = articleFromJsonLd(s.jsonLd);
  const url = chooseUrl(s, ld, declared.url);
  let site = chooseSite(s, ld, url?.value ?? null);
  const rawTitle: Candidate | null = ld?.headline
    ? { value: ld.headline, source: 'json-ld headline' }
    : ((m) => (m ? { value: m.value, source: `meta ${m.key}` } : null))(firstMeta(s, TITLE_META)) ??
      (s.titleTag ? { value: s.titleTag, source: '<title>' } : null) ??
      (s.h1 ? { value: s.h1, source: '<h1>' } : null);
  const sites = [site?.value, ld?.publisher, hostOf(url?.value ?? null), ...(s.meta.get('og:site_name') ?? [])].filter(
    (x): x is string => !!x,
  );
  const headline = headlineH1(rawTitle?.value ?? null, s.h1s ?? (s.h1 ? [s.h1] : []));
  const split = rawTitle ? splitTitle(rawTitle.value, { sites, h1: headline ?? s.h1 }) : null;
  let title = split?.title ?? null;
  // The visible headline is what the page calls the article; the meta title is often an SEO variant of it.
  if (headline && rawTitle && rawTitle.source !== '<h1>' && headline !== title) {
    title = headline;
    rawTitle.source = `<h1> (agrees with ${rawTitle.source})`;
  }
  // With no site named anywhere else, the part removed from the title is the outlet's name.
  if ((!site || site.source === 'url host') && split?.site) site = { value: split.site, source: 'title suffix' };
  const published = choosePublished(s, ld, url?.value ?? null, now, notes);
  const modified = chooseModified(s, ld);
  const authors = chooseAuthors(s, ld);
  const declaredLanguage = ld?.language ?? s.htmlLang ?? firstMeta(s, ['og:locale', 'content-language', 'dc.language', 'language'])?.value ?? null;

  if (url) notes.push(`url: ${url.source}`);
  if (title && rawTitle) notes.push(`title: ${rawTitle.source}${title !== normalizeInline(rawTitle.value) ? ' (site name removed)' : ''}`);
  if (authors.names.length > 0) notes.push(`authors: ${authors.source}`);
  if (published) notes.push(`published: ${published.source}`);
  if (modified && modified.value !== published?.value) notes.push(`modified: ${modified.value} (${modified.source})`);
  if (site) notes.push(`site: ${site.source}`);
  return {
    url: url?.value ?? null,
    title: title || null,
    authors: authors.names,
    published: published?.value ?? null,
    modified: modified?.value ?? null,
    site: site?.value ?? null,
    declaredLanguage,
    notes,
  };
}
