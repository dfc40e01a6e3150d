import { describe, expect, it } from 'vitest';
import { read } from '../../src/read/index.js';
import { findQuotedSpans } from '../../src/read/quote-marks.js';
import type { Quote } from '../../src/types.js';
import { seed } from './helpers.js';

function quotesOf(text: string) {
  const r = read(text);
  const view = (q: Quote) => ({
    content: text.slice(q.content.start, q.content.end),
    source: q.source ? text.slice(q.source.start, q.source.end) : null,
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    speaker: q.speaker,
    direct: q.direct,
  });
  return r.quotes.map(view);
}

describe('quote marks', () => {
  it('pairs every double-quote style, mixed styles and nested quotes', () => {
    for (const [o, c] of [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“'], ['“', '"']]) {
      const t = `He said ${o}a b ${o}c${c} d${c} then.`;
      const spans = findQuotedSpans(t);
      expect(spans.map((s) => t.slice(s.open + 1, s.close)), `${o}${c}`).toEqual(['a b ' + o + 'c' + c + ' d']);
    }
  });

  it('keeps a quote open over paragraphs when it opened a paragraph, and drops a stray one', () => {
    const t = '“First part.\n\nSecond part,” she said.\n\nA stray "opening here.\n\nNext paragraph.';
    const spans = findQuotedSpans(t);
    expect(spans.map((s) => t.slice(s.open + 1, s.close))).toEqual(['First part.\n\nSecond part,']);
  });
});

describe('findQuotes: direct quotes', () => {
  it('attributes by the words after the quote, in every style', () => {
    for (const [o, c] of [['“', '”'], ['"', '"'], ['«', '»'], ['„', '“']]) {
      const t = `The talks ended. ${o}We have nothing to be ashamed of,${c} Sergei Lavrov said on Tuesday.`;
      const [q] = quotesOf(t);
      expect(q, o).toEqual({ content: `${o}We have nothing to be ashamed of,${c}`, source: 'Sergei Lavrov', cue: 'said', speaker: 'sergei-lavrov', direct: true });
    }
  });

  it('handles cue-before-source and machine-translated spacing', () => {
    const t = 'Andrey Kortunov spoke. “This is very unpleasant, but not fatal, ”the expert emphasized. “It is over,” said Kortunov.';
    const q = quotesOf(t);
    expect(q[0]).toMatchObject({ content: '“This is very unpleasant, but not fatal, ”', source: 'the expert', cue: 'emphasized', speaker: 'andrey-kortunov' });
    expect(q[1]).toMatchObject({ content: '“It is over,”', source: 'Kortunov', cue: 'said', speaker: 'andrey-kortunov' });
  });

  it('attributes by the words before the quote', () => {
    const t = 'NATO Secretary General Jens Stoltenberg said: “The door remains open for every member of our alliance today.”';
    const [q] = quotesOf(t);
    // PolNeAR spans: the whole source phrase with its titles, the cue with its colon, the quote with its marks.
    expect(q).toMatchObject({ source: 'NATO Secretary General Jens Stoltenberg', cue: 'said:', speaker: 'jens-stoltenberg', direct: true });
    expect(q!.content).toBe('“The door remains open for every member of our alliance today.”');
  });

  it('accepts many cue verbs', () => {
    for (const cue of ['stressed', 'noted', 'recalled', 'insisted', 'clarified', 'explained', 'concluded', 'stated', 'objected', 'warned', 'added']) {
      const t = `“Nothing was agreed,” the Russian Foreign Ministry ${cue}.`;
      const [q] = quotesOf(t);
      expect(q, cue).toMatchObject({ cue, speaker: 'russian-foreign-ministry', direct: true });
    }
  });

  it('leaves out short unattributed scare quotes', () => {
    expect(quotesOf('There is no “Russian invasion” of Ukraine in this text.')).toEqual([]);
  });

  it('reads beliefs and intentions as attributions, with auxiliaries in the cue', () => {
    const q = quotesOf('Two senior officials have repeatedly argued that the talks failed. Donald Trump wants to build a wall.');
    expect(q[0]).toMatchObject({ source: 'Two senior officials', cue: 'have repeatedly argued', content: 'that the talks failed' });
    expect(q[1]).toMatchObject({ source: 'Donald Trump', cue: 'wants', content: 'to build a wall', speaker: 'donald-trump' });
  });

  it('reads an inverted trailing attribution with a full source phrase', () => {
    const [q] = quotesOf('The campaign will end in October, said a spokesman for the Clinton campaign.');
    expect(q).toMatchObject({ source: 'a spokesman for the Clinton campaign', cue: 'said', content: 'The campaign will end in October', direct: false });
  });

  it('finds a quote running over paragraphs with a mixed closing mark', () => {
    const t = 'The Foreign Ministry of Russia spoke.\n\n“It is not surprising.\n\nNo force was used.\n\nThe issue is closed," the Foreign Ministry concluded.';
    const [q] = quotesOf(t);
    expect(q).toMatchObject({ content: '“It is not surprising.\n\nNo force was used.\n\nThe issue is closed,"', speaker: 'russian-foreign-ministry', cue: 'concluded' });
  });
});

describe('findQuotes: reported speech', () => {
  it('reads SOURCE CUE that CLAUSE', () => {
    const [q] = quotesOf('The Russian Foreign Ministry said that the American side did not give a constructive response.');
    expect(q).toEqual({ content: 'that the American side did not give a constructive response', source: 'The Russian Foreign Ministry', cue: 'said', speaker: 'russian-foreign-ministry', direct: false });
  });

  it('reads trailing and parenthetical attributions', () => {
    const t = 'The Russian Foreign Ministry spoke. Incoming demands undermine the likelihood of agreements, the Foreign Ministry noted. At the same time, the Foreign Ministry noted, Russia\'s right is being ignored.';
    const q = quotesOf(t);
    expect(q[0]).toMatchObject({ content: 'Incoming demands undermine the likelihood of agreements', speaker: 'russian-foreign-ministry', direct: false });
    expect(q[1]).toMatchObject({ content: "Russia's right is being ignored", speaker: 'russian-foreign-ministry', direct: false });
  });

  it('reads according to and As CUE in SOURCE', () => {
    const t = 'According to Jason Rebholz, the press secretary of the diplomatic mission, he kept a valid visa. The Russian Foreign Ministry spoke. As emphasized in the Foreign Ministry, these provisions are important.';
    const q = quotesOf(t);
    expect(q[0]).toMatchObject({ content: 'he kept a valid visa', source: 'Jason Rebholz', speaker: 'jason-rebholz', direct: false });
    expect(q[1]).toMatchObject({ content: 'these provisions are important', speaker: 'russian-foreign-ministry', direct: false });
  });

  it('resolves a pronoun source to the last person named', () => {
    const t = 'Andrey Kortunov spoke at length. He noted that the alliance will be held accountable.';
    const [q] = quotesOf(t);
    expect(q).toMatchObject({ source: 'He', speaker: 'andrey-kortunov', content: 'that the alliance will be held accountable' });
  });
});

describe('findQuotes on the seeds', () => {
  it('seed 000: Lavrov, Kortunov and the Foreign Ministry quotes', () => {
    const q = quotesOf(seed('000_e65738cb91f1e9d0'));
    const find = (start: string) => q.find((x) => x.direct && x.content.replace(/^[“"«„]/, '').startsWith(start));
    expect(find('Of course, we will publish this document.')).toMatchObject({ speaker: 'sergei-lavrov', source: 'the diplomat', cue: 'clarified' });
    expect(find('But I admit that')).toMatchObject({ speaker: 'andrey-kortunov', source: 'the expert', cue: 'emphasized' });
    expect(find('In paragraph 2 of this resolution')).toMatchObject({ speaker: 'russian-foreign-ministry', cue: 'recalled' });
    expect(find('However, at the same time')).toMatchObject({ speaker: 'russia', source: 'Moscow', cue: 'objected' });
    expect(q.find((x) => !x.direct && x.source === 'Kortunov')).toMatchObject({ speaker: 'andrey-kortunov', cue: 'suggested' });
  });

  it('seed 004: the Foreign Ministry quotes', () => {
    const q = quotesOf(seed('004_d99e5f2553e52203'));
    const ministry = q.filter((x) => x.speaker === 'russian-foreign-ministry');
    expect(ministry.filter((x) => x.direct).length).toBeGreaterThanOrEqual(9);
    expect(ministry.filter((x) => !x.direct).length).toBeGreaterThanOrEqual(8);
    expect(q.find((x) => x.content.replace(/^[“"«„]/, '').startsWith('The package nature'))).toMatchObject({ speaker: 'russian-foreign-ministry', cue: 'said', direct: true });
    expect(q.find((x) => x.content.startsWith('“In the absence of the readiness'))).toMatchObject({ speaker: 'russian-foreign-ministry', source: 'the diplomats' });
  });
});
