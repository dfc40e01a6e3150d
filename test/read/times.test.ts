import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/read/times.js';
import { tenseAt } from '../../src/read/time-tense.js';
import { splitSentences } from '../fixtures/read/statements/helpers.js';

interface Case {
  family: string;
  text: string;
  published: string | null;
  expect: [string, string, string][];
}

const cases = JSON.parse(readFileSync(new URL('../fixtures/read/times/cases.json', import.meta.url), 'utf8')) as Case[];

const run = (text: string, published: string | null) => findTimes(text, splitSentences(text), published);
const triples = (text: string, published: string | null) => run(text, published).map((t) => [t.text, t.type, t.value]);
const valueOf = (text: string, published: string | null, phrase: string) => run(text, published).find((t) => t.text === phrase)?.value;

describe('findTimes by family', () => {
  for (const c of cases) {
    it(`${c.family}: ${c.text}`, () => {
      expect(triples(c.text, c.published)).toEqual(c.expect);
    });
  }

  it('accepts a date-time as the reference', () => {
    expect(valueOf('They met yesterday.', '2022-02-17T09:30:00+03:00', 'yesterday')).toBe('2022-02-16');
  });

  it('resolves weeks across a year boundary', () => {
    expect(valueOf('It rained last week.', '2021-01-05', 'last week')).toBe('2020-W53');
  });

  it('a month-day shortly ahead of publication looks forward', () => {
    expect(valueOf('The summit is set for March 1.', '2022-02-17', 'March 1')).toBe('2022-03-01');
  });

  it('leaves relative expressions unresolved without a reference', () => {
    expect(valueOf('It happened last week.', null, 'last week')).toBe('PAST_REF');
    expect(valueOf('He left on Thursday.', null, 'Thursday')).toBe('XXXX-WXX-4');
  });
});

const seed = (name: string) => readFileSync(new URL(`../../examples/security-guarantees/${name}`, import.meta.url), 'utf8');

describe('clause tense', () => {
  it('reads the cue nearest before the expression, else the first after it', () => {
    const text = 'Moscow said the troops left on Monday and will return on Friday.';
    const at = (w: string) => tenseAt(text, 0, text.length, text.indexOf(w), w.length);
    expect(at('Monday')).toBe('past');
    expect(at('Friday')).toBe('future');
    expect(tenseAt('On Tuesday, the ministers met.', 0, 30, 3, 7)).toBe('past');
    expect(tenseAt('The summit is on Tuesday.', 0, 25, 17, 7)).toBe(null);
  });
});

describe('findTimes on the seed articles', () => {
  it('004: dates resolved against 2022-02-17', () => {
    const text = seed('004_d99e5f2553e52203.txt');
    const found = new Map(run(text, '2022-02-17').map((t) => [t.text, t.value]));
    expect(found.get('December 17')).toBe('2021-12-17');
    expect(found.get('January 26')).toBe('2022-01-26');
    expect(found.get('February 17')).toBe('2022-02-17');
    expect(found.get('January')).toBe('2022-01');
    expect(found.get('2014')).toBe('2014');
    expect(found.get('1994')).toBe('1994');
    expect(found.get('1991')).toBe('1991');
    expect(found.get('1997')).toBe('1997');
  });

  it('000: dates, season, past reference and duration; Resolution 2022 is not a year', () => {
    const text = seed('000_e65738cb91f1e9d0.txt');
    const times = run(text, '2022-02-17');
    const found = new Map(times.map((t) => [t.text, t]));
    expect(found.get('February 15')?.value).toBe('2022-02-15');
    expect(found.get('last fall')?.value).toBe('2021-FA');
    expect(found.get('less than three years')).toMatchObject({ type: 'DURATION', value: 'P3Y' });
    // TimeML leaves bare "earlier" unannotated ("Lavrov announced earlier that ...").
    expect(times.some((t) => /^earlier$/i.test(t.text))).toBe(false);
    const resolution = text.indexOf('Resolution 2022') + 'Resolution '.length;
    expect(times.some((t) => t.start <= resolution && resolution < t.end)).toBe(false);
  });
});

describe('findTimes properties', () => {
  it('never throws; spans match the text; types are TimeML', () => {
    const pieces = fc.constantFrom('on December 17', 'last week', 'in 2014', ' ', '. ', '\n', 'every week', 'three years',
      'Resolution 2022', 'at 10:00', 'Thursday', 'now', 'the 1990s', 'mid-', 'May', 'ago', 'since last fall');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), pieces), { maxLength: 12 }), fc.option(fc.constantFrom('2022-02-17', '2021-01-03T10:00:00Z', 'garbage')), (parts, published) => {
        const text = parts.join('');
        for (const t of findTimes(text, splitSentences(text), published)) {
          expect(t.text).toBe(text.slice(t.start, t.end));
          expect(['DATE', 'TIME', 'DURATION', 'SET']).toContain(t.type);
          expect(t.end).toBeGreaterThan(t.start);
        }
      }),
      { numRuns: 200 },
    );
  });
});
