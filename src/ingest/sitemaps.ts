// Sitemaps (`<urlset>`, with Google News `<news:news>` where present) and sitemap indexes →
// article URLs with the publication name, date, title and language the sitemap declares.
// htmlparser2 in XML mode knows only the predefined XML entities, so DTD entity tricks stay inert.
import { Parser } from 'htmlparser2';
import type { DeclaredMeta } from '../types.js';
import { normalizeDate } from './dates.js';
import { ListingError, absoluteUrl, type LinkedArticle, type Listing } from './listing.js';
import { plainText } from './xml-text.js';

interface Entry {
  loc?: string;
  name?: string;
  language?: string;
  date?: string;
  title?: string;
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/** Parse a sitemap or sitemap index; `base` resolves relative `<loc>`s (null for a local file). */
export function parseSitemap(text: string, base: string | null): Listing {
  const stack: string[] = [];
  let root: string | null = null;
  let entry: Entry | null = null;
  let buffer = '';
  const entries: Entry[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        const local = localName(name);
        if (root === null) root = local;
        if ((local === 'url' || local === 'sitemap') && stack.length === 1) entry = {};
        stack.push(local);
        buffer = '';
      },
      ontext(data) {
        buffer += data;
      },
      onclosetag(name) {
        const local = localName(name);
        const parent = stack[stack.length - 2];
        const value = buffer.trim();
        if (entry && value) {
          if (local === 'loc' && (parent === 'url' || parent === 'sitemap')) entry.loc = value;
          else if (local === 'name' && parent === 'publication') entry.name = value;
          else if (local === 'language' && parent === 'publication') entry.language = value;
          else if (local === 'publication_date' && parent === 'news') entry.date = value;
          else if (local === 'title' && parent === 'news') entry.title = value;
        }
        stack.pop();
        buffer = '';
        if ((local === 'url' || local === 'sitemap') && stack.length === 1 && entry) {
          entries.push(entry);
          entry = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  parser.end();
  if (root !== 'urlset' && root !== 'sitemapindex') throw new ListingError('is not a sitemap (no <urlset> or <sitemapindex> root)');
  if (root === 'sitemapindex') {
    const sitemaps = [...new Set(entries.map((e) => absoluteUrl(e.loc, base)).filter((u): u is string => u !== null))];
    return { kind: 'sitemapindex', title: null, articles: [], sitemaps };
  }
  const seen = new Set<string>();
  const articles: LinkedArticle[] = [];
  for (const e of entries) {
    const url = absoluteUrl(e.loc, base);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const meta: DeclaredMeta = { url };
    if (e.title) meta.title = plainText(e.title);
    const published = normalizeDate(e.date);
    if (published) meta.published = published;
    if (e.name) meta.outlet = plainText(e.name);
    if (e.language && /^[a-z]{2,3}\b/i.test(e.language)) meta.language = e.language.toLowerCase().split(/[-_]/)[0]!;
    articles.push({ url, meta, content: null });
  }
  return { kind: 'urlset', title: null, articles, sitemaps: [] };
}
