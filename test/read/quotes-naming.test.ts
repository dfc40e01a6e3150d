// Naming and participles with their subject elsewhere, from the PolNeAR train misses of folds 1–4: "… and
// called the plan “a mess”", "…, with Sen. Ames calling it “a menu.”". Every sentence here is written for this test.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.js';

describe('a naming "call" after "and", and a participle after "with SOURCE"', () => {
  it('gives a coordinated naming "called" the first verb\'s subject', () => {
    expect(quotesOf('Harlan Mercer toured the plant on Monday and called the merger “a betrayal of the workers.”')).toEqual([
      { source: 'Harlan Mercer', cue: 'called', content: 'the merger “a betrayal of the workers.”' },
    ]);
  });

  it('reads "with SOURCE calling X Y" and "with SOURCE saying CLAUSE", with the source\'s title', () => {
    expect(quotesOf('Council members balked at the cost, with Sen. Nora Ames calling it “a blank check.”').filter((q) => q.cue === 'calling')).toEqual([
      { source: 'Sen. Nora Ames', cue: 'calling', content: 'it “a blank check.”' },
    ]);
    expect(quotesOf('The vote was close, with Nora Ames saying the county could not afford it.')).toEqual([
      { source: 'Nora Ames', cue: 'saying', content: 'the county could not afford it' },
    ]);
  });

  it('leaves a coordinated "called" that names nothing, and "calling" without "with"', () => {
    expect(quotesOf('Harlan Mercer toured the plant and called for a recount.').filter((q) => q.cue === 'called')).toEqual([]);
    expect(quotesOf('Nora Ames left the room calling it a day.').filter((q) => q.cue === 'calling')).toEqual([]);
  });
});
