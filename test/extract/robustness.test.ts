import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentTooLargeError, extract } from '../../src/extract/index.js';
import type { Article, SourceFormat } from '../../src/types.js';

function check(a: Article): void {
  expect(typeof a.text).toBe('string');
  for (const v of [a.url, a.title, a.published, a.site, a.language]) expect(v === null || typeof v === 'string').toBe(true);
  expect(a.authors.every((x) => typeof x === 'string')).toBe(true);
  expect(a.notes.every((x) => typeof x === 'string')).toBe(true);
}

const htmlish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom('<p>', '</p>', '<div class="byline">By ', '<script type="application/ld+json">{"@type":"NewsArticle",', '</script>', '<meta property="og:title" content="', '">', '<time datetime="2022-13-45">', '&amp;', '&#x1F600;', '<!--', '<html lang="xx-YY">', '<title>', ' | ', '</title>', '<br>', '<h1>', '</div>'),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

describe('extract on arbitrary input', () => {
  it('never throws and returns strings, for every format', () => {
    fc.assert(
      fc.property(htmlish, fc.constantFrom<SourceFormat>('html', 'text', 'markdown'), (content, format) => {
        check(extract({ input: 'x', origin: 'x', format, content, meta: {} }, { now: '2022-03-01' }));
      }),
      { numRuns: 150 },
    );
  });
});

describe('hostile HTML', () => {
  it('finishes on 100k-deep nesting and keeps the text', () => {
    const content = `<html><body>${'<div>'.repeat(100_000)}<p>Deep text survives here.</p>${'<span><b>'.repeat(20_000)}`;
    const t = Date.now();
    const a = extract({ input: 'deep', origin: 'deep', format: 'html', content, meta: {} });
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(a.text).toContain('Deep text survives here.');
    expect(a.notes.some((n) => n.includes('nesting too deep'))).toBe(true);
  });

  it('stays linear on one long run of text split by entities', () => {
    const content = `<p>${'x &amp; '.repeat(200_000)}</p>`;
    const t = Date.now();
    const a = extract({ input: 'ent', origin: 'ent', format: 'html', content, meta: {} });
    expect(Date.now() - t).toBeLessThan(5_000);
    expect(a.text.startsWith('x & x & ')).toBe(true);
  });

  it('finishes on unclosed tags, stray closers and broken attributes', () => {
    const content = '<html><head><title>T</title><body>' + '<p>One <b>two <i>three <p>Four</div></span><a href="x>five <table><tr><td>six"> seven'.repeat(2000);
    const a = extract({ input: 'x', origin: 'x', format: 'html', content, meta: {} });
    check(a);
    expect(a.text.length).toBeGreaterThan(0);
  });

  it('handles an empty page and a page of only scripts', () => {
    check(extract({ input: 'e', origin: 'e', format: 'html', content: '', meta: {} }));
    const a = extract({ input: 's', origin: 's', format: 'html', content: '<script>var x = "<p>not text</p>";</script><style>p{}</style>', meta: {} });
    expect(a.text).toBe('');
  });
});

describe('large input', () => {
  it('finishes on a 10 MB attribute value', () => {
    const content = `<html><body><div data-x="${'a'.repeat(10_000_000)}"><p>Text after a huge attribute, long enough to count as the body of the page.</p></div></body></html>`;
    const t = Date.now();
    const a = extract({ input: 'attr', origin: 'attr', format: 'html', content, meta: {} });
    expect(Date.now() - t).toBeLessThan(10_000);
    expect(a.text).toContain('Text after a huge attribute');
  });

  // Every block of this shape is kept as body and line-checked (about 0.5 s per MB); 5 MB shows the path
  // stays linear, and pages over the extract cap (20M characters by default) are refused before parsing.
  it('finishes on a 5 MB page', () => {
    const chunk = '<div class="item"><p>Paragraph of filler text, with commas, repeated to make a very large page.</p><a href="/x">link</a></div>';
    const content = `<html><body>${chunk.repeat(Math.ceil(5_000_000 / chunk.length))}</body></html>`;
    const t = Date.now();
    const a = extract({ input: 'big', origin: 'big', format: 'html', content, meta: {} });
    expect(Date.now() - t).toBeLessThan(30_000);
    expect(a.text.length).toBeGreaterThan(0);
  }, 40_000);

  it('refuses a 50 MB page at once with a clear error, and the cap is configurable', () => {
    const chunk = '<div class="item"><p>Paragraph of filler text, with commas, repeated to make a very large page.</p><a href="/x">link</a></div>';
    const content = `<html><body>${chunk.repeat(Math.ceil(50_000_000 / chunk.length))}</body></html>`;
    const doc = { input: 'huge', origin: 'huge', format: 'html' as const, content, meta: {} };
    const t = Date.now();
    expect(() => extract(doc)).toThrow(DocumentTooLargeError);
    expect(() => extract(doc)).toThrow(/too large \(document of \d+ characters, over the 20000000-character limit for extract\)/);
    expect(Date.now() - t).toBeLessThan(2_000);
    const small = { ...doc, content: content.slice(0, 5_000) };
    expect(() => extract(small, { maxChars: 4_000 })).toThrow(DocumentTooLargeError);
    expect(extract(small, { maxChars: 5_000 }).text).toContain('Paragraph of filler text');
    // Plain text is capped the same way.
    expect(() => extract({ ...small, format: 'text' }, { maxChars: 100 })).toThrow(/over the 100-character limit/);
  });
});
