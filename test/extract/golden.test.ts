import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, metaOf, pageNames, PAGES_DIR } from './golden-pages.js';

// Regenerate with `npx tsx scripts/regenerate-extract-golden.ts` and review the diff.
describe('golden pages', () => {
  const names = pageNames();
  it('has the fixture pages', () => {
    expect(names.length).toBeGreaterThanOrEqual(6);
  });
  for (const name of names) {
    it(name, () => {
      const a = extractPage(name);
      expect(a.text).toBe(readFileSync(join(PAGES_DIR, name, 'expected.txt'), 'utf8').replace(/\n$/, ''));
      expect(metaOf(a)).toEqual(JSON.parse(readFileSync(join(PAGES_DIR, name, 'expected-meta.json'), 'utf8')));
    });
  }

  // Independent of the golden files: what each page is there to show.
  it('pages carry the metadata each was built to exercise', () => {
    const by = Object.fromEntries(names.map((n) => [n, extractPage(n)]));
    expect(by['jsonld-news']).toMatchObject({ authors: ['Maria Petrova', "James O'Neill"], published: '2022-02-17T18:05:00+03:00', site: 'World Courier' });
    expect(by['og-only']).toMatchObject({ title: 'Moscow hands Washington written reaction', published: '2022-02-17T15:40:00Z', authors: ['Anna Smirnova', 'Ivan Orlov'] });
    expect(by['russian']).toMatchObject({ language: 'ru', published: '2022-02-17', authors: ['Елена Смирнова'] });
    expect(by['url-date']).toMatchObject({ published: '2022-02-17', url: 'https://capitalwatch.example/2022/02/17/deputy-us-ambassador-expelled-from-moscow/' });
    expect(by['blog']).toMatchObject({ published: '2022-02-19T08:30:00+00:00', authors: ['kate'], site: 'Notes from the Steppe' });
    const heavy = by['chrome-heavy'];
    expect(heavy?.text).not.toMatch(/cookies|Most read|Comments|Share this|Follow us|ivan77/);
    expect(heavy?.text).toContain('Western officials said');
    expect(by['jsonld-news']?.text).not.toMatch(/Photo:|Read more|Related stories|Facebook/);
    expect(by['jsonld-news']?.text).toContain('\n\nNo plans to invade\n\n');
  });
});
