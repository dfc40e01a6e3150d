import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commaQuoteAtEnd, endBeforeSpace, isSpace, letterThenSpaceAtEnd, markAtEnd } from '../../src/read/quote-ends.js';
import { findQuotedSpans } from '../../src/read/quote-marks.js';
import { read } from '../../src/read/index.js';
import { ClauseBreaks, cutClause } from '../../src/read/quote-clauses.js';

/** Short strings over the characters the end tests care about, white space of every kind included. */
const pieces = ['a', 'é', 'Ж', '𝒜', '1', ',', ':', ';', '"', '”', '“', ' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\ud835'];
const snippet = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(''));

describe('end tests read backwards (quote-ends.ts)', () => {
  it('reads white space as \\s does, for every code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c.toString(16));
    expect(differ).toEqual([]);
  });

  it('agree with the $-anchored patterns they replace, on any stretch of any text', () => {
    fc.assert(
      fc.property(snippet, snippet, snippet, (pre, mid, post) => {
        const text = pre + mid + post;
        const from = pre.length;
        const to = pre.length + mid.length;
        const str = text.slice(from, to);
        expect(endBeforeSpace(text, from, to)).toBe(from + str.replace(/\s+$/, '').length);
        expect(markAtEnd(text, from, to, 44) >= 0).toBe(/,\s*$/.test(str));
        if (/,\s*$/.test(str)) expect(markAtEnd(text, from, to, 44)).toBe(from + str.replace(/,\s*$/, '').length);
        expect(markAtEnd(text, from, to, 58) >= 0).toBe(/:\s*$/.test(str));
        expect(commaQuoteAtEnd(text, from, to)).toBe(/,["”]?\s*$/.test(str));
        expect(letterThenSpaceAtEnd(text, from, to)).toBe(/\p{L}\s+$/u.test(str));
      }),
      { numRuns: 1000, seed: 8 },
    );
  });
});

// Inputs on which the quadratic versions ran for minutes: kept large so a regression shows as a hang caught by
// the test timeout; how fast they run is measured by the hostile bench (`npm run bench -- hostile`), not here.
describe('long sentences and runs stay linear', () => {
  it('steps over a run of apostrophes whole, keeping the double marks around it', () => {
    const run = "'".repeat(300_000);
    const text = `He said ''yes,'' then ${run} and ''no.''`;
    const spans = findQuotedSpans(text);
    expect(spans.map((s) => text.slice(s.open, s.close + 1))).toEqual(["''yes,''", "''no.''"]);
    // A run of four is no mark either, and three keep their nested single quote.
    expect(findQuotedSpans("a '''' b ''c'' d").map((s) => [s.open, s.close])).toEqual([[9, 13]]);
    expect(findQuotedSpans("''Fine,''' he said").map((s) => [s.open, s.close])).toEqual([[0, 9]]);
  });

  it('test a long prefix in time of its trailing white space, not its length', () => {
    const text = `${'x, y: z '.repeat(100_000)},  `;
    let hits = 0;
    // As `$`-anchored patterns, each call read the whole 800,000-character prefix: minutes for these calls.
    for (let k = 0; k < 20_000; k++) {
      hits += markAtEnd(text, 0, text.length, 44) >= 0 ? 1 : 0;
      hits += commaQuoteAtEnd(text, 0, text.length) ? 1 : 0;
      hits += letterThenSpaceAtEnd(text, 0, text.length - 3) ? 1 : 0;
    }
    expect(hits).toBe(60_000);
  });

  it('keeps the placements of "according to": opening, after a colon, after a comma, ending the sentence', () => {
    const at = (text: string) => read(text).quotes.map((q) => [q.cue && text.slice(q.cue.start, q.cue.end), text.slice(q.content.start, q.content.end)]);
    expect(at('But according to the ministry, the talks failed.')).toEqual([['according to', 'the talks failed']]);
    expect(at('In short:   according to the ministry, the talks failed.')).toEqual([['according to', 'the talks failed']]);
    expect(at('The talks failed,   according to the ministry.')).toEqual([['according to', 'The talks failed']]);
    expect(at('The talks failed on Friday   according to a count by The Associated Press.')).toEqual([['according to', 'The talks failed on Friday']]);
  });
});

describe('clause ends found once per text (ClauseBreaks)', () => {
  const words = ['he', 'said', 'and', 'but', 'noted', 'saying', 'according to', 'though', ',', ';', ' — ', ' -- ', ',”', ",''", ',"', 'it', 'was', 'also', 'added', 'butter', 'andy'];
  const sentence = fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((xs) => xs.join(' '));

  it('cuts every span of a text as the patterns read on the span alone do', () => {
    fc.assert(
      fc.property(sentence, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }), (text, picks) => {
        const breaks = new ClauseBreaks(text);
        for (const [a, b] of picks) {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          expect(cutClause(text, { start, end }, breaks)).toEqual(cutClause(text, { start, end }));
        }
      }),
      { numRuns: 1000, seed: 8 },
    );
  });

  it('cuts thousands of spans of one long sentence in time linear in its length', () => {
    const text = `The ministry published it. ${'"He said it was fine '.repeat(10_000)}.`;
    const breaks = new ClauseBreaks(text);
    // Each span runs to the sentence's end, as an attribution's content does: read from scratch each time,
    // these calls took seconds (quadratic); with the breaks found once, milliseconds.
    for (let at = 27; at < text.length; at += 21) expect(cutClause(text, { start: at, end: text.length }, breaks).end).toBe(text.length);
  });
});
