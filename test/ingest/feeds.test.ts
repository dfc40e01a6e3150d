import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestAll, type IngestOptions } from '../../src/ingest/index.js';
import { parseFeedListing } from '../../src/ingest/feeds.js';
import { parseSitemap } from '../../src/ingest/sitemaps.js';
import { normalizeDate } from '../../src/ingest/dates.js';
import { sniffListing } from '../../src/ingest/listing.js';
import { page, send, startServer, type TestServer } from './server.js';

const fast: IngestOptions = { web: { hostDelayMs: 0, timeoutMs: 3000 } };
const RSS_TYPE = { 'content-type': 'application/rss+xml; charset=utf-8' };

const rss = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>RT &amp; Friends</title><link>${base}/</link><language>en-us</language>
<item><title>Foreign Ministry releases reaction to US response</title><link>${base}/a1</link>
  <pubDate>Thu, 17 Feb 2022 14:05:00 +0300</pubDate><dc:creator>alex</dc:creator></item>
<item><title><![CDATA[Lavrov <b>speaks</b>]]></title><link>/a2</link><pubDate>Thu, 17 Feb 2022 09:00:00 GMT</pubDate>
  <content:encoded><![CDATA[<p>Feed-carried body of the second article.</p>]]></content:encoded></item>
<item><title>Missing page</title><link>${base}/missing</link></item>
</channel></rss>`;

const atom = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">RIA Digest</title><author><name>Desk</name></author>
<entry><title type="html">Security &lt;i&gt;guarantees&lt;/i&gt;</title>
  <link rel="self" href="${base}/atom-self"/><link rel="alternate" type="text/html" href="${base}/a1"/>
  <published>2022-02-17T10:00:00+03:00</published><updated>2022-02-18T10:00:00Z</updated></entry>
</feed>`;

const jsonFeed = (base: string) => JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON Wire',
  language: 'en',
  items: [
    { id: '1', url: `${base}/a1`, title: 'Moscow responds', date_published: '2022-02-17T12:00:00Z', authors: [{ name: 'Ann Writer' }] },
    { id: '2', title: 'No link, text only', content_text: 'A text carried only by the feed.' },
  ],
});

const newsSitemap = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
 <url><loc>${base}/a1</loc><lastmod>2022-03-01</lastmod>
  <news:news><news:publication><news:name>RIA Novosti</news:name><news:language>ru</news:language></news:publication>
   <news:publication_date>2022-02-17T11:30:00+03:00</news:publication_date><news:title>Reaction &amp; response</news:title></news:news></url>
 <url><loc>/a2</loc></url>
