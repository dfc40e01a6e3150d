// Where reported content starts (and which phrase is the source), from listing misses of the PolNeAR train
// split: adverbials and addressees between a cue and its clause, quoted show titles that are no quotes,
// trailing adverbials after a closing attribution, quantities, "according to" without a comma. Every sentence
// here is written for this test.
import { describe, expect, it } from 'vitest';
import { findQuotedSpans } from '../../src/read/quote-marks.js';
import { quotesOf } from './helpers.js';

describe('between the cue and the reported clause', () => {
  it('skips an adverbial holding a noun like "news" or "report" before "that"', () => {
    expect(quotesOf('Mayor Lena Ortiz said during a news conference last week that the budget would be cut.')).toEqual([
      { source: 'Mayor Lena Ortiz', cue: 'said', content: 'that the budget would be cut' },
    ]);
  });

  it('keeps a noun whose complement "that" opens out of the gap ("said the report that …")', () => {
    const q = quotesOf('Ortiz questioned the report that the budget would be cut.');
    expect(q.every((x) => x.content !== 'that the budget would be cut')).toBe(true);
  });

  it('leaves the addressee out: "told POLITICO he …", "asked the students if …"', () => {
    expect(quotesOf('Ortiz told POLITICO she had kept up her schedule.')).toEqual([
      { source: 'Ortiz', cue: 'told', content: 'she had kept up her schedule' },
    ]);
    expect(quotesOf('Professor Dale Imrie asked the students if they had read the chapter.')).toEqual([
      { source: 'Professor Dale Imrie', cue: 'asked', content: 'if they had read the chapter' },
    ]);
    expect(quotesOf('Ortiz told WQXR’s “Morning Edition” on Monday the vote was close.')).toEqual([
      { source: 'Ortiz', cue: 'told', content: 'the vote was close' },
    ]);
  });

  it('does not take what follows a plain object as a told clause', () => {
    expect(quotesOf('Ortiz asked the students a question about the chapter.')[0]?.content).not.toBe('a question about the chapter');
  });
});

describe('quoted titles are not quotes', () => {
  it('reads the clause after the cue when a show title opens the sentence', () => {
    expect(quotesOf('On WQXR’s “Weekend Edition,” Senator Ray Alvarez said that the bill would pass.')).toEqual([
      { source: 'Senator Ray Alvarez', cue: 'said', content: 'that the bill would pass' },
    ]);
  });

  it('reads the clause before a trailing attribution that ends on a show title', () => {
    expect(quotesOf('The county will not raise taxes before the election, Alvarez said Wednesday morning on WQXR’s “Weekend Edition.”')).toEqual([
      { source: 'Alvarez', cue: 'said', content: 'The county will not raise taxes before the election' },
    ]);
  });

  it('keeps a long quotation opening a sentence after an adverbial', () => {
    const q = quotesOf('In a statement, “We will not accept any part of this ruling,” Alvarez said.');
    expect(q[0]).toMatchObject({ source: 'Alvarez', cue: 'said' });
  });
});

describe('trailing attributions', () => {
  it('lets a longer adverbial follow the closing cue', () => {
    expect(quotesOf('The county will not raise taxes this year, she said in a follow-up interview on Saturday.')).toEqual([
      { source: 'she', cue: 'said', content: 'The county will not raise taxes this year' },
    ]);
  });

  it('lets an addressee follow a closing cue of telling', () => {
    expect(quotesOf('Imrie was careful and fair, a county official told the Ledger Gazette.')).toEqual([
      { source: 'a county official', cue: 'told', content: 'Imrie was careful and fair' },
    ]);
  });

  it('does not read an infinitive after the cue as an adverbial', () => {
    expect(quotesOf('Commenting on the ruling, the county council promised to come up with a new plan.')).toEqual([
      { source: 'the county council', cue: 'promised', content: 'to come up with a new plan' },
    ]);
  });
});

describe('source phrases', () => {
  it('keeps the qualifier of a quantity', () => {
    expect(quotesOf('Less than a third agreed that the county should wait.')[0]).toMatchObject({ source: 'Less than a third', cue: 'agreed' });
    expect(quotesOf('Only three senators publicly endorsed the plan.')[0]).toMatchObject({ source: 'Only three senators' });
  });

  it('keeps a possessive role or a hyphenated title after an inverted source', () => {
    expect(quotesOf('“We will win,” said Dana Waters, Ortiz’s 2024 campaign manager.')[0]).toMatchObject({ source: 'Dana Waters, Ortiz’s 2024 campaign manager' });
    expect(quotesOf('The law is clear, said Dana Waters, co-director of the Open Courts Project.')[0]).toMatchObject({
      source: 'Dana Waters, co-director of the Open Courts Project',
    });
  });

  it('reads a long apposition with a "which" clause as part of the source', () => {
    expect(quotesOf('Dale Imrie, an official at the county housing office, which has a backlog of 500 homes, said the rule would slow repairs.')[0]).toMatchObject({
      source: 'Dale Imrie, an official at the county housing office, which has a backlog of 500 homes,',
      cue: 'said',
    });
  });

  it('reads "said former …" as an inverted source', () => {
    expect(quotesOf('"The count was fair," said former Mayor Dana Waters.')[0]).toMatchObject({
      source: 'former Mayor Dana Waters',
      cue: 'said',
    });
  });

  it('starts the source on a new line after a time stamp or a headline', () => {
    expect(quotesOf('7:35 p.m.\nDale Imrie says he will win the county.')[0]).toMatchObject({ source: 'Dale Imrie', cue: 'says' });
    expect(quotesOf('COUNTY BOARD SPLITS ON BUDGET\nThe board said the vote would be delayed.')[0]).toMatchObject({ source: 'The board', cue: 'said' });
  });

  it('leaves a time adverbial between the source and the cue out of both', () => {
    expect(quotesOf('The county board on Monday ordered that the count stop.')).toEqual([
      { source: 'The county board', cue: 'ordered', content: 'that the count stop' },
    ]);
  });

  it('puts "first" in the cue, not the source', () => {
    expect(quotesOf('The Ledger Gazette first reported that the mill would close.')).toEqual([
      { source: 'The Ledger Gazette', cue: 'first reported', content: 'that the mill would close' },
    ]);
  });
});

