// A share of those polled saying something ("…, with 30 percent of voters saying they …"): from the PolNeAR
// train misses of folds 1–4. Every sentence here is written for this test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('a share of those polled, then "saying"', () => {
  it('takes the share as the source and the clause after "saying" as the content', () => {
    expect(quotesOf('The mayor gained ground, with 41 percent of residents saying the city is on the right track.')).toEqual([
      { source: '41 percent of residents', cue: 'saying', content: 'the city is on the right track' },
    ]);
    expect(quotesOf('Turnout will be low, with four in 10 saying they have not decided.')).toEqual([
      { source: 'four in 10', cue: 'saying', content: 'they have not decided' },
    ]);
  });

  it('needs "with" and a share before "saying"', () => {
    expect(quotesOf('The mayor gained ground with residents saying the city is on the right track.').filter((q) => q.cue === 'saying')).toEqual([]);
  });
});
