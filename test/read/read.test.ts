import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';
import type { Reading, Span } from '../../src/types.js';
import { SEEDS, repoRoot, seed } from './helpers.js';

function checkSpans(text: string, r: Reading): void {
  const ok = (s: Span): boolean => Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= text.length;
  for (const s of r.sentences) expect(ok(s) && s.end > s.start).toBe(true);
  for (const m of r.mentions) expect(ok(m) && m.end > m.start).toBe(true);
  for (const q of r.quotes) {
    expect(ok(q.content) && q.content.end > q.content.start).toBe(true);
    if (q.source) expect(ok(q.source) && q.source.end > q.source.start).toBe(true);
    if (q.cue) expect(ok(q.cue)).toBe(true);
  }
}

describe('read', () => {
  it('matches the golden output for each seed (sentences, actors, mentions, quotes)', () => {
    for (const name of SEEDS) {
      const golden = JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/read/golden', `${name}.json`), 'utf8')) as Reading;
      const r = read(seed(name));
      expect({ sentences: r.sentences, actors: r.actors, mentions: r.mentions, quotes: r.quotes }, name).toEqual({
        sentences: golden.sentences,
        actors: golden.actors,
        mentions: golden.mentions,
        quotes: golden.quotes,
      });
    }
  });

  it('never throws on arbitrary strings and keeps every span inside the text', () => {
    const pieces = fc.constantFrom('“', '”', '"', '«', '»', '„', '.', ',', ' ', '\n', '\n\n', 'Moscow', 'said', 'the Foreign Ministry', 'Mr.', 'U.S.', 'Lavrov', 'that', 'the diplomat', 'According to', "'s", 'Kortunov');
    const arb = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join(' ')), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));
    fc.assert(
      fc.property(arb, (text) => {
        checkSpans(text, read(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is pure: the same text gives the same reading', () => {
    const t = seed(SEEDS[0]!);
    expect(read(t)).toEqual(read(t));
  });
});
