// Publication-date rules that weigh a page's date signals against each other, one fixture page each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agoFromCrawl, dayFirstByPage, headlineTimeFirst, originallyPublished, swappedDay } from '../../src/extract/date-page.js';
import { parseLight } from '../../src/extract/html-tree.js';
import { extract } from '../../src/extract/index.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extract', 'dates');

function page(name: string, now?: string) {
  const content = readFileSync(join(FIXTURES, name), 'utf8');
  return extract({ input: name, origin: name, format: 'html', content, meta: {} }, { now });
}

describe('publication date from a page', () => {
  it('reads a named publication meta before a bare "date" meta', () => {
    const a = page('meta-date-last.html');
    expect(a.published).toBe('2024-10-08T00:00:00-04:00');
    expect(a.notes).toContain('published: meta og:published_time');
  });

  it('takes the headline date when datePublished falls after dateModified (both stamp the last save)', () => {
    const a = page('published-after-modified.html');
    expect(a.published).toBe('2022-11-02');
    expect(a.notes.some((n) => n.startsWith('published: date by the headline'))).toBe(true);
  });

  it('takes the day a page says it was "originally published" over the date it shows by the headline', () => {
    const a = page('originally-published.html');
    expect(a.published?.slice(0, 10)).toBe('2019-09-26');
    expect(a.notes).toContain('published: stated "originally published" date');
  });

  it("prefers the <time> the headline shows over a sidebar's earlier ones", () => {
    expect(page('sidebar-times.html').published?.slice(0, 10)).toBe('2017-03-01');
  });

  it('reads an ambiguous numeric <time> day first when the page states that day in ISO form', () => {
    const a = page('day-first-time.html');
    expect(a.published).toBe('2025-12-02');
    expect(a.notes.some((n) => n.includes('day first'))).toBe(true);
  });

  it('keeps the start of a long date element, where the date is', () => {
    expect(page('long-date-element.html').published).toBe('2023-04-13');
  });

  it('reads a JSON-LD block a framework wrote into a meta tag', () => {
    const a = page('jsonld-in-meta.html');
    expect(a.published).toBe('2025-11-17T09:00:00-05:00');
    expect(a.notes).toContain('published: json-ld datePublished');
  });

  it('counts "3 days ago" back from the crawl time, and takes no date from it without one', () => {
    expect(page('relative-date.html', '2026-03-10T08:00:00Z').published).toBe('2026-03-07');
    expect(page('relative-date.html').published).toBeNull();
  });
});

describe('date-page helpers', () => {
  it('swaps day and month only when both could be either', () => {
    expect(swappedDay('2025-02-12')).toBe('2025-12-02');
    expect(swappedDay('2025-02-13')).toBeNull();
    expect(swappedDay('2025-05-05')).toBeNull();
  });
  it('reads day first only for a non-ISO form whose swap the page states and whose reading it does not', () => {
    expect(dayFirstByPage('2025-02-12', '02-12-2025', ['2025-12-02'])).toBe('2025-12-02');
    expect(dayFirstByPage('2025-02-12', '02-12-2025', ['2025-12-02', '2025-02-12'])).toBeNull();
    expect(dayFirstByPage('2025-02-12', '2025-02-12', ['2025-12-02'])).toBeNull();
    expect(dayFirstByPage('2025-02-12', '02-12-2025', [])).toBeNull();
  });
  it('reads only the words after "originally published"', () => {
    expect(originallyPublished(['Updated 3 March 2024. Originally published on the 21st of June 2017.'])).toBe('2017-06-21');
    expect(originallyPublished(['This story was originally published by The Conversation.'])).toBeNull();
  });
  it('moves the time of the headline day to the front, keeping the others in order', () => {
    const times = [{ datetime: 'a' }, { datetime: 'b' }, { datetime: 'c' }];
    const day = (raw: string): string => ({ a: '2025-01-01', b: '2025-01-02', c: '2017-03-01' })[raw] ?? '';
    expect(headlineTimeFirst(times, '2017-03-01', day).map((t) => t.datetime)).toEqual(['c', 'a', 'b']);
    expect(headlineTimeFirst(times, null, day).map((t) => t.datetime)).toEqual(['a', 'b', 'c']);
  });
  it('counts relative dates back from the crawl time by minutes, hours, days and weeks', () => {
    expect(agoFromCrawl('2 days ago', '2026-03-10T08:00:00Z')).toBe('2026-03-08');
    expect(agoFromCrawl('Posted 6 hours ago', '2026-03-10T04:00:00Z')).toBe('2026-03-09');
    expect(agoFromCrawl('an hour ago', '2026-03-10')).toBe('2026-03-10');
    expect(agoFromCrawl('1 week ago', '2026-03-10')).toBe('2026-03-03');
    expect(agoFromCrawl('3 months ago', '2026-03-10')).toBeNull();
    expect(agoFromCrawl('2 days ago', undefined)).toBeNull();
  });
});

describe('date elements found in the page pass', () => {
  it('captures the text of elements whose class or id names a date, and of bylines', () => {
    const classes = ['posted-on', 'timestamp', 'pub-date', 'entry-date', 'article-date', 'published', 'meta dates'];
    const html = `<body>${classes.map((c) => `<span class="${c}">March 3, 2025</span>`).join('')}<span class="plain">March 4, 2025</span></body>`;
    expect(parseLight(html).signals.visibleDates?.map((d) => d.hint)).toEqual(classes.map((c) => `visible ${c}`));
    expect(parseLight('<body><div id="x" class="Post-Author">Ann Lee</div><div class="writers-list">Bo Chen</div></body>').signals.bylines).toEqual(['Ann Lee', 'Bo Chen']);
  });
  it('keeps an "originally published" statement with the run after it', () => {
    const s = parseLight('<body><p>First.</p><p><em>Originally published</em> on March 3, 2019.</p><p>Next.</p></body>').signals;
    expect(s.originally).toEqual(['Originally published on March 3, 2019.']);
    expect(originallyPublished(s.originally ?? [])).toBe('2019-03-03');
  });
});

describe('the crawl time of a fetched page', () => {
  it('is the document’s retrieved time when no crawl date is passed', () => {
    const content = readFileSync(join(FIXTURES, 'relative-date.html'), 'utf8');
    const a = extract({ input: 'r', origin: 'r', format: 'html', content, meta: { retrieved: '2026-03-10T08:00:00Z' } });
    expect(a.published).toBe('2026-03-07');
    expect(a.notes.some((n) => n.includes('counted back from the crawl time'))).toBe(true);
  });
});
