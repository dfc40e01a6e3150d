import { describe, expect, it } from 'vitest';
import { textCueWords } from '../../src/read/quote-cues.js';
import { UNLISTED } from '../../src/read/quote-cue-model.js';
import { CUE_WORDS } from '../../src/read/lexicon/cues.js';
import { quotesOf } from './helpers.js';

describe('cue words only the model knows', () => {
  it('are the candidates the hand lists lack', () => {
    expect(UNLISTED.has('backed')).toBe(true);
    expect(UNLISTED.has('said')).toBe(false);
    // Frequent after a speaker in train but never a cue there on the model's word alone: not scored.
    expect(UNLISTED.has('going')).toBe(false);
    for (const w of UNLISTED) expect(CUE_WORDS.has(w)).toBe(false);
  });

  it('are found in the same scan as the listed cue words', () => {
    const t = 'He said it was backed.';
    const unlisted: { index: number; 0: string }[] = [];
    const listed = textCueWords(t, UNLISTED, unlisted);
    expect(listed.map((w) => w[0])).toEqual(['said']);
    expect(unlisted.map((w) => [w.index, w[0]])).toEqual([[15, 'backed']]);
    expect(textCueWords(t).map((w) => w[0])).toEqual(['said']);
  });

  it('attribute after a named speaker, a tagged name or a pronoun', () => {
    expect(quotesOf('Minnesota Gov. Mark Dayton is backing Hillary Clinton in the primary.')).toEqual([
      { source: 'Minnesota Gov. Mark Dayton', cue: 'is backing', content: 'Hillary Clinton in the primary' },
    ]);
    expect(quotesOf('Sen. Ann Ward (R-Ohio) has backed a no-fly zone in Syria.')).toEqual([
      { source: 'Sen. Ann Ward (R-Ohio)', cue: 'has backed', content: 'a no-fly zone in Syria' },
    ]);
    expect(quotesOf('Ann Ward, a senator from Ohio, has backed a no-fly zone in Syria.')).toEqual([
      { source: 'Ann Ward, a senator from Ohio,', cue: 'has backed', content: 'a no-fly zone in Syria' },
    ]);
    expect(quotesOf('I am glad Republicans are frustrated with the result.')).toEqual([
      { source: 'I', cue: 'am glad', content: 'Republicans are frustrated with the result' },
    ]);
  });

  it('attribute after a noun of persons or bodies', () => {
    expect(quotesOf('Some Democrats are skeptical of the new trade deal with Canada.')).toEqual([
      { source: 'Some Democrats', cue: 'are skeptical of', content: 'the new trade deal with Canada' },
    ]);
    expect(quotesOf('Dozens of new candidates backed a no-fly zone in Syria.')).toEqual([
      { source: 'Dozens of new candidates', cue: 'backed', content: 'a no-fly zone in Syria' },
    ]);
  });

  it('do not attribute without a speaker before them', () => {
    expect(quotesOf('The weather is skeptical of the new trade deal with Canada.')).toEqual([]);
    expect(quotesOf('The budget backed by the council passed easily on Monday.')).toEqual([]);
  });

  it('do not take a possessive before a noun as its speaker', () => {
    expect(quotesOf('Trump’s accusations of fraud in the count do not stand up to scrutiny.')).toEqual([]);
    expect(quotesOf('Russia’s accusations of “occupation” of Crimea do not stand up to scrutiny, the Foreign Ministry noted.').map((q) => q.cue)).toEqual(['noted']);
  });

  it('keep "that" in the content, as PolNeAR marks it', () => {
    expect(quotesOf('Mr. Obama made clear that the talks would go on.')).toEqual([
      { source: 'Mr. Obama', cue: 'made clear', content: 'that the talks would go on' },
    ]);
  });

  it('take in the infinitive of "went on to"', () => {
    expect(quotesOf('He went on to endorse Ayotte as the best candidate.')).toEqual([
      { source: 'He', cue: 'went on to endorse', content: 'Ayotte as the best candidate' },
    ]);
  });
});

describe('content of a relative pronoun source', () => {
  it('ends where the main clause goes on after a comma', () => {
    const q = quotesOf('The mayor, who argued the plan was too costly for the city budget, voted against it.');
    expect(q).toContainEqual({ source: 'who', cue: 'argued', content: 'the plan was too costly for the city budget' });
  });
});
