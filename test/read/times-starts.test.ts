import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyMask, startKeys, WordStarts } from '../../src/read/time-starts.js';
import { checkOpenings, matches } from '../../src/read/time-scan.js';
import { findTimes } from '../../src/read/times.js';
import { splitSentences } from '../../src/read/sentences.js';

const fixture = (p: string): string => readFileSync(new URL(p, import.meta.url), 'utf8');

describe('WordStarts', () => {
  it('lists ASCII letters and digits after no word character, by their first two characters', () => {
    const ws = new WordStarts('The_x then, 3 days\u00a0ago; éthe x2 Th');
    // Either case; "The_x": the underscore is a word character, so "x" after it starts nothing; "é" is not
    // one, so "the" after it starts a word.
    expect([...ws.candidates(startKeys(['th']))]).toEqual([0, 6, 25, 32]);
    expect([...ws.candidates(startKeys(['t']))]).toEqual([0, 6, 25, 32]);
    expect([...ws.candidates(startKeys(['3', 'ag', 'x']))]).toEqual([12, 19, 29]);
    expect([...ws.candidates(startKeys(['zz']))]).toEqual([]);
  });

  it('gives the same word starts by one pass with a key table as by gathering the groups', () => {
    const words = ['the', 'The', 'three', 'a', 'an', 'about', '3', '12', 'years', 'x_a', 'é', 'ago', 'of', 'Th', 'then', '7th'];
    const openings = ['th', 'a', '1', '3', 'ye', 'ag', 'x', 'of', 'zz', '7'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 80 }), fc.subarray(openings, { minLength: 1 }), (parts, o) => {
      const ws = new WordStarts(parts.join(' '));
      const keys = startKeys(o);
      expect([...ws.candidates(keys, keyMask(keys))]).toEqual([...ws.candidates(keys)]);
    }), { numRuns: 300 });
  });

  it('rejects openings that are not one or two letters or digits', () => {
    expect(() => startKeys(['the'])).toThrow();
    expect(() => startKeys(['t '])).toThrow();
    expect(() => startKeys(['_'])).toThrow();
  });
});

describe('matches with openings', () => {
  const words = ['the', 'The', 'three', 'a', 'an', 'about', '3', '12', 'years', 'days', 'ago', 'earlier', 'x_a', 'é', 'a_', 'over',
    'past', 'Monday', 'mid-2020', '1999', 'summer', ' ', '  ', '\u00a0', '\n', ',', '.', '-', "'s", 'couple', 'of', 'few'];
  const src = '\\b(?:(?:over|about)[ \\t\\u00a0]+)?(?:the[ \\t\\u00a0]+past[ \\t\\u00a0]+)?(\\d+|three|an?|a\\s+couple\\s+of|few)[- \\t\\u00a0]+(years?|days?)(?:[ \\t\\u00a0]+(?:ago|earlier))?\\b';
  const openings = ['ov', 'ab', 'th', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'fe'];
  const scan = (text: string, o?: string[]): string[] => [...matches(text, src, 'gi', undefined, o)].map((m) => `${m.index}:${m[0]}`);

  it('yields what the global scan yields', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
      const text = parts.join(' ');
      expect(scan(text, openings)).toEqual(scan(text));
    }), { numRuns: 300 });
  });

  it('misses matches that open with a word not listed (so openings must list them all)', () => {
    const only = (o: string[]): string[] => [...matches('three years ago', `\\b(?:three|over) years(?!\\u0000${o.join('')})`, 'gi', undefined, o)].map((m) => m[0]);
    expect(only(['ov'])).toEqual([]);
    expect(only(['th'])).toEqual(['three years']);
  });

  it('allows nested scans of different texts', () => {
    const out: string[] = [];
    for (const a of matches('a1 b2 a3', 'a\\d', 'g', undefined, ['a'])) for (const b of matches('b1 a2', '[ab]\\d', 'g', undefined, ['b'])) out.push(a[0] + b[0]);
    expect(out).toEqual(['a1b1', 'a3b1']);
  });
});

// Every rule's openings checked against a global scan of its pattern (checkOpenings throws on a miss), over
// texts full of time expressions.
describe('time rule openings', () => {
  beforeAll(() => checkOpenings(true));
  afterAll(() => checkOpenings(false));

  it('miss no match of any rule in the fixtures and the examples', () => {
    const cases = JSON.parse(fixture('../fixtures/read/times/cases.json')) as { text: string; published?: string }[];
    const texts = [
      ...cases.map((c) => [c.text, c.published ?? null] as const),
      [fixture('../../examples/security-guarantees/000_e65738cb91f1e9d0.txt'), '2022-02-18'] as const,
      [fixture('../../examples/security-guarantees/004_d99e5f2553e52203.txt'), null] as const,
    ];
    for (const [text, published] of texts) expect(() => findTimes(text, splitSentences(text), published)).not.toThrow();
  });

  it('miss no match in texts made of time phrases', () => {
    const frags = ['the past two weeks', 'three years ago', 'a year earlier', 'about 20 minutes', 'last week', 'next Monday',
      'early 2014', 'the late 1990s', 'the summer of 1995', 'every Tuesday', 'twice a month', 'annually.', 'daily life',
      'now', 'currently', 'recently', 'in the past', 'recent years', 'the coming months', 'the future', 'the near term',
      'will soon', 'at 10:35 a.m.', '14:30 GMT', 'noon', 'the year-ago quarter', 'the same period last year',
      'the third quarter', 'the 1988 second quarter', 'nineteen ninety-six', 'the winter', 'the first half of 1989',
      'the year', 'that month', 'the following year', 'by year-end', 'the weekend', 'Christmas Day', 'last Thanksgiving',
      'today', 'yesterday afternoon', 'tonight', 'mid-afternoon', 'it is the eighth day', 'the 21st century', 'the nineties',
      "the '80s", 'January this year', 'last December', 'every May', 'for years', 'for a while', 'the weeks ahead',
      'the first hours', 'a couple of days', 'several months', 'the day before yesterday', 'Tuesday nights', 'he said', 'of',
      'in', 'on', ',', '.', '\n', '\u00a0', 'a_', 'x2020', '№ 2020'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...frags), { minLength: 1, maxLength: 30 }), fc.boolean(), (parts, dated) => {
      const text = parts.join(' ');
      expect(() => findTimes(text, splitSentences(text), dated ? '2022-02-17' : null)).not.toThrow();
    }), { numRuns: 150 });
  });
});
