import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chronoResults, cueWindows } from '../../src/read/time-chrono.js';
import { matches, TimePattern } from '../../src/read/time-scan.js';

const instant = new Date(Date.UTC(2022, 1, 17, 12));
const MONTH_OR_NUMERIC = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b/i;

/** The chrono results findTimes can keep (a stated month, a month word or numeric date, one line). */
function kept(rs: { index: number; text: string; start: chrono.ParsedComponents }[]): string[] {
  return rs.filter((r) => r.start.isCertain('month') && MONTH_OR_NUMERIC.test(r.text) && !r.text.includes('\n'))
    .map((r) => `${r.index}:${r.text}:${r.start.get('year')}-${r.start.get('month')}-${r.start.get('day')}`);
}

describe('chronoResults', () => {
  const texts = [
    readFileSync(new URL('../../examples/security-guarantees/000_e65738cb91f1e9d0.txt', import.meta.url), 'utf8'),
    readFileSync(new URL('../../examples/security-guarantees/004_d99e5f2553e52203.txt', import.meta.url), 'utf8'),
    'Talks ended.\n\nOn Monday,\nFeb. 3 the ministers met again.\nNothing else happened that day.',
    'The lease runs until the end of\nFebruary. A long line with nothing in it at all, just words and words.\n17\nFebruary 2022 was cold.',
    'Meetings: 10 a.m.\nMarch 4, 2021 and 2022-02-17 and 17.02.2022.\nNo dates here.\nSee 5/12/2016 at 14:30 GMT.',
  ];

  it('keeps what parsing the whole text keeps', () => {
    for (const text of texts) expect(kept(chronoResults(text, instant))).toEqual(kept(chrono.parse(text, { instant, timezone: 0 })));
  });

  it('keeps what parsing the whole text keeps, in long lines of dates and other words', () => {
    // Windows reach a fixed distance around each cue, so dates far apart in one line are parsed in separate
    // windows and a result near a window's edge widens it.
    const frags = ['the ministers met again', 'and nothing else happened that day', 'Feb. 3', 'March 4, 2021', 'on Tuesday',
      'at 10 a.m.', '2022-02-17', 'from Jan. 3 to Feb. 5', 'the night of Friday, Oct. 23', 'May', 'may', 'said', '17',
      'February 2022', 'until the end of', 'in the spring of 2020 and', ',', '.', '\n', 'between 5 and 7 p.m.',
      'Sunday, Feb. 6 at noon', 'a long stretch of words with no date in it whatsoever, going on'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...frags), { minLength: 1, maxLength: 40 }), (parts) => {
      const text = parts.join(' ');
      expect(kept(chronoResults(text, instant))).toEqual(kept(chrono.parse(text, { instant, timezone: 0 })));
    }), { numRuns: 120 });
  });

  it('does not parse around decimals, fractions and scores, only around numeric dates of three parts', () => {
    expect(chronoResults('Growth was 3.5 percent, up from 2.1; a 7/8 share; they won 3-1.', instant)).toEqual([]);
    const dated = chronoResults('Growth was 3.5 percent on 17.02.2022, up from 2.1 on 5/12/2016.', instant);
    expect(dated.map((r) => r.text)).toEqual(['17.02.2022', '5/12/2016']);
  });

  it('opens a window at every month name at a word start, in any case', () => {
    const at = (text: string): string[] => cueWindows(text).map(([s, e]) => text.slice(s, e));
    // Lower-case month names are mostly verbs, but "the end of may" is kept.
    expect(at('Officials may decide.\nA mar.')).toEqual(['Officials may decide.', 'A mar.']);
    expect(at('In May the Sept. talks ended')).toEqual(['In May the Sept. talks ended', 'In May the Sept. talks ended']);
    // Word starts only: "Mayor", "Xmay" and "summary" hold no month name.
    expect(at('The Mayor of Xmay gave a summary')).toEqual([]);
  });

  it('does not parse lines without a month name or numeric date', () => {
    expect(chronoResults('He met them on Monday at noon.\nThey left tomorrow.', instant)).toEqual([]);
  });
});

describe('matches', () => {
  const text = 'Three years ago, and two days EARLIER; then 5 weeks ago.';
  const scan = (src: string): string[] => [...text.matchAll(new RegExp(src, 'gi'))].map((m) => m[0]);

  it('yields what a global scan yields when a needed word is present, in any case', () => {
    const src = '\\b\\w+\\s+(?:years?|days?|weeks?)\\s+(?:ago|earlier)\\b';
    expect([...matches(text, src, 'gi', ['ago', 'earlier'])].map((m) => m[0])).toEqual(scan(src));
    expect([...matches(text, src, 'gi', ['earlier'])].map((m) => m[0])).toEqual(scan(src));
  });

  it('yields nothing when no needed word is in the text', () => {
    expect([...matches(text, '\\bago\\b', 'gi', ['century'])]).toEqual([]);
  });

  it('allows nested scans with the same pattern', () => {
    const out: string[] = [];
    for (const a of matches('x1 x2', 'x\\d')) for (const b of matches('x1 x2', 'x\\d')) out.push(a[0] + b[0]);
    expect(out).toEqual(['x1x1', 'x1x2', 'x2x1', 'x2x2']);
  });
});

describe('TimePattern', () => {
  const text = 'Three years ago, and two days EARLIER; then 5 weeks ago. The years ago.';
  const src = '\\b\\w+\\s+(?:years?|days?|weeks?)\\s+(?:ago|earlier)\\b';

  it('scans as the same source given on each call does, call after call', () => {
    const p = new TimePattern(src, 'gi', ['ago', 'earlier'], ['th', 'tw', '5']);
    const once = [...matches(text, src, 'gi', ['ago', 'earlier'], ['th', 'tw', '5'])].map((m) => `${m.index}:${m[0]}`);
    expect(once).toEqual(['0:Three years ago', '21:two days EARLIER', '44:5 weeks ago', '57:The years ago']);
    for (let k = 0; k < 3; k++) expect([...matches(text, p)].map((m) => `${m.index}:${m[0]}`)).toEqual(once);
  });

  it('allows nested scans with one pattern, with and without openings', () => {
    for (const p of [new TimePattern('x\\d', 'g'), new TimePattern('x\\d', 'g', null, ['x'])]) {
      const out: string[] = [];
      for (const a of matches('x1 x2', p)) for (const b of matches('x1 x2', p)) out.push(a[0] + b[0]);
      expect(out).toEqual(['x1x1', 'x1x2', 'x2x1', 'x2x2']);
    }
  });
});
