// Property tests: the analysis stages never throw on arbitrary input, every span indexes the text it was
// computed on, and the dossier's bookkeeping is consistent on generated small collections.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { read } from '../../src/read/index.js';
import { findReuse, link } from '../../src/link/index.js';
import { analyze } from '../../src/pipeline/index.js';
import type { Reading, SourceDocument, Span } from '../../src/types.js';
import type { Dossier } from '../../src/dossier/index.js';

const SEED = readFileSync(new URL('../../examples/security-guarantees/000_e65738cb91f1e9d0.txt', import.meta.url), 'utf8');
const SEED_RT = readFileSync(new URL('../../examples/security-guarantees/004_d99e5f2553e52203.txt', import.meta.url), 'utf8');
const SENTENCES = [...SEED.split(/(?<=[.!?])\s+/), ...SEED_RT.split(/(?<=[.!?])\s+/)].map((s) => s.trim()).filter((s) => s.length > 20 && s.length < 400);

/** Characters that stress tokenisers and regexes: quotes, dashes, controls, bidi, surrogates, markup. */
const NASTY = ['"', '“', '”', '«', '»', "'", '—', '-', '.', '…', ' ', '\n', '\t', '\u0000', '\u202e', '\u200b', '\ufeff', '\ud800', '\udc00', '😀', '<', '>', '&', 'A', 'Mr.', 'said', 'U.S.', '17 February', 'Ukraine', 'NATO'];

/** Arbitrary text: random strings, seed sentences cut and mixed, and runs of nasty tokens. */
const hostileText = fc.oneof(
  fc.string({ maxLength: 400, unit: 'binary' }),
  fc.array(fc.constantFrom(...NASTY), { maxLength: 200 }).map((parts) => parts.join('')),
  fc.tuple(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...NASTY), { maxLength: 30 }), fc.nat()).map(
    ([sentences, noise, at]) => {
      const text = sentences.join(' ');
      const cut = at % (text.length + 1);
      return text.slice(0, cut) + noise.join('') + text.slice(cut);
    },
  ),
);

const isSpanOf = (text: string, span: Span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= text.length;

function checkReading(text: string, r: Reading): void {
  for (const s of r.sentences) expect(isSpanOf(text, s), `sentence ${JSON.stringify(s)}`).toBe(true);
  for (const m of r.mentions) expect(isSpanOf(text, m)).toBe(true);
  for (const t of r.times) {
    expect(isSpanOf(text, t)).toBe(true);
    expect(text.slice(t.start, t.end)).toBe(t.text);
  }
  for (const q of r.quotes) {
    expect(isSpanOf(text, q.content)).toBe(true);
    if (q.source) expect(isSpanOf(text, q.source)).toBe(true);
    if (q.cue) expect(isSpanOf(text, q.cue)).toBe(true);
  }
  for (const s of r.statements) {
    expect(isSpanOf(text, s.trigger)).toBe(true);
    expect(isSpanOf(text, s.sentence)).toBe(true);
  }
  const actors = new Set(r.actors.map((a) => a.id));
  for (const m of r.mentions) expect(actors.has(m.actor)).toBe(true);
}

describe('stages never throw on arbitrary input', () => {
  it('extract takes any text or HTML', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom('html', 'text', 'markdown') as fc.Arbitrary<SourceDocument['format']>, (content, format) => {
        const article = extract({ input: 'x', origin: 'x', format, content, meta: {} });
        expect(typeof article.text).toBe('string');
      }),
      { numRuns: 60 },
    );
  });

  it('read takes any text, and every span it reports indexes that text', () => {
    fc.assert(
      fc.property(hostileText, fc.option(fc.constantFrom('2022-02-17', '1999-12-31T23:59:59Z', 'not a date')), (text, published) => {
        checkReading(text, read(text, { published }));
      }),
      { numRuns: 60 },
    );
  });

  it('findReuse passages index both texts, and link puts every article in exactly one story', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (texts) => {
        for (let i = 1; i < texts.length; i++) {
          for (const p of findReuse(texts[0]!, texts[i]!)) {
            expect(isSpanOf(texts[0]!, p.a)).toBe(true);
            expect(isSpanOf(texts[i]!, p.b)).toBe(true);
            expect(p.similarity).toBeGreaterThanOrEqual(0);
            expect(p.similarity).toBeLessThanOrEqual(1);
          }
        }
        const linkage = link(texts.map((text, i) => ({ id: `a${i}`, text, published: null })));
        const placed = linkage.stories.flatMap((s) => s.articles).sort();
        expect(placed).toEqual(texts.map((_, i) => `a${i}`).sort());
      }),
      { numRuns: 40 },
    );
  });
});