</urlset>`;

const sitemapIndex = (base: string) => `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${base}/news-sitemap.xml</loc></sitemap><sitemap><loc>${base}/missing-sitemap.xml</loc></sitemap></sitemapindex>`;

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  const base = server.url('').replace(/\/$/, '');
  server.route('/a1', send(page('Article one', 'The Russian Foreign Ministry has published the text of Moscow\'s written response.')));
  server.route('/a2', send('unavailable', { 'content-type': 'text/plain' }, 503));
  server.route('/feed.rss', send(rss(base), RSS_TYPE));
  server.route('/feed.atom', send(atom(base), { 'content-type': 'application/atom+xml' }));
  server.route('/feed.json', send(jsonFeed(base), { 'content-type': 'application/feed+json' }));
  server.route('/news-sitemap.xml', send(newsSitemap(base), { 'content-type': 'application/xml' }));
  server.route('/sitemap-index.xml', send(sitemapIndex(base), { 'content-type': 'text/xml' }));
  server.route('/sitemap.xml.gz', send(gzipSync(newsSitemap(base)), { 'content-type': 'application/x-gzip' }));
  server.route('/not-a-feed.xml', send('<?xml version="1.0"?><catalog><book/></catalog>', { 'content-type': 'application/xml' }));
  dir = mkdtempSync(join(tmpdir(), 'corroborate-feeds-'));
  writeFileSync(join(dir, 'saved.rss'), rss(base));
  writeFileSync(join(dir, 'saved-sitemap.xml'), newsSitemap(base));
  writeFileSync(join(dir, 'saved-feed.json'), jsonFeed(base));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feed parsing', () => {
  it('reads RSS items with outlet, title, date (offset kept), authors, language and carried content', () => {
    const listing = parseFeedListing(rss('http://n.example'), 'http://n.example/feed.rss');
    expect(listing.kind).toBe('rss');
    expect(listing.articles.map((a) => a.url)).toEqual(['http://n.example/a1', 'http://n.example/a2', 'http://n.example/missing']);
    expect(listing.articles[0]!.meta).toEqual({
      url: 'http://n.example/a1', title: 'Foreign Ministry releases reaction to US response', published: '2022-02-17T14:05:00+03:00',
      outlet: 'RT & Friends', language: 'en', authors: ['alex'],
    });
    expect(listing.articles[1]!.meta.title).toBe('Lavrov speaks');
    expect(listing.articles[1]!.content).toEqual({ format: 'html', text: '<p>Feed-carried body of the second article.</p>' });
  });

  it('reads Atom entries, preferring the alternate HTML link and the published date', () => {
    const listing = parseFeedListing(atom('http://n.example'), null);
    expect(listing.articles).toHaveLength(1);
    expect(listing.articles[0]!.url).toBe('http://n.example/a1');
    expect(listing.articles[0]!.meta).toMatchObject({ title: 'Security guarantees', published: '2022-02-17T10:00:00+03:00', outlet: 'RIA Digest', authors: ['Desk'] });
  });

  it('reads JSON Feed items, including one that carries only text', () => {
    const listing = parseFeedListing(jsonFeed('http://n.example'), null);
    expect(listing.kind).toBe('json');
    expect(listing.articles[0]!.meta).toMatchObject({ outlet: 'JSON Wire', authors: ['Ann Writer'], language: 'en', published: '2022-02-17T12:00:00Z' });
    expect(listing.articles[1]).toMatchObject({ url: null, content: { format: 'text', text: 'A text carried only by the feed.' } });
  });

  it('does not expand DTD entities (billion laughs ends fast and small)', () => {
    let dtd = '<!ENTITY lol0 "lol">';
    for (let i = 1; i <= 9; i++) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?><!DOCTYPE rss [${dtd}]><rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title><link>http://n.example/x</link></item></channel></rss>`;
    const started = Date.now();
    let size = 0;
    try {
      const listing = parseFeedListing(bomb, null);
      size = JSON.stringify(listing).length;
    } catch (error) {
      expect((error as Error).message).toMatch(/feed/);
    }
    expect(Date.now() - started).toBeLessThan(1000);
    expect(size).toBeLessThan(10_000);
    const sitemapBomb = `<?xml version="1.0"?><!DOCTYPE urlset [${dtd}]><urlset><url><loc>http://n.example/&lol9;</loc></url></urlset>`;
    expect(JSON.stringify(parseSitemap(sitemapBomb, null)).length).toBeLessThan(10_000);
  });

  it('tells feeds, sitemaps and other documents apart', () => {
    expect(sniffListing(rss('http://x'))).toBe('feed');
    expect(sniffListing(atom('http://x'))).toBe('feed');
    expect(sniffListing(jsonFeed('http://x'))).toBe('feed');
    expect(sniffListing(newsSitemap('http://x'))).toBe('sitemap');
    expect(sniffListing('<!DOCTYPE html><html></html>')).toBeNull();
    expect(sniffListing('{"id": 1, "text": "record"}')).toBeNull();
  });
});

describe('sitemap parsing', () => {
  it('reads news sitemap fields and resolves relative locs; lastmod is not a publication date', () => {
    const listing = parseSitemap(newsSitemap('http://n.example'), 'http://n.example/sitemap.xml');
    expect(listing.articles).toEqual([
      { url: 'http://n.example/a1', content: null, meta: { url: 'http://n.example/a1', title: 'Reaction & response', published: '2022-02-17T11:30:00+03:00', outlet: 'RIA Novosti', language: 'ru' } },
      { url: 'http://n.example/a2', content: null, meta: { url: 'http://n.example/a2' } },
    ]);
  });

  it('reads sitemap indexes', () => {
    expect(parseSitemap(sitemapIndex('http://n.example'), null)).toMatchObject({ kind: 'sitemapindex', sitemaps: ['http://n.example/news-sitemap.xml', 'http://n.example/missing-sitemap.xml'] });
  });
});

