import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { heldoutDocs, heldoutText, loadHeldoutEntries } from '../../bench/ner-heldout.js';
import { entitiesOf, f1, loadNerDocs, scoreNer } from '../../bench/ner.js';
import { repoRoot } from './helpers.js';
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

describe('held-out NER sample (annotations only, text read by path)', () => {
  const root = join(repoRoot, 'test/fixtures/read/actors-heldout');
  const entries = loadHeldoutEntries(join(root, 'annotations.json'));

  it('reads plain files and JSON-lines records and scores them like the own sample', () => {
    const docs = heldoutDocs(root, entries);
    expect(docs.map((d) => [d.name, d.split])).toEqual([
      ['plain.txt', 'tune'],
      ['records.jsonl#a', 'check'],
      ['records.jsonl#b', 'check'],
    ]);
    expect(docs[1]!.text).toBe('Angela Merkel visited Paris on Monday.');
    const counts = scoreNer(docs);
    expect(counts.all.gold).toBe(8);
    expect(f1(counts.all).f).toBe(100);
  });

  it('refuses a text that is not the annotated one', () => {
    expect(() => heldoutText(root, { ...entries[0]!, sha256: '0000000000000000' })).toThrow(/not the annotated text/);
    expect(() => heldoutText(root, { ...entries[1]!, value: 'missing' })).toThrow(/no text/);
  });

  it('keeps the real annotation file well-formed: sorted, non-overlapping spans of known types', () => {
    const real = loadHeldoutEntries();
    expect(real.length).toBeGreaterThanOrEqual(20);
    expect(real.reduce((n, e) => n + e.entities.length, 0)).toBeGreaterThanOrEqual(400);
    for (const e of real) {
      expect(['tune', 'check']).toContain(e.split);
      let end = -1;
      for (const [s, t, type] of e.entities) {
        expect(s).toBeGreaterThanOrEqual(end);
        expect(t).toBeGreaterThan(s);
        expect(['PER', 'ORG', 'LOC']).toContain(type);
        end = t;
      }
    }
  });
});