/** Every consistency rule a dossier promises about its claims, stories and outlets. */
function checkDossier(d: Dossier): void {
  const articles = new Map(d.articles.map((a) => [a.id, a]));
  for (const a of d.articles) expect(d.stories.filter((s) => s.articles.includes(a.id)), `${a.id} in one story`).toHaveLength(1);
  for (const story of d.stories) {
    const members = new Set(story.articles);
    const outletOf = (id: string) => articles.get(id)!.outlet ?? id;
    expect(new Set(story.outlets)).toEqual(new Set(story.articles.map(outletOf)));
    for (const claim of story.claims) {
      expect(claim.articles.length).toBeGreaterThan(0);
      for (const id of claim.articles) expect(members.has(id)).toBe(true);
      expect(new Set(claim.outlets)).toEqual(new Set(claim.articles.map(outletOf)));
      expect(claim.outlets).toHaveLength(new Set(claim.outlets).size);
      expect(new Set(claim.evidence.map((e) => e.article))).toEqual(new Set(claim.articles));
      for (const e of claim.evidence) {
        const text = articles.get(e.article)!.text;
        expect(isSpanOf(text, e.sentence)).toBe(true);
      }
    }
    const byId = new Map(story.claims.map((c) => [c.id, c]));
    expect(new Set(story.shared)).toEqual(new Set(story.claims.filter((c) => c.outlets.length >= 2).map((c) => c.id)));
    for (const u of story.unique) for (const id of u.claims) expect(byId.get(id)!.outlets).toEqual([u.outlet]);
    const uniqueCount = story.unique.reduce((n, u) => n + u.claims.length, 0);
    expect(uniqueCount).toBe(story.claims.filter((c) => c.outlets.length === 1).length);
    for (const o of story.omitted) for (const id of o.claims) expect(byId.get(id)!.outlets).not.toContain(o.outlet);
    for (const r of story.reuse) {
      expect(members.has(r.a) && members.has(r.b)).toBe(true);
      for (const p of r.passages) {
        expect(isSpanOf(articles.get(r.a)!.text, p.a)).toBe(true);
        expect(isSpanOf(articles.get(r.b)!.text, p.b)).toBe(true);
      }
    }
  }
}

/** A small collection: articles built from seed sentences (so they share claims), spread over a few outlets. */
const collection = fc
  .array(
    fc.record({
      sentences: fc.array(fc.constantFrom(...SENTENCES), { minLength: 2, maxLength: 8 }),
      outlet: fc.option(fc.constantFrom('TASS', 'RT', 'Interfax')),
      day: fc.integer({ min: 14, max: 20 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((specs) =>
    specs.map(
      (s, i): SourceDocument => ({
        input: `doc${i}.txt`,
        origin: `doc${i}.txt`,
        format: 'text',
        content: s.sentences.join(' '),
        meta: { published: `2022-02-${s.day}`, ...(s.outlet ? { outlet: s.outlet } : {}) },
      }),
    ),
  );

describe('dossier invariants on generated collections', () => {
  it('claims cite articles of their story, each article is in one story, and shared/unique/omitted agree with the claims', () => {
    fc.assert(
      fc.property(collection, (docs) => {
        checkDossier(analyze(docs, [], { toolVersion: 'test' }));
      }),
      { numRuns: 15 },
    );
  }, 60_000);
});
