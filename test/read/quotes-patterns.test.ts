// Attribution patterns learned from listing the misses of the PolNeAR train split: source phrases with
// appositions and asides, time adverbials after a cue, naming, participles after an opening adverbial,
// cues that need a subject, polls, "Asked whether …", and a quotation that closes a reported clause.
// Every sentence here is written for this test.
import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';
import { findHeadlineCues } from '../../src/read/quote-labels.js';
import { findPollFindings } from '../../src/read/quote-polls.js';
import { quotesOf } from './helpers.js';


describe('source phrases before a cue', () => {
  it('keeps a chain of appositions, a party tag among them, with the closing comma', () => {
    expect(quotesOf('Sen. Mark Halvorsen, R-Ore., a former county judge, said the bill would fail in committee.')).toEqual([
      { source: 'Sen. Mark Halvorsen, R-Ore., a former county judge,', cue: 'said', content: 'the bill would fail in committee' },
    ]);
  });

  it('keeps a description followed by the name it describes', () => {
    expect(quotesOf('A city spokesman, Daniel Okafor, said that the bridge would reopen in May.')).toEqual([
      { source: 'A city spokesman, Daniel Okafor,', cue: 'said', content: 'that the bridge would reopen in May' },
    ]);
  });

  it('reads "common noun, Name," and "Name, whose …," as one source, and names the head as the speaker', () => {
    expect(quotesOf('A local blogger, Tal Weiss, reported this week that she had obtained the video.')).toEqual([
      { source: 'A local blogger, Tal Weiss,', cue: 'reported', content: 'that she had obtained the video' },
    ]);
    expect(quotesOf('Dana Waters, whose group led the effort, predicted that delegates would revolt.')[0]).toMatchObject({
      source: 'Dana Waters, whose group led the effort,',
    });
    const r = read('Eswar Prasad, a professor of economics at Cornell University, said growth had slowed.');
    expect(r.quotes[0]?.speaker).toBe('eswar-prasad');
  });

  it('leaves out an aside between the source and the cue', () => {
    expect(quotesOf('Judge Alma Ferreira, in her dissent, said the ruling ignored the statute.')).toEqual([
      { source: 'Judge Alma Ferreira', cue: 'said', content: 'the ruling ignored the statute' },
    ]);
  });
});

describe('between the cue and the reported clause', () => {
  it('skips a time adverbial after a verb of saying', () => {
    expect(quotesOf('Governor Ruth Bakker said on Friday she would sign the budget.')).toEqual([
      { source: 'Governor Ruth Bakker', cue: 'said', content: 'she would sign the budget' },
    ]);
  });

  it('reads "called him a …" as naming, object included', () => {
    expect(quotesOf('The coach retired in June. Paolo Brandt called him a patient and generous teacher.')).toEqual([
      { source: 'Paolo Brandt', cue: 'called', content: 'him a patient and generous teacher' },
    ]);
  });

  it('gives a participle the subject of its clause when an adverbial opens the sentence', () => {
    expect(quotesOf('In a speech on Tuesday night, Mayor Lena Ostrow struck a calm tone, saying she understood the anger of residents.')).toEqual([
      { source: 'Mayor Lena Ostrow', cue: 'saying', content: 'she understood the anger of residents' },
    ]);
  });
});

describe('verbs that are cues only with a particle', () => {
  it('reads "talked about" and "spoke of", not "spoke to"', () => {
    expect(quotesOf('Senator Ana Weber talked about the harbor budget.')).toEqual([
      { source: 'Senator Ana Weber', cue: 'talked about', content: 'the harbor budget' },
    ]);
    expect(quotesOf('Senator Ana Weber spoke of her late mother.')).toEqual([
      { source: 'Senator Ana Weber', cue: 'spoke of', content: 'her late mother' },
    ]);
    expect(quotesOf('Senator Ana Weber spoke to reporters.')).toEqual([]);
  });
});

describe('cues learned after a subject', () => {
  it('accepts a verb that is a cue when a speaker is its subject, and not otherwise', () => {
    expect(quotesOf('Senator Ana Weber compared the tariff to a tax on farmers.')).toEqual([
      { source: 'Senator Ana Weber', cue: 'compared', content: 'the tariff to a tax on farmers' },
    ]);
    expect(quotesOf('The harvest compared well with last year.')).toEqual([]);
  });
});

describe('coordinated cues, evidence and accusations', () => {
  it('gives a cue coordinated with a plain verb the subject of the clause', () => {
    expect(quotesOf('Mayor Lena Ostrow praised the volunteers and said the city would repay them.')).toContainEqual({
      source: 'Mayor Lena Ostrow',
      cue: 'said',
      content: 'the city would repay them',
    });
  });

  it('lets polls and studies show and find, with their complements in the source', () => {
    expect(quotesOf('Polls in New Hampshire show the two candidates are tied.')).toEqual([
      { source: 'Polls in New Hampshire', cue: 'show', content: 'the two candidates are tied' },
    ]);
    expect(quotesOf('A study by the Council of City Schools found that test scores rose.')).toEqual([
      { source: 'A study by the Council of City Schools', cue: 'found', content: 'that test scores rose' },
    ]);
  });

  it('keeps the accused in the content of "accused X of"', () => {
    expect(quotesOf('Bakker accused the mayor of hiding the budget.')).toEqual([
      { source: 'Bakker', cue: 'accused', content: 'the mayor of hiding the budget' },
    ]);
  });
});

