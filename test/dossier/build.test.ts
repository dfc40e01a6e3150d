import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDossier, dossierSchema, type AnalyzedArticle } from '../../src/dossier/index.js';
import { dossierJsonSchema } from '../../src/dossier/json-schema.js';
import { precisionOf } from '../../src/dossier/timeline.js';
import type { Actor, Article, Reading, Span } from '../../src/types.js';

const span = (text: string, part: string, from = 0): Span => {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length };
};

const ministry: Actor = { id: 'russian-foreign-ministry', name: 'Russian Foreign Ministry', type: 'organization', kind: 'ministry', aliases: ['Foreign Ministry'], roles: [], code: null, partOf: 'russia' };

function article(input: string, site: string, text: string, published = '2022-02-17'): Article {
  return { input, url: null, title: null, authors: [], published, site, language: 'en', text, notes: [] };
}

const textA = 'On December 17, the Foreign Ministry published draft treaties on security guarantees. "The issue of Crimea is closed for good," the Foreign Ministry said. Gorman was expelled from Moscow on Thursday morning.';
const textB = 'The ministry published draft treaties on security guarantees on December 17. "The issue of Crimea is closed for good," the ministry concluded. The Bucharest formula should be withdrawn by the alliance.';

function reading(text: string, quote: string, dateText: string, value: string): Reading {
  const sentences = text.split(/(?<=\.)\s+/).reduce<Span[]>((acc, s) => {
    const start = text.indexOf(s, acc.at(-1)?.end ?? 0);
    acc.push({ start, end: start + s.length });
    return acc;
  }, []);
  const q = span(text, quote);
  const mention = span(text, text.includes('Foreign Ministry') ? 'Foreign Ministry' : 'ministry');
  return {
    sentences,
    actors: [ministry],
    mentions: [{ ...mention, actor: ministry.id }],
    quotes: [{ source: null, cue: null, content: q, speaker: ministry.id, direct: true }],
    times: [{ ...span(text, dateText), text: dateText, type: 'DATE', value }],
    statements: [{ actor: ministry.id, type: 'REJECT', target: null, trigger: span(text, 'closed'), sentence: sentences[1]!, negated: false, modality: 'asserted' }],
  };
}

const a: AnalyzedArticle = { article: article('a.txt', 'Outlet A', textA), reading: reading(textA, 'The issue of Crimea is closed for good,', 'December 17', '2021-12-17') };
const b: AnalyzedArticle = { article: article('b.txt', 'Outlet B', textB), reading: reading(textB, 'The issue of Crimea is closed for good,', 'December 17', '2021-12-17') };

function dossier() {
  const sa = a.reading.sentences;
  const sb = b.reading.sentences;
  return buildDossier({
    articles: [a, b],
    linkage: {
      stories: [{ id: 's1', articles: ['a.txt', 'b.txt'], reasons: ['shared actors: Russian Foreign Ministry'] }],
      reuse: [{ a: 'a.txt', b: 'b.txt', passages: [{ a: span(textA, 'The issue of Crimea is closed for good,'), b: span(textB, 'The issue of Crimea is closed for good,'), similarity: 1 }] }],
    },
    claims: {
      s1: [
        { members: [{ article: 'a.txt', sentence: sa[0]! }, { article: 'b.txt', sentence: sb[0]! }], cohesion: 0.7 },
        { members: [{ article: 'a.txt', sentence: sa[1]! }, { article: 'b.txt', sentence: sb[1]! }], cohesion: 0.9 },
        { members: [{ article: 'a.txt', sentence: sa[2]! }], cohesion: 1 },
        { members: [{ article: 'b.txt', sentence: sb[2]! }], cohesion: 1 },
      ],
    },
    problems: [{ input: 'bad.bin', message: 'bad.bin: looks like a binary file' }],
    toolVersion: '0.0.0-test',
  });
}

describe('buildDossier', () => {
  it('produces a dossier that validates against the published schema', () => {
    expect(() => dossierSchema.parse(dossier())).not.toThrow();
  });

  it('lists claims both outlets carry first, and what each outlet alone carries', () => {
    const story = dossier().stories[0]!;
    expect(story.claims.map((c) => c.outlets.length)).toEqual([2, 2, 1, 1]);
    expect(story.shared).toEqual(['s1-c1', 's1-c2']);
    expect(story.unique).toEqual([
      { outlet: 'Outlet A', claims: ['s1-c3'] },
      { outlet: 'Outlet B', claims: ['s1-c4'] },
    ]);
    expect(story.claims.find((c) => c.text.includes('Gorman'))!.outlets).toEqual(['Outlet A']);
    expect(story.claims.find((c) => c.text.includes('Crimea'))!.speaker).toBe('russian-foreign-ministry');
  });

  it('groups quotes by speaker and merges actors and their positions across articles', () => {
    const story = dossier().stories[0]!;
    expect(story.quotes).toHaveLength(1);
    expect(story.quotes[0]!.name).toBe('Russian Foreign Ministry');
    expect(story.quotes[0]!.quotes.map((q) => q.article)).toEqual(['a.txt', 'b.txt']);
    const actor = story.actors[0]!;
    expect(actor.articles).toEqual(['a.txt', 'b.txt']);
    expect(actor.mentions).toBe(2);
    expect(actor.positions.map((p) => [p.type, p.evidence.article])).toEqual([['REJECT', 'a.txt'], ['REJECT', 'b.txt']]);
  });

  it('merges a dated event carried by two outlets into one timeline entry with both sources', () => {
    const story = dossier().stories[0]!;
    expect(story.timeline).toHaveLength(1);
    expect(story.timeline[0]).toMatchObject({ date: '2021-12-17', precision: 'day', expression: 'December 17' });
    expect(story.timeline[0]!.sources.map((s) => s.article)).toEqual(['a.txt', 'b.txt']);
  });

  it('tells two outlets quoting one statement from copying', () => {
    const reuse = dossier().stories[0]!.reuse[0]!;
    expect(reuse.relation).toBe('shared-source');
    expect(reuse.origin).toBeNull();
    expect(reuse.passages[0]!.textA).toBe('The issue of Crimea is closed for good,');
  });

  it('keeps input problems', () => {
    expect(dossier().problems).toEqual([{ input: 'bad.bin', message: 'bad.bin: looks like a binary file' }]);
  });
});