describe('dates', () => {
  it('normalises RFC 822 dates keeping the offset, keeps ISO as written, refuses nonsense', () => {
    expect(normalizeDate('Thu, 17 Feb 2022 14:05:00 +0300')).toBe('2022-02-17T14:05:00+03:00');
    expect(normalizeDate('17 Feb 2022 09:00 GMT')).toBe('2022-02-17T09:00:00+00:00');
    expect(normalizeDate('Thu, 17 Feb 2022 09:00:00 EST')).toBe('2022-02-17T09:00:00-05:00');
    expect(normalizeDate('2022-02-17')).toBe('2022-02-17');
    expect(normalizeDate('2022-02-17 10:00:00')).toBe('2022-02-17T10:00:00');
    expect(normalizeDate('yesterday')).toBeNull();
    expect(normalizeDate('31 Foo 2022')).toBeNull();
  });
});

describe('feeds and sitemaps as inputs', () => {
  it('fetches each article an RSS feed links to, with the feed metadata; falls back to carried content', async () => {
    const feed = server.url('/feed.rss');
    const { documents, problems } = await ingestAll([feed], fast);
    expect(documents.map((d) => d.input)).toEqual([server.url('/a1'), server.url('/a2')]);
    expect(documents[0]).toMatchObject({ format: 'html', origin: server.url('/a1'), meta: { outlet: 'RT & Friends', published: '2022-02-17T14:05:00+03:00', url: server.url('/a1') } });
    expect(documents[0]!.content).toContain('written response');
    expect(documents[1]!.content).toBe('<p>Feed-carried body of the second article.</p>');
    expect(documents[1]!.origin).toBe(`${server.url('/a2')} (content carried by ${feed}; the page itself HTTP 503 Service Unavailable)`);
    expect(problems.map((p) => p.message)).toEqual([`${server.url('/missing')} (listed in ${feed}): HTTP 404 Not Found`]);
  });

  it('reads Atom and JSON feeds from URLs', async () => {
    const { documents, problems } = await ingestAll([server.url('/feed.atom'), server.url('/feed.json')], fast);
    expect(problems).toEqual([]);
    expect(documents.map((d) => d.meta.outlet)).toEqual(['RIA Digest', 'JSON Wire', 'JSON Wire']);
    expect(documents[2]).toMatchObject({ input: `${server.url('/feed.json')}#item-2`, format: 'text', content: 'A text carried only by the feed.' });
  });

  it('reads news sitemaps, gzipped sitemaps and sitemap indexes', async () => {
    const { documents, problems } = await ingestAll([server.url('/sitemap-index.xml'), server.url('/sitemap.xml.gz')], fast);
    expect(documents.map((d) => d.input)).toEqual([server.url('/a1'), server.url('/a1')]);
    expect(documents[0]!.meta).toMatchObject({ outlet: 'RIA Novosti', language: 'ru', title: 'Reaction & response' });
    expect(problems.map((p) => p.message)).toEqual([
      `${server.url('/a2')} (listed in ${server.url('/news-sitemap.xml')}): HTTP 503 Service Unavailable`,
      `${server.url('/missing-sitemap.xml')} (listed in ${server.url('/sitemap-index.xml')}): HTTP 404 Not Found`,
      `${server.url('/a2')} (listed in ${server.url('/sitemap.xml.gz')}): HTTP 503 Service Unavailable`,
    ]);
  });

  it('reads local feed and sitemap files (.rss, .xml, JSON Feed in .json)', async () => {
    const files = ['saved.rss', 'saved-sitemap.xml', 'saved-feed.json'].map((f) => join(dir, f));
    const { documents } = await ingestAll(files, fast);
    expect(documents.map((d) => d.meta.outlet)).toEqual(['RT & Friends', 'RT & Friends', 'RIA Novosti', 'JSON Wire', 'JSON Wire']);
  });

  it('caps the links read from one listing and says so', async () => {
    const { documents, problems } = await ingestAll([server.url('/feed.rss')], { web: { hostDelayMs: 0, maxLinks: 1 } });
    expect(documents).toHaveLength(1);
    expect(problems[0]!.message).toBe(`${server.url('/feed.rss')}: lists 3 articles; only the first 1 are read (raise maxLinks for more)`);
  });

  it('names XML that is neither a feed nor a sitemap', async () => {
    const { problems } = await ingestAll([server.url('/not-a-feed.xml')], fast);
    expect(problems[0]!.message).toBe(`${server.url('/not-a-feed.xml')}: serves application/xml that is neither a page, a feed nor a sitemap`);
  });

  it('does not pick up feed files when walking a directory', async () => {
    const { documents, problems } = await ingestAll([dir], fast);
    expect(documents).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([`${join(dir, 'saved-feed.json')}: is a JSON Feed; name it as an input on its own to fetch the articles it lists`]);
  });
});
