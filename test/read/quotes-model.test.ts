import { describe, expect, it } from 'vitest';
import { cueFeatures, featureName, tokenize } from '../../src/read/quote-cue-features.js';
import { CUE_MODEL, cueTailEnd, loadCueModel, scoreToken, scoreWords } from '../../src/read/quote-cue-model.js';
import { quotesOf } from './helpers.js';
import weights from '../../src/read/lexicon/cue-model.json' with { type: 'json' };

const noContext = { mentionEnds: new Set<number>(), quoted: [] };

describe('cue model features', () => {
  it('tokenizes words with inner apostrophes and hyphens, and marks one by one', () => {
    const t = 'He said: “don’t re-elect Zoë’s 12,000 friends”';
    expect(tokenize(t, { start: 0, end: t.length }).map((x) => x.raw)).toEqual(['He', 'said', ':', '“', 'don’t', 're-elect', 'Zoë’s', '12', ',', '000', 'friends', '”']);
    expect(tokenize(t, { start: 3, end: 7 })).toEqual([{ start: 3, end: 7, raw: 'said', low: 'said' }]);
  });

  it('sees the subject past auxiliaries, a following "that", and a named actor ending before the word', () => {
    const t = 'Mayor Smith has also said that taxes will rise.';
    const toks = tokenize(t, { start: 0, end: t.length });
    const i = toks.findIndex((x) => x.raw === 'said');
    const f = cueFeatures(toks, i, { mentionEnds: new Set([11]), quoted: [] });
    expect(f).toEqual(expect.arrayContaining(['w=said', 'subj=MENT', 'aux=also', 'that=next', 'lex=cue', 'w|subj=said|MENT', 'e|subj|c1=x|MENT|THAT']));
    // Without the mention, "Smith" is only a capitalised word; at the sentence's start it is told apart.
    expect(cueFeatures(toks, i, noContext)).toContain('subj=CAP');
    const u = 'Incoming demands undermine it.';
    const v = tokenize(u, { start: 0, end: u.length });
    expect(cueFeatures(v, 1, noContext)).toContain('subj=CAP0');
  });

  it('names features as the weights file keys them', () => {
    expect(featureName(0)).toBe('b');
    expect(featureName(1, 'said')).toBe('w=said');
    expect(featureName(22, 'ed', 'PRON', 'THAT')).toBe('e|subj|c1=ed|PRON|THAT');
  });
});

describe('cue model scores', () => {
  // A model of our own: a score is the sum of the weights of the features a word has, whatever their keys.
  const tiny = loadCueModel({
    candidates: ['said', 'voted'],
    tails: ['voted against', 'voted for'],
    scale: 1000,
    weights: { b: -1000, 'w=said': 2500, 'w|subj=said|PRON': 500, 'e|subj|c1=x|PRON|THAT': 250, 'n1=that': 125, 'w|n1=said||': 9000 },
  });

  it('adds the weights of the features a candidate has', () => {
    const t = 'He said that it rained.';
    const toks = tokenize(t, { start: 0, end: t.length });
    expect(scoreToken(tiny, toks, 1, noContext)).toBeCloseTo(2.375, 9);
    // The same sum from the features by name (the feature whose value is "|" is left out of both).
    const byName = new Map(Object.entries({ b: -1, 'w=said': 2.5, 'w|subj=said|PRON': 0.5, 'e|subj|c1=x|PRON|THAT': 0.25, 'n1=that': 0.125 }));
    expect(cueFeatures(toks, 1, noContext).reduce((s, f) => s + (byName.get(f) ?? 0), 0)).toBeCloseTo(2.375, 9);
  });

  it('scores only candidate words, and tokenizes no sentence without one', () => {
    const t = 'He said it. They voted. She argued.';
    expect(scoreWords(t, { start: 0, end: t.length }, [3, 17, 28], noContext, tiny).map((x) => Number.isNaN(x))).toEqual([false, false, true]);
    expect(scoreWords(t, { start: 24, end: t.length }, [28], noContext, tiny)).toEqual([NaN]);
  });

  it('ends a cue after the longest learned tail the text has', () => {
    const t = 'She voted against the bill and voted twice.';
    expect(t.slice(4, cueTailEnd(t, 'voted', 9, tiny))).toBe('voted against');
    expect(cueTailEnd(t, 'voted', 36, tiny)).toBe(36);
    expect(cueTailEnd(t, 'said', 9, tiny)).toBe(9);
  });

  it('scores by numbers exactly what the features by name add up to on the shipped model', () => {
    // The numeric path (value numbers per token, joined pairs keyed by numbers, a flat weight table) must agree with
    // the names the trainer writes, feature by feature: mentions, quotes, edges, capitals, unknown words.
    const byName = new Map(Object.entries(weights.weights).map(([k, w]) => [k, w / weights.scale]));
    const t = 'Mayor Smith has also repeatedly said that “taxes will rise,” Jones told reporters, and the mayor’s office DENIED it; Zoë argued';
    const ctx = { mentionEnds: new Set([11, 83]), quoted: [{ start: 46, end: 66 }] };
    const toks = tokenize(t, { start: 0, end: t.length });
    let scored = 0;
    for (let i = 0; i < toks.length; i++) {
      const named = cueFeatures(toks, i, ctx).reduce((s, f) => s + (byName.get(f) ?? 0), 0);
      expect(scoreToken(CUE_MODEL, toks, i, ctx)).toBeCloseTo(named, 9);
      if (named !== 0) scored++;
    }
    expect(scored).toBe(toks.length);
  });

  it('lower-cases tokens whatever their script or joins', () => {
    const t = 'DON’T re-Elect İstanbul ΣΟΦΊΑ 12AB said';
    expect(tokenize(t, { start: 0, end: t.length }).map((x) => x.low)).toEqual(t.split(' ').map((w) => w.toLowerCase()));
  });

  it('ships a model whose weights load', () => {
    expect(CUE_MODEL.candidates.has('said')).toBe(true);
    expect(CUE_MODEL.weights.size).toBeGreaterThan(1000);
  });
});

describe('attributions the cue model decides', () => {
  it('vetoes a listed cue word with no speaker before it', () => {
    expect(quotesOf('The report added to the pressure on the government.')).toEqual([]);
  });

  it('keeps a listed cue word after a named speaker, whatever its score', () => {
    expect(quotesOf('Donald Trump wants to build a wall.')[0]).toMatchObject({ source: 'Donald Trump', cue: 'wants' });
  });

  it('extends a cue by a learned tail', () => {
    expect(quotesOf('The company said repeatedly that it would not sell.')).toEqual([
      { source: 'The company', cue: 'said repeatedly', content: 'that it would not sell' },
    ]);
  });

  it('gives a confident cue that no pattern took the source before it and the clause after it', () => {
    expect(quotesOf('The budget office said about half of the money was spent.')).toEqual([
      { source: 'The budget office', cue: 'said', content: 'about half of the money was spent' },
    ]);
  });

  it('reads no passive participle after a comma as a fallback cue', () => {
    const t = 'Speaking about the events in Donbass, the Foreign Ministry noted that the settlement is possible only through the Minsk agreements and a set of measures, confirmed by a UN Security Council resolution.';
    expect(quotesOf(t).map((x) => x.cue)).toEqual(['noted']);
  });
});
