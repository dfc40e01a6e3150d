import { describe, expect, it } from 'vitest';
import { entitiesOf, f1, loadNerDocs, scoreNer } from '../../bench/ner.js';
import { read } from '../../src/read/index.js';

describe('named entities from actors and mentions', () => {
  it('scores the hand-annotated excerpts above a floor per type', () => {
    const counts = scoreNer(loadNerDocs());
    for (const t of ['PER', 'ORG', 'LOC'] as const) expect(f1(counts[t]).f).toBeGreaterThan(85);
    expect(f1(counts.all).f).toBeGreaterThan(90);
  });

  it('types people, organisations and places by their actor', () => {
    const text = 'Sen. Ted Cruz of Texas met officials of the Bank of Japan and Apple Inc. in Des Moines on Monday.';
    const got = entitiesOf(text, read(text)).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    expect(got).toEqual(['PER:Ted Cruz', 'LOC:Texas', 'ORG:Bank of Japan', 'ORG:Apple Inc.', 'LOC:Des Moines']);
  });

  it('does not take a sentence dense with names for a title-case headline', () => {
    const text = 'German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin.';
    const got = entitiesOf(text, read(text)).map((e) => text.slice(e.start, e.end));
    expect(got).toContain('Angela Merkel');
    expect(got).toContain('Emmanuel Macron');
  });

  it('leaves descriptions and sentence-initial common words out', () => {
    const text = 'The ministry said on Monday that Police were called. Officials in Ohio declined to comment.';
    const got = entitiesOf(text, read(text)).map((e) => text.slice(e.start, e.end));
    expect(got).toEqual(['Ohio']);
  });
});