describe('polls', () => {
  it('attributes a finding to the poll it is "in", before or after it', () => {
    expect(quotesOf('In a new Harbor Research poll released Thursday, Ostrow leads Bakker by 10 points.')).toEqual([
      { source: 'a new Harbor Research poll released Thursday', cue: 'In', content: 'Ostrow leads Bakker by 10 points' },
    ]);
    expect(quotesOf('In the latest county survey, conducted in May, Bakker led by four points.')).toEqual([
      { source: 'the latest county survey, conducted in May,', cue: 'In', content: 'Bakker led by four points' },
    ]);
    expect(quotesOf('In March, Bakker had 38 percent support in a Harbor Research poll.')).toEqual([
      { source: 'a Harbor Research poll', cue: 'in', content: 'Bakker had 38 percent support' },
    ]);
  });

  it('does not read "in the hours before the polls" as a poll', () => {
    const t = 'Turnout rose in the hours before the polls closed.';
    expect(findPollFindings(t, { start: 0, end: t.length })).toEqual([]);
  });
});

describe('questions and quotations inside reported speech', () => {
  it('reports "Asked whether …" with no source', () => {
    expect(quotesOf('Asked whether she would run again, Bakker said she had not decided.')).toEqual([
      { source: null, cue: 'Asked', content: 'whether she would run again' },
      { source: 'Bakker', cue: 'said', content: 'she had not decided' },
    ]);
  });

  it('gives a first-person source inside reported speech the speaker of its host', () => {
    const t = 'The Foreign Ministry noted that we are talking about an internal conflict.';
    const inner = read(t).quotes.find((q) => t.slice(q.source!.start, q.source!.end) === 'we');
    expect(inner && t.slice(inner.cue!.start, inner.cue!.end)).toBe('are talking about');
    expect(inner?.speaker).toBe(read(t).quotes.find((q) => q !== inner)?.speaker);
    expect(inner?.speaker).not.toBeNull();
  });

  it('ends a reported clause with a quotation closed by ",”" before a participle', () => {
    expect(quotesOf('Ostrow insisted that she has “rebuilt the party,” claiming credit for the turnout.')[0]).toEqual({
      source: 'Ostrow',
      cue: 'insisted',
      content: 'that she has “rebuilt the party,”',
    });
  });
});

describe('headlines in title case', () => {
  it('reads a headline whose verb is a cue, after an optional kicker', () => {
    expect(quotesOf('Veteran Organizer Rosa Delgado Endorses Lena Ostrow.\n\nThe endorsement came on Monday.')[0]).toEqual({
      source: 'Veteran Organizer Rosa Delgado',
      cue: 'Endorses',
      content: 'Lena Ostrow',
    });
    const t = 'UPDATE: Mayor Ostrow Says She Will Not Raise Taxes\nThe mayor spoke on Monday.';
    expect(findHeadlineCues(t).map((l) => [t.slice(l.source.start, l.source.end), t.slice(l.cue.start, l.cue.end), t.slice(l.content.start, l.content.end)])).toEqual([
      ['Mayor Ostrow', 'Says', 'She Will Not Raise Taxes'],
    ]);
  });

  it('leaves sentences in ordinary case and headlines without a cue verb alone', () => {
    expect(findHeadlineCues('Mayor Ostrow says she will not raise taxes this year.')).toEqual([]);
    expect(findHeadlineCues('Storm Floods The Harbor District Overnight')).toEqual([]);
  });
});

describe('direct quotes attributed after them', () => {
  it('reads a source with a party tag in parentheses or between commas', () => {
    expect(quotesOf('“We will hold the line,” Rep. Ana Weber (D-Ore.) said. The vote came later.')[0]).toEqual({
      source: 'Rep. Ana Weber (D-Ore.)',
      cue: 'said',
      content: '“We will hold the line,”',
    });
    expect(quotesOf('“We will hold the line,” Senator Ana Weber, D-Ore., said. The vote came later.')[0]).toMatchObject({
      source: 'Senator Ana Weber, D-Ore.,',
    });
  });

  it('takes a whole sentence "Name said." after a quote closed by a period as its attribution', () => {
    expect(quotesOf('“The harbor will reopen.” Ostrow said. The crowd cheered.')[0]).toEqual({
      source: 'Ostrow',
      cue: 'said',
      content: '“The harbor will reopen.”',
    });
    const q = quotesOf('“The harbor will reopen before the end of the summer season.” Ostrow said nothing else about the port.');
    expect(q.find((x) => x.content.startsWith('“'))?.cue).toBeNull();
  });

  it('names the person, not the place, in "Senator Ana Weber of Oregon"', () => {
    const t = '“We will hold the line,” said Senator Ana Weber of Oregon.';
    expect(read(t).quotes[0]?.speaker).toBe('ana-weber');
  });
});
