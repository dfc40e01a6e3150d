import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { SourceDocument } from '../../src/types.js';

const SEEDS = 'examples/security-guarantees';

function seed(name: string): SourceDocument {
  return { input: name, origin: name, format: 'text', content: readFileSync(`${SEEDS}/${name}`, 'utf8'), meta: {} };
}

describe('seed 000 (scraped page with chrome)', () => {
  const a = extract(seed('000_e65738cb91f1e9d0.txt'));

  it('removes the page chrome', () => {
    for (const chrome of ['Home »', 'by alex', 'Photo: Alexey Kudenko', 'You may also like', 'Leave a Comment', 'KortunovDirector']) {
      expect(a.text).not.toContain(chrome);
    }
  });

  it('keeps body headings, the pull quote and the body', () => {
    expect(a.text).toContain('\n\nRussia again denied allegations of preparing an invasion of Ukraine\n\n');
    expect(a.text).toContain('If Russia agrees with its allies and partners in Latin America');
    expect(a.text).toContain('The document was presented by RIA Novosti.');
    expect(a.text).toContain('Moscow expects NATO to formally refuse to expand eastward');
    expect(a.text.endsWith('the expert emphasized.')).toBe(true);
  });

  it('takes the title from the breadcrumb and does not repeat it in the body', () => {
    expect(a.title).toBe('Foreign Ministry releases reaction to US response on security guarantees');
    expect(a.text.startsWith('Foreign Ministry publishes Russia')).toBe(true);
    expect(a.notes).toContain('title: from breadcrumb');
  });

  it('records what it removed and infers no date', () => {
    expect(a.notes[0]).toMatch(/^removed 6 page-chrome lines: breadcrumb, byline, photo credit/);
    expect(a.published).toBeNull();
    expect(a.language).toBe('en');
    expect(a.authors).toEqual(['alex']);
  });
});

describe('seed 004 (RT, inline promo)', () => {
  const a = extract(seed('004_d99e5f2553e52203.txt'));

  it('removes the "Also on" promo and keeps every other paragraph', () => {
    expect(a.text).not.toContain('Also on russian.rt.com');
    expect(a.text).toContain('\n\n"Invasion" of Ukraine\n\n');
    const inLines = seed('004_d99e5f2553e52203.txt').content.split('\n').filter((l) => l.trim()).length;
    expect(a.text.split('\n\n')).toHaveLength(inLines - 1);
  });

  it('has no title, date or author to infer', () => {
    expect(a.title).toBeNull();
    expect(a.published).toBeNull();
    expect(a.authors).toEqual([]);
  });

  it('lets declared metadata win', () => {
    const doc = seed('004_d99e5f2553e52203.txt');
    const b = extract({ ...doc, meta: { title: 'RT report', published: '2022-02-17', outlet: 'RT', language: 'en-US', url: 'https://russian.rt.com/x' } });
    expect(b).toMatchObject({ title: 'RT report', published: '2022-02-17', site: 'RT', language: 'en', url: 'https://russian.rt.com/x', input: doc.input });
    expect(b.notes).toContain('published: declared');
  });
});
