// Seventh round: subjects and clause ends from the PolNeAR train misses of folds 1–4 — a sentence's subject with
// descriptions the apposition rules do not know, "familiar with" / "close to" sources, a role before a name after
// "said", "according to" after a quotation's comma, long opening "according to" sources, cue participles ending a
// clause (", but" only before a new subject), a long audience after "told", asides after the subject, and quoted
// words inside a report listed once. Every sentence here is written for this test.
import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';
import { quotesOf } from './helpers.js';

describe('the subject of a verb of saying', () => {
  it('takes the opening subject with a place and descriptions between commas', () => {
    expect(quotesOf('Tomas Reyes, a retired teacher from Tucson, Arizona, said the new schedule was a mistake.')).toEqual([
      { source: 'Tomas Reyes, a retired teacher from Tucson, Arizona,', cue: 'said', content: 'the new schedule was a mistake' },
    ]);
  });

  it('does so for other finite cue verbs', () => {
    expect(quotesOf('Ruth Adler, a nurse from Dayton, Ohio, urged that the clinic stay open until May.')).toEqual([
      { source: 'Ruth Adler, a nurse from Dayton, Ohio,', cue: 'urged', content: 'that the clinic stay open until May' },
    ]);
  });

  it('skips an opening adverbial clause and speaks for the head of the subject', () => {
    const text = 'When the vote was delayed, Ingrid Holm, Director General of the Nordic Policy Forum, noted that the delay helped nobody.';
    const q = read(text).quotes.find((x) => x.cue && text.slice(x.cue.start, x.cue.end) === 'noted')!;
    expect(text.slice(q.source!.start, q.source!.end)).toBe('Ingrid Holm, Director General of the Nordic Policy Forum,');
    expect(text.slice(q.content.start, q.content.end)).toBe('that the delay helped nobody');
    expect(q.speaker).toBe('ingrid-holm');
  });

  it('leaves an aside closing the subject out of the source', () => {
    expect(quotesOf('Nadia Perrin, a lawyer for the tenants, by contrast, wrote that the lease was void.')).toEqual([
      { source: 'Nadia Perrin, a lawyer for the tenants,', cue: 'wrote', content: 'that the lease was void' },
    ]);
  });

  it('takes a description between dashes', () => {
    expect(quotesOf('The harbor master -- who has run the port since 2009 -- said the cranes would be replaced.')).toEqual([
      { source: 'The harbor master -- who has run the port since 2009 --', cue: 'said', content: 'the cranes would be replaced' },
    ]);
  });

  it('takes no subject whose segments are clauses, nor one before a source after the cue', () => {
    expect(quotesOf('Mr. Varga, prices rose sharply, sales fell, said the report.').filter((q) => q.source?.startsWith('Mr. Varga'))).toEqual([]);
    expect(quotesOf('The mayor, we were told, said the park would close.').filter((q) => q.source?.startsWith('The mayor, we'))).toEqual([]);
  });

  it('keeps a closeness or knowledge modifier in the source', () => {
    expect(quotesOf('A city official familiar with the audit said that the figures were revised.')).toEqual([
      { source: 'A city official familiar with the audit', cue: 'said', content: 'that the figures were revised' },
    ]);
    expect(quotesOf('The council will vote again in March, people close to the mayor said.')).toEqual([
      { source: 'people close to the mayor', cue: 'said', content: 'The council will vote again in March' },
    ]);
  });

  it('joins a subject pronoun to the name after "and"', () => {
    expect(quotesOf('The hall was half empty by noon, she and another volunteer said.')).toEqual([
      { source: 'she and another volunteer', cue: 'said', content: 'The hall was half empty by noon' },
    ]);
  });

  it('reads a role in lower case before a name after the cue', () => {
    expect(quotesOf('“We are not done yet,” said veteran organizer Dana Whitfield.')).toEqual([
      { source: 'veteran organizer Dana Whitfield', cue: 'said', content: '“We are not done yet,”' },
    ]);
    // A day after an audience is no name ("told reporters Monday").
    expect(quotesOf('“It is over,” the coach told reporters Monday.')[0]?.source).toBe('the coach');
  });
});

describe('"according to" sources', () => {
  it('reads a comma inside the closing quotation mark as the end of the content', () => {
    expect(quotesOf('The meeting was “the low point of the year,” according to the minutes.')).toEqual([
      { source: 'the minutes', cue: 'according to', content: 'The meeting was “the low point of the year,”' },
    ]);
  });

  it('reads no clause after an opening source as its apposition', () => {
    const text = 'According to the transcript, the clerk said the vote was “not binding at all, not even a little.”';
    expect(quotesOf(text).find((q) => q.cue === 'According to')?.content).toBe('the clerk said the vote was “not binding at all, not even a little.”');
  });

  it('takes an opening source of up to thirty words to its comma', () => {
    const src = 'early returns from the county canvass conducted by the clerk for the state board and the two parties';
    expect(quotesOf(`According to ${src}, turnout rose in every ward.`)).toEqual([
      { source: src, cue: 'According to', content: 'turnout rose in every ward' },
    ]);
  });
});

describe('content ends', () => {
  it('ends a reported clause before a participle of the cue lists', () => {
    expect(quotesOf('The minister said the border would stay open, warning that delays were likely.')[0]).toEqual({
      source: 'The minister',
      cue: 'said',
      content: 'the border would stay open',
    });
  });

  it('leaves a long audience after "told" out of the content', () => {
    expect(quotesOf('The governor told a packed gym in Dover, Delaware, on Friday that the plant would stay open.')).toEqual([
      { source: 'The governor', cue: 'told', content: 'that the plant would stay open' },
    ]);
    expect(quotesOf('The coach told a meeting of parents they would get refunds.')).toEqual([
      { source: 'The coach', cue: 'told', content: 'they would get refunds' },
    ]);
  });

  it('leaves "to" and the person addressed before "that" out of the content', () => {
    expect(quotesOf('The treasurer admitted to the auditors that two invoices were paid twice.')).toEqual([
      { source: 'The treasurer', cue: 'admitted', content: 'that two invoices were paid twice' },
    ]);
  });

  it('runs on over ", but" before an adverb, and stops at it before a new subject', () => {
    expect(quotesOf('The mayor said the road would reopen, but not before the spring thaw.')[0]?.content).toBe('the road would reopen, but not before the spring thaw');
    expect(quotesOf('The mayor said the road would reopen, but the bridge would stay shut.')[0]?.content).toBe('the road would reopen');
  });

  it('lists quoted words inside a report of the same cue once, as the report', () => {
    const text = 'The clerk said the order was to “keep the count open until every ballot was read.”';
    expect(quotesOf(text)).toEqual([
      { source: 'The clerk', cue: 'said', content: 'the order was to “keep the count open until every ballot was read.”' },
    ]);
  });
});
