import { describe, expect, it } from 'vitest';
import { splitAuthors, cleanAuthors } from '../../src/extract/authors.js';
import { dateFromUrl, isAfter, normalizeDate } from '../../src/extract/dates.js';
import { articleFromJsonLd } from '../../src/extract/html-jsonld.js';
import { chooseMetadata } from '../../src/extract/html-metadata.js';
import { parseLight } from '../../src/extract/html-tree.js';
import { cleanTitle } from '../../src/extract/title.js';

function meta(head: string, body = '', declared: { url?: string } = {}, now?: string) {
  return chooseMetadata(parseLight(`<html><head>${head}</head><body>${body}</body></html>`).signals, declared, now);
}
const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

describe('JSON-LD', () => {
  it('reads a NewsArticle inside @graph', () => {
    const a = articleFromJsonLd([
      JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'H', datePublished: '2022-02-17', dateModified: '2022-02-18', author: [{ name: 'A B' }, 'C D'], publisher: { name: 'Pub' } }] }),
    ]);
    expect(a).toMatchObject({ type: 'NewsArticle', headline: 'H', datePublished: '2022-02-17', dateModified: '2022-02-18', authors: ['A B', 'C D'], publisher: 'Pub' });
  });
  it('accepts an Article in an array, tolerates trailing commas, skips broken blocks', () => {
    expect(articleFromJsonLd(['{broken', '[{"@type":"Article","headline":"X",}]'])?.headline).toBe('X');
  });
  it('ignores non-article types', () => {
    expect(articleFromJsonLd([JSON.stringify({ '@type': 'Organization', name: 'Org' })])).toBeNull();
  });
  it('decodes HTML entities CMSs put in strings', () => {
    expect(articleFromJsonLd(['{"@type":"NewsArticle","author":{"name":"James O&#39;Neill"}}'])?.authors).toEqual(["James O'Neill"]);
  });
});

describe('meta tags', () => {
  it('prefers JSON-LD headline, then og:title, then <title>', () => {
    expect(meta(ld({ '@type': 'NewsArticle', headline: 'LD' }) + '<meta property="og:title" content="OG">').title).toBe('LD');
    expect(meta('<meta property="og:title" content="OG"><title>T</title>').title).toBe('OG');
    expect(meta('<meta name="twitter:title" content="TW"><title>T</title>').title).toBe('TW');
    expect(meta('<title>T only</title>').title).toBe('T only');
  });
  it('reads article:published_time, citation_* and dc.* dates', () => {
    expect(meta('<meta property="article:published_time" content="2022-02-17T10:00:00+0300">').published).toBe('2022-02-17T10:00:00+03:00');
    expect(meta('<meta name="citation_publication_date" content="2022/02/16">').published).toBe('2022-02-16');
    expect(meta('<meta name="DC.date.issued" content="2022-02-15">').published).toBe('2022-02-15');
  });
  it('reads authors from meta author, citation_author and dc.creator, not profile URLs', () => {
    expect(meta('<meta property="article:author" content="https://facebook.com/x"><meta name="author" content="Anna Smirnova">').authors).toEqual(['Anna Smirnova']);
    expect(meta('<meta name="citation_author" content="Doe, J."><meta name="citation_author" content="Roe, R.">').authors.length).toBeGreaterThan(0);
    expect(meta('<meta name="dc.creator" content="Елена Смирнова">').authors).toEqual(['Елена Смирнова']);
  });
});

