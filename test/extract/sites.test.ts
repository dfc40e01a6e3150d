import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLight } from '../../src/extract/html-tree.js';
import { extract } from '../../src/extract/index.js';
import { applySiteRule, SITE_RULES, siteRuleFor, type SiteRule } from '../../src/extract/sites/index.js';
import { matches, parseFieldSelectors, parseSelectors } from '../../src/extract/sites/selector.js';

const SITES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'extract', 'sites');

interface Expected {
  url: string;
  title: string;
  authors: string[];
  published?: string;
  paragraphs: string[];
  /** Notes the article must carry (which fields came from the rule). */
  notes?: string[];
}

const run = (content: string, url?: string) => extract({ input: 'x', origin: 'x', format: 'html', content, meta: url ? { url } : {} });

describe('site rule selectors', () => {
  const page = parseLight(`<main class="Page-main"><div id="lead" class="Lead big" data-kind="intro"><p class="x">a</p></div>
    <section data-kind="body"><div class="Lead"><p>b</p></div></section></main>`);
  const find = (sel: string) => page.blocks.filter((b) => parseSelectors(sel).some((s) => matches(b, s))).map((b) => b.tag + (b.attrs['id'] ? `#${b.attrs['id']}` : ''));

  it('matches tags, classes, ids and attribute values, alone and compounded', () => {
    expect(find('section')).toEqual(['section']);
    expect(find('.Lead')).toEqual(['div#lead', 'div']);
    expect(find('div.Lead.big')).toEqual(['div#lead']);
    expect(find('#lead')).toEqual(['div#lead']);
    expect(find('[data-kind=intro]')).toEqual(['div#lead']);
    expect(find('section[data-kind="body"]')).toEqual(['section']);
    expect(find('.lead')).toEqual([]);
  });

  it('matches descendants at any depth and comma lists', () => {
    expect(find('main p')).toEqual(['p', 'p']);
    expect(find('section .Lead p')).toEqual(['p']);
    expect(find('main.Page-main #lead p.x, section p')).toEqual(['p', 'p']);
    expect(find('section #lead')).toEqual([]);
  });

  it('rejects selectors outside the subset', () => {
    for (const bad of ['main > p', 'p:first-child', 'a ~ b', '[data-kind^=in]', 'p::before', 'time@datetime']) expect(() => parseSelectors(bad), bad).toThrow();
    for (const bad of ['time@', '@datetime', 'a > b@href']) expect(() => parseFieldSelectors(bad), bad).toThrow();
  });

  it('parses metadata selectors that read an attribute', () => {
    expect(parseFieldSelectors('time[datetime]@datetime, h1').map((f) => f.attr)).toEqual(['datetime', null]);
    expect(parseFieldSelectors('meta[property="og:title"]@content')[0]?.selector[0]?.attrs).toEqual([{ name: 'property', value: 'og:title' }]);
  });
});

