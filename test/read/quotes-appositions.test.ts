// Source phrases with appositions before a cue, from the PolNeAR train misses of folds 1–4 ("X, another …,
// said", "X, himself …, said", "X, acting director of …, said", a relative clause with commas of its own).
// Every sentence here is written for this test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('appositions between a source and its cue', () => {
  it('reads "another …" and "himself …" as appositions', () => {
    expect(quotesOf('Maria Delgado, another council member, said the budget would pass.')).toEqual([
      { source: 'Maria Delgado, another council member,', cue: 'said', content: 'the budget would pass' },
    ]);
    expect(quotesOf('Okafor, himself a candidate in 2019, said he would vote against the plan.')).toEqual([
      { source: 'Okafor, himself a candidate in 2019,', cue: 'said', content: 'he would vote against the plan' },
    ]);
  });

  it('reads a role after lower-case modifiers as an apposition ("regional policy director of …")', () => {
    expect(quotesOf('Lena Brandt, regional policy director of Harbor Watch, said the permits were unlawful.')).toEqual([
      { source: 'Lena Brandt, regional policy director of Harbor Watch,', cue: 'said', content: 'the permits were unlawful' },
    ]);
  });

  it('reads a relative clause with commas of its own as part of the source', () => {
    expect(quotesOf('Mr. Varga, whose new company, Tessel, sells sensors to farms, said the tariffs would hurt growers.')).toEqual([
      { source: 'Mr. Varga, whose new company, Tessel, sells sensors to farms,', cue: 'said', content: 'the tariffs would hurt growers' },
    ]);
  });

  it('takes commas of a clause as a source only when a relative pronoun opens it', () => {
    // "prices rose sharply, sales fell" are clauses of their own, with no "who", "whose" or "which" before them.
    expect(quotesOf('Mr. Varga, prices rose sharply, sales fell, said the report.').filter((q) => q.source?.startsWith('Mr. Varga'))).toEqual([]);
  });
});