describe('dates', () => {
  it('<time datetime> gives the published date; an "updated" time never does', () => {
    expect(meta('', '<time class="updated" datetime="2022-02-21">x</time><time datetime="2022-02-19T08:30:00Z" pubdate>y</time>').published).toBe('2022-02-19T08:30:00Z');
    const m = meta('', '<time class="updated" datetime="2022-02-21">x</time>');
    expect(m.published).toBeNull();
    expect(m.modified).toBe('2022-02-21');
  });
  it('distinguishes published from modified', () => {
    const m = meta(ld({ '@type': 'NewsArticle', datePublished: '2022-02-17', dateModified: '2022-02-20' }));
    expect([m.published, m.modified]).toEqual(['2022-02-17', '2022-02-20']);
    expect(meta('<meta property="article:modified_time" content="2022-02-20">').published).toBeNull();
  });
  it('takes the date from the URL when nothing else states it', () => {
    expect(meta('<link rel="canonical" href="https://x.example/2022/02/17/story/">').published).toBe('2022-02-17');
    expect(dateFromUrl('https://x.example/news/2022-02-17-story')).toBe('2022-02-17');
    expect(dateFromUrl('https://x.example/20220217/story.html')).toBe('2022-02-17');
    expect(dateFromUrl('https://x.example/2022/13/45/story')).toBeNull();
    expect(dateFromUrl('https://x.example/story-2022')).toBeNull();
    expect(dateFromUrl('https://x.example/blog/2023/october/03/wine-styles/')).toBe('2023-10-03');
    expect(dateFromUrl('https://x.example/blog/2023/foo/03/x')).toBeNull();
  });
  it('lets the URL say which number of an ambiguous dateline is the day', () => {
    const body = '<h1>How many wine styles are there?</h1><p>03/10/2023</p>';
    expect(meta('', body, { url: 'https://x.example/blog/2023/october/03/wine-styles/' }).published).toBe('2023-10-03');
    expect(meta('', body, { url: 'https://x.example/blog/wine-styles/' }).published).toBe('2023-03-10');
  });
  it('reads numbers joined by dots with the year last day first ("02.12.2025" is 2 December)', () => {
    expect(normalizeDate('02.12.2025')).toBe('2025-12-02');
    expect(normalizeDate('17.02.2022, 10:30')).toBe('2022-02-17T10:30:00');
    expect(normalizeDate('31.02.2022')).toBeNull();
    expect(normalizeDate('12.18.2025')).toBe('2025-12-18');
    expect(normalizeDate('12/02/2025')).toBe('2025-12-02');
    expect(meta('', '<h1>Statement by the ministry</h1><p>02.12.2025</p>').published).toBe('2025-12-02');
  });
  it('never returns a date after the crawl date, falling back to the next signal', () => {
    const m = meta(ld({ '@type': 'NewsArticle', datePublished: '2030-01-01' }) + '<meta property="article:published_time" content="2022-02-17">', '', {}, '2022-03-01');
    expect(m.published).toBe('2022-02-17');
    expect(m.notes.some((n) => n.includes('ignored 2030-01-01'))).toBe(true);
    expect(isAfter('2022-02-17T23:00:00Z', '2022-02-17T10:00:00Z')).toBe(true);
    expect(isAfter('2022-02-17', '2022-02-17T10:00:00Z')).toBe(false);
  });
  it('normalises machine and human dates, rejecting impossible ones', () => {
    expect(normalizeDate('2022-02-17 10:05')).toBe('2022-02-17T10:05:00');
    expect(normalizeDate('20220217')).toBe('2022-02-17');
    expect(normalizeDate('February 17, 2022')).toBe('2022-02-17');
    expect(normalizeDate('17 Feb 2022 14:35 GMT')).toBe('2022-02-17T14:35:00Z');
    expect(normalizeDate('2022-02-30')).toBeNull();
    expect(normalizeDate('yesterday')).toBeNull();
    expect(normalizeDate('February 17')).toBeNull();
  });
});

describe('url, site and language hint', () => {
  it('uses the canonical link, resolved against og:url', () => {
    const m = meta('<link rel="canonical" href="/a/b"><meta property="og:url" content="https://site.example/x">');
    expect(m.url).toBe('https://site.example/a/b');
    expect(meta('<meta property="og:url" content="https://site.example/x">').url).toBe('https://site.example/x');
    expect(meta('', '', { url: 'https://declared.example/' }).url).toBe('https://declared.example/');
  });
  it('takes the site from og:site_name, then JSON-LD publisher, then the host', () => {
    expect(meta('<meta property="og:site_name" content="Courier">' + ld({ '@type': 'NewsArticle', publisher: { name: 'Pub' } })).site).toBe('Courier');
    expect(meta(ld({ '@type': 'NewsArticle', publisher: { name: 'Pub' } })).site).toBe('Pub');
    expect(meta('<meta property="og:url" content="https://www.news.example/x">').site).toBe('news.example');
  });
  it('reads <html lang> as the declared language', () => {
    expect(chooseMetadata(parseLight('<html lang="de-AT"><head></head><body></body></html>').signals, {}).declaredLanguage).toBe('de-AT');
  });
});

describe('title', () => {
  const ctx = { sites: ['World Courier', 'worldcourier.example'] };
  it('removes the site suffix or prefix when the part names the site', () => {
    expect(cleanTitle('Headline here | World Courier', ctx)).toBe('Headline here');
    expect(cleanTitle('Headline here - World Courier', ctx)).toBe('Headline here');
    expect(cleanTitle('World Courier: Headline here', ctx)).toBe('World Courier: Headline here');
    expect(cleanTitle('WorldCourier.example — Headline here now', ctx)).toBe('Headline here now');
  });
  it('removes a part when the rest equals the h1', () => {
    expect(cleanTitle('Talks resume - Notes from the Steppe', { sites: [], h1: 'Talks resume' })).toBe('Talks resume');
  });
  it('keeps a dash that belongs to the headline', () => {
    expect(cleanTitle('Russia - US talks end without agreement', { sites: ['Courier'] })).toBe('Russia - US talks end without agreement');
    expect(cleanTitle('Ministers meet in Geneva as talks resume | TASS', { sites: [] })).toBe('Ministers meet in Geneva as talks resume');
  });
});

describe('authors', () => {
  it('strips "By", "and", dates and contact prompts', () => {
    expect(splitAuthors('By John Smith and Jane Doe')).toEqual(['John Smith', 'Jane Doe']);
    expect(splitAuthors('By Maria Petrova · 17 February 2022')).toEqual(['Maria Petrova']);
    expect(splitAuthors('Tom Harris Email the author')).toEqual(['Tom Harris']);
    expect(splitAuthors('Author: Ivan Orlov, Anna Smirnova')).toEqual(['Ivan Orlov', 'Anna Smirnova']);
    expect(splitAuthors('https://www.facebook.com/someone')).toEqual([]);
  });
  it('de-duplicates across sources', () => {
    expect(cleanAuthors(['By Anna Smirnova', 'anna smirnova', 'Staff'])).toEqual(['Anna Smirnova']);
  });
});