describe('picking a site rule', () => {
  const rules: SiteRule[] = [{ host: 'news.example', why: 'test', body: ['.story'] }];

  it('picks by host, subdomains included, and tries the URLs in order', () => {
    expect(siteRuleFor(['https://news.example/a'], rules)?.host).toBe('news.example');
    expect(siteRuleFor(['https://www.news.example/a'], rules)?.host).toBe('news.example');
    expect(siteRuleFor([null, 'not a url', 'https://live.news.example/b'], rules)?.host).toBe('news.example');
    expect(siteRuleFor(['https://othernews.example/a', 'https://news.example.org/'], rules)).toBeNull();
    expect(siteRuleFor([undefined], rules)).toBeNull();
  });

  it('takes the outermost body blocks in order, minus dropped blocks', () => {
    const html = '<div class="story"><p>One.</p><div class="story"><p>Two.</p></div><div class="ad"><p>Buy.</p></div></div><div class="story"><p>Three.</p></div>';
    const found = applySiteRule(parseLight(html).blocks, { host: 'x', why: 'test', body: ['.story'], drop: ['.ad'], title: ['h1'] }, html);
    expect(found.paragraphs).toEqual(['One.', 'Two.', 'Three.']);
    expect(found.title).toBeNull();
  });

  it('reads the headline, bylines and dateline blocks a rule names', () => {
    const html = '<header><h1 class="hed">Main headline</h1><p class="by">By Ann Lee</p><p class="by">Bo Chen</p><div class="dateline">March 3, 2024</div></header><div class="story"><p>Text.</p></div>';
    const found = applySiteRule(parseLight(html).blocks, { host: 'x', why: 'test', body: ['.story'], title: ['h1.hed'], authors: ['header .by'], date: ['.dateline'] }, html);
    expect(found).toMatchObject({ title: 'Main headline', bylines: ['By Ann Lee', 'Bo Chen'], date: 'March 3, 2024', paragraphs: ['Text.'] });
  });

  it('reads metadata from inline elements and attributes, which the block tree does not hold', () => {
    const html = `<head><meta property="article:published_time" content="2024-03-03T09:00:00Z"><meta name="author" content="Meta Author"></head>
      <header><h1>Site</h1><div class="top"><span class="kicker">World</span> <span class="hed">Inline <em>headline</em></span></div>
      <p>By <a class="author" href="/a">Ann Lee</a> and <a class="author" href="/b"><span class="author">Bo</span> Chen</a>
      <time class="stamp" datetime="2024-03-02T18:00:00-05:00">March 2</time></p><span class="author" hidden>Hidden Name</span></header>
      <div class="story"><p>Text.</p><script>var author = "x";</script></div>`;
    const rule = (fields: Partial<SiteRule>): SiteRule => ({ host: 'x', why: 'test', body: ['.story'], ...fields });
    const blocks = parseLight(html).blocks;
    expect(applySiteRule(blocks, rule({ title: ['.top .hed'], authors: ['a.author'], date: ['time.stamp@datetime'] }), html)).toMatchObject({
      title: 'Inline headline', bylines: ['Ann Lee', 'Bo Chen'], date: '2024-03-02T18:00:00-05:00', paragraphs: ['Text.'],
    });
    // An attribute of a head element; `[attr]` asks only that the attribute is present.
    expect(applySiteRule(blocks, rule({ date: ['meta[property=article:published_time]@content'], authors: ['meta[name=author][content]@content'] }), html)).toMatchObject({
      date: '2024-03-03T09:00:00Z', bylines: ['Meta Author'],
    });
    // The element's text when no attribute is named; hidden elements and scripts are not read.
    expect(applySiteRule(blocks, rule({ date: ['p time'], authors: ['.author'] }), html)).toMatchObject({ date: 'March 2', bylines: ['Ann Lee', 'Bo Chen'] });
    expect(applySiteRule(blocks, rule({ title: ['.missing, h2@class'] }), html).title).toBeNull();
  });

  it('falls back to the generic path when the body selectors find nothing', () => {
    const para = (i: number) => `<p>Paragraph ${i} of a story in a layout the rule does not know, long enough, with commas, to be body text.</p>`;
    const html = `<div class="article-body">${[1, 2, 3, 4, 5, 6].map(para).join('')}</div>`;
    const a = run(html, 'https://apnews.com/article/some-story');
    expect(a.text).toContain('Paragraph 6 of a story');
    expect(a.notes).toContain('text: scored blocks (site rule apnews.com found no body)');
  });
});

describe('site rules against their fixtures', () => {
  it('has one rule per host, each with selectors that parse', () => {
    expect(new Set(SITE_RULES.map((r) => r.host)).size).toBe(SITE_RULES.length);
    for (const r of SITE_RULES) {
      for (const list of [r.body, r.drop]) if (list) expect(() => parseSelectors(list)).not.toThrow();
      for (const list of [r.title, r.authors, r.date]) if (list) expect(() => parseFieldSelectors(list)).not.toThrow();
      expect(r.body.length).toBeGreaterThan(0);
    }
  });

  for (const rule of SITE_RULES) {
    describe(rule.host, () => {
      const base = join(SITES_DIR, rule.host);
      it('has a fixture page and its expected result', () => {
        expect(existsSync(`${base}.html`)).toBe(true);
        expect(existsSync(`${base}.json`)).toBe(true);
      });

      it('extracts the body and metadata the fixture expects, by the declared URL', () => {
        const expected = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Expected;
        const a = run(readFileSync(`${base}.html`, 'utf8'), expected.url);
        expect(a.text.split('\n\n')).toEqual(expected.paragraphs);
        expect(a.title).toBe(expected.title);
        expect(a.authors).toEqual(expected.authors);
        if (expected.published) expect(a.published).toBe(expected.published);
        for (const n of expected.notes ?? []) expect(a.notes).toContain(n);
        expect(a.notes).toContain(`text: site rule ${rule.host}`);
      });

      it('finds the rule by the page\'s canonical URL when none is declared', () => {
        const a = run(readFileSync(`${base}.html`, 'utf8'));
        expect(a.notes).toContain(`text: site rule ${rule.host}`);
      });
    });
  }

  it('reads a rule\'s metadata from a page nested 100k deep without the parser slowing with depth', () => {
    const deep = `<link rel="canonical" href="https://www.themoscowtimes.com/2024/05/14/x"><div class="article__byline">${'<span>'.repeat(100_000)}<time datetime="2024-05-14">May 14</time>${'</span>'.repeat(100_000)}</div>`;
    const started = performance.now();
    const a = run(deep);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(a.notes.some((n) => n.includes('site rule themoscowtimes.com found no body'))).toBe(true);
  });

  it('leaves pages of other hosts to the generic path', () => {
    const html = readFileSync(join(SITES_DIR, 'apnews.com.html'), 'utf8').replace(/apnews\.com/g, 'wire.example');
    const a = run(html, 'https://wire.example/article/x');
    expect(a.notes.some((n) => n.includes('site rule'))).toBe(false);
  });
});