describe('according to', () => {
  it('reads a clause before "according to" without a comma when the source ends the sentence', () => {
    expect(quotesOf('Ortiz leads Imrie by 271 votes according to a count by the county clerk.')).toEqual([
      { source: 'a count by the county clerk', cue: 'according to', content: 'Ortiz leads Imrie by 271 votes' },
    ]);
  });

  it('reads "But according to X, …" and "(According to X, …)"', () => {
    expect(quotesOf('But according to reports in the local press, the mill will close in May.')[0]).toMatchObject({
      source: 'reports in the local press',
      content: 'the mill will close in May',
    });
    expect(quotesOf('(According to the county clerk, the count is final.)')[0]).toMatchObject({ source: 'the county clerk', content: 'the count is final' });
  });
});

describe('passives and seem/appear', () => {
  it('makes the subject the content, with no source', () => {
    expect(quotesOf('Mayor Ortiz seemed most concerned with the budget.')).toEqual([{ source: null, cue: 'seemed', content: 'Mayor Ortiz' }]);
    expect(quotesOf('The county clerk is widely seen as a careful official.')).toEqual([
      { source: null, cue: 'is widely seen as', content: 'The county clerk' },
    ]);
  });

  it('makes the agent after "by" the source', () => {
    expect(quotesOf('The name was tweeted by several reporters.')).toEqual([{ source: 'several reporters', cue: 'was tweeted', content: 'The name' }]);
  });

  it('keeps a clause reported after a passive of telling or asking', () => {
    expect(quotesOf('Ortiz was told that the plan had failed.')[0]).toMatchObject({ source: 'Ortiz', content: 'that the plan had failed' });
  });
});

describe('cue chains', () => {
  it('takes the infinitive after "continued" and "tried" into the cue', () => {
    expect(quotesOf('Mayor Ortiz continued to question the audit.')).toEqual([
      { source: 'Mayor Ortiz', cue: 'continued to question', content: 'the audit' },
    ]);
  });

  it('reads a contracted pronoun after the addressee as the told clause', () => {
    expect(quotesOf('Ortiz also told the Ledger Gazette she’d run again.')).toEqual([
      { source: 'Ortiz', cue: 'also told', content: 'she’d run again' },
    ]);
  });
});

describe('quotation marks in newspaper archives', () => {
  it("closes a '' quote whose nested single quote closes with it (''')", () => {
    const text = "''Every year there are stories - 'Oh, they won't vote,''' Ortiz wrote.\n\nOrtiz said that the unions held firm.";
    expect(findQuotedSpans(text)).toEqual([{ open: 0, close: text.indexOf("''' ") + 2 }]);
    expect(quotesOf(text)[1]).toEqual({ source: 'Ortiz', cue: 'said', content: 'that the unions held firm' });
  });
});

describe('participles in source phrases', () => {
  it('reads a participle before a plural noun as part of the source', () => {
    expect(quotesOf('But hacking specialists say the files might not be genuine.')).toEqual([
      { source: 'hacking specialists', cue: 'say', content: 'the files might not be genuine' },
    ]);
  });
});

describe('weak cues after a quotation', () => {
  it('attributes a quotation to "he continued" when the cue ends the clause', () => {
    expect(quotesOf('“The first loser of such a plan would be the county,” he continued.')).toEqual([
      { source: 'he', cue: 'continued', content: '“The first loser of such a plan would be the county,”' },
    ]);
  });
});

describe('quotations inside a reported clause', () => {
  it('runs the content from "that" over commas and earlier quotations', () => {
    expect(quotesOf('Mayor Lena Ortiz said that although the audit was an "important step," it was "far from complete."')).toEqual([
      { source: 'Mayor Lena Ortiz', cue: 'said', content: 'that although the audit was an "important step," it was "far from complete."' },
    ]);
  });

  it('does not take the period of a title for the end of a sentence', () => {
    expect(quotesOf('Ortiz said she was confident that Mr. Imrie would "do the right thing."')).toEqual([
      { source: 'Ortiz', cue: 'said', content: 'she was confident that Mr. Imrie would "do the right thing."' },
    ]);
  });
});