describe('timeline precision', () => {
  it.each([
    ['2021-12-17', 'day'], ['2022-W07', 'week'], ['2022-01', 'month'], ['2021-FA', 'season'], ['2014', 'year'], ['199', 'decade'],
    ['PRESENT_REF', null], ['P3Y', null], ['XXXX-12-17', null],
  ])('%s → %s', (value, precision) => expect(precisionOf(value)).toBe(precision));
});

describe('published JSON Schema', () => {
  it('is current with the validators (regenerate with npm run schema)', () => {
    const committed = JSON.parse(readFileSync('schema/dossier.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(dossierJsonSchema())));
  });
});

describe('omitted claims', () => {
  it('names the outlet that leaves out a claim most others carry, and never counts a two-outlet split', async () => {
    const { omittedClaims } = await import('../../src/dossier/claims.js');
    const claim = (id: string, outlets: string[]) => ({ id, text: id, speaker: null, articles: outlets, outlets, evidence: [] });
    const claims = [claim('c1', ['A', 'B', 'C']), claim('c2', ['A', 'B']), claim('c3', ['A'])];
    expect(omittedClaims(claims, ['A', 'B', 'C', 'D'])).toEqual([
      { outlet: 'C', claims: ['c2'] },
      { outlet: 'D', claims: ['c1', 'c2'] },
    ]);
    expect(omittedClaims([claim('c1', ['A'])], ['A', 'B'])).toEqual([]);
  });
});

describe('quote display text', () => {
  it.each([
    ['“Of course, we will publish this document,”', 'Of course, we will publish this document'],
    ['that the American side did not give a constructive response', 'the American side did not give a constructive response'],
    ['"No force or threat of force was used."', 'No force or threat of force was used.'],
    ['“', '“'],
  ])('%s → %s', async (content, shown) => {
    const { quoteDisplayText } = await import('../../src/dossier/quotes.js');
    expect(quoteDisplayText(content)).toBe(shown);
  });

  it('trims in linear time a quote holding a long run of marks (hostile input made a regex quadratic here)', async () => {
    const { quoteDisplayText } = await import('../../src/dossier/quotes.js');
    const inner = ' ,'.repeat(200_000);
    expect(quoteDisplayText(`“a${inner} b,”`)).toBe(`a${inner} b`);
  });
});

describe('conflicts', () => {
  it('ties disagreeing sentences to their claim, with the sentences as evidence', async () => {
    const { buildConflicts } = await import('../../src/dossier/claims.js');
    const story = dossier().stories[0]!;
    const claim = story.claims.find((c) => c.outlets.length === 2)!;
    const members = claim.evidence.map((e) => ({ article: e.article, sentence: e.sentence }));
    const index = new Map([a, b].map((x) => [x.article.input, x]));
    const [conflict] = buildConflicts([{ members, kind: 'date', values: ['2021-12-17', '2021-12-18'] }], story.claims, index);
    expect(conflict!.claim).toBe(claim.id);
    expect(conflict!.evidence.map((e) => e.article)).toEqual(['a.txt', 'b.txt']);
    expect(conflict!.evidence[0]!.text).toBe(claim.evidence[0]!.text);
  });
});

describe('claim speakers', () => {
  it('finds every attributed quote a claim sentence overlaps, long quotes included, ties to the first quote', () => {
    const text = 'First sentence here with several words. Second sentence here with several words. Third sentence here with several words. Fourth sentence here with several words.';
    const sentences = text.split(/(?<=\.)\s+/).map((s) => span(text, s));
    const person = (id: string): Actor => ({ id, name: id, type: 'person', kind: 'person', aliases: [], roles: [], code: null, partOf: null });
    const quote = (from: string, to: string, speaker: string | null) => ({
      source: null,
      cue: null,
      content: { start: span(text, from).start, end: span(text, to).end },
      speaker,
      direct: true,
    });
    const analyzed: AnalyzedArticle = {
      article: article('one.txt', 'Outlet', text),
      reading: {
        sentences,
        actors: [person('x'), person('y')],
        mentions: [],
        // A long quote over sentences 1–3 (listed second), a short one in sentence 2 (listed first), one unattributed.
        quotes: [quote('Second sentence', 'Second sentence', 'y'), quote('First sentence', 'Third sentence here', 'x'), quote('Fourth', 'Fourth', null)],
        times: [],
        statements: [],
      },
    };
    const d = buildDossier({
      articles: [analyzed],
      linkage: { stories: [{ id: 's1', articles: ['one.txt'], reasons: [] }], reuse: [] },
      claims: { s1: sentences.map((s) => ({ members: [{ article: 'one.txt', sentence: s }], cohesion: 1 })) },
      problems: [],
      toolVersion: 't',
    });
    const speakerOf = (start: string) => d.stories[0]!.claims.find((c) => c.text.startsWith(start))!.speaker;
    expect(speakerOf('First')).toBe('x');
    expect(speakerOf('Second')).toBe('y');
    expect(speakerOf('Third')).toBe('x');
    expect(speakerOf('Fourth')).toBeNull();
  });
});
