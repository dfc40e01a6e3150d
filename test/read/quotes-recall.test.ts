import { describe, expect, it } from 'vitest';
import { dashAttribution, findLabels } from '../../src/read/quote-labels.js';
import { findQuotedSpans } from '../../src/read/quote-marks.js';
import { quotesOf } from './helpers.js';


describe('attributions marked by layout', () => {
  it('reads transcript speaker labels and a headline label, with the colon as the cue', () => {
    const t = 'Mayor Smith: Budget Cuts Will Hurt Schools.\n\nThe interview went on.\n\n"HOST: Will you run again?\n\n"SMITH: I have not decided yet.';
    expect(quotesOf(t)).toEqual([
      { source: 'Mayor Smith', cue: ':', content: 'Budget Cuts Will Hurt Schools' },
      { source: 'HOST', cue: ':', content: 'Will you run again?' },
      { source: 'SMITH', cue: ':', content: 'I have not decided yet.' },
    ]);
  });

  it('needs two capitalised labels for a transcript, and skips headline kickers', () => {
    expect(findLabels('A story.\n\nNOTE: this is one line only.')).toEqual([]);
    expect(findLabels('The Latest: Storm heads north.')).toEqual([]);
  });

  it('attributes a quote by a dash and a name closing its line', () => {
    const t = '“The plan will cost us all a great deal of money in the years ahead.” ― Maria Lopez\nNext line.';
    expect(quotesOf(t)[0]).toEqual({ source: 'Maria Lopez', cue: '―', content: '“The plan will cost us all a great deal of money in the years ahead.”' });
    expect(dashAttribution('” — and then it rained', 1)).toBeNull();
  });
});

describe('quote marks across paragraphs', () => {
  it('does not carry an unclosed quote into a paragraph opened by another style of mark', () => {
    const t = '"The first paragraph of a block quote.\n\n“A new quote,” she said.';
    expect(findQuotedSpans(t).map((q) => t.slice(q.open, q.close + 1))).toEqual(['“A new quote,”']);
  });
});

describe('attribution spans', () => {
  it('keeps a source inside its sentence', () => {
    const q = quotesOf('The office did not respond to requests for comment. Interim chairwoman Donna Brazile said the party would recover.');
    expect(q.find((x) => x.cue === 'said')).toMatchObject({ source: 'Interim chairwoman Donna Brazile' });
  });

  it('takes the name after an adverbial phrase as the source', () => {
    const [q] = quotesOf('In a radio interview Trump said the wall would be built.');
    expect(q).toMatchObject({ source: 'Trump', cue: 'said', content: 'the wall would be built' });
  });

  it('reports the whole clause around a quoted fragment, from "that"', () => {
    const [q] = quotesOf('The senator said that his rival was “unfit to serve” in any office.');
    expect(q).toMatchObject({ source: 'The senator', cue: 'said', content: 'that his rival was “unfit to serve” in any office' });
  });

  it('starts the content at "that" after a short object or adverbial', () => {
    const [q] = quotesOf('Jane Doe told reporters on Friday that the deal was off.');
    expect(q).toMatchObject({ source: 'Jane Doe', cue: 'told', content: 'that the deal was off' });
    const [r] = quotesOf('The Russian authorities considered untenable the allegations of American officials that Moscow fomented the conflict.');
    expect(r?.content).not.toMatch(/^that/);
  });

  it('ends a clause where a second cue of the same source begins, and reports that one too', () => {
    expect(quotesOf('The aides said it was too early to talk but noted that the governor won twice.')).toEqual([
      { source: 'The aides', cue: 'said', content: 'it was too early to talk' },
      { source: 'The aides', cue: 'noted', content: 'that the governor won twice' },
    ]);
  });

  it('reads a participle cue after a comma as the subject speaking', () => {
    const [q] = quotesOf('Donald Trump fired off tweets at night, saying it shows he would be awake for a call.');
    expect(q).toMatchObject({ source: 'Donald Trump', cue: 'saying', content: 'it shows he would be awake for a call' });
  });

  it('puts auxiliaries, negation, manner adverbs and contractions in the cue', () => {
    expect(quotesOf('The city of Phoenix is demanding that the campaign stop the ad.')[0]).toMatchObject({ source: 'The city of Phoenix', cue: 'is demanding' });
    expect(quotesOf('He doesn’t even believe the polls.')[0]).toMatchObject({ source: 'He', cue: 'doesn’t even believe' });
    expect(quotesOf('She’s insisting the vote was rigged.')[0]).toMatchObject({ source: 'She', cue: '’s insisting' });
    expect(quotesOf('Jane Doe truly believed the tax would pass.')[0]).toMatchObject({ cue: 'truly believed' });
  });

  it('reads "called for", polls that show, and naming with "called"', () => {
    expect(quotesOf('She called for the ratification of the amendment.')[0]).toMatchObject({ cue: 'called for', content: 'the ratification of the amendment' });
    expect(quotesOf('A new state poll shows the governor ahead by three points.')[0]).toMatchObject({ source: 'A new state poll', cue: 'shows' });
    expect(quotesOf('Party chairman David Pepper called the ruling a "huge win for voters."')[0]).toMatchObject({ cue: 'called', content: 'the ruling a "huge win for voters."' });
    expect(quotesOf('The neighbours called the police.')).toEqual([]);
  });

  it('reads a source with an apposition of place or office', () => {
    expect(quotesOf('Johnnie Wilson, of Springfield, Va., said he had served in the army.')[0]).toMatchObject({ source: 'Johnnie Wilson, of Springfield, Va.,', cue: 'said' });
    const t = '“It is fiscally responsible,” Leonard Burman, director of the Tax Policy Center at a large university in the capital, said of the plan.';
    expect(quotesOf(t)[0]).toMatchObject({ source: 'Leonard Burman, director of the Tax Policy Center at a large university in the capital,', cue: 'said' });
  });

  it('does not attribute a quote that ended its sentence to the next sentence', () => {
    const q = quotesOf('Jane Doe urged her supporters at the rally to “go and vote early this year.” Trump accused her of lying about the count.');
    expect(q.find((x) => x.cue === 'accused')?.content).toBe('her of lying about the count');
    expect(q.some((x) => x.cue === 'accused' && x.content.includes('vote'))).toBe(false);
  });

  it('gives a short quote that goes on after a trailing attribution the same speaker', () => {
    expect(quotesOf('“We will win this race,” she said. “No doubt.” Then she left.')).toEqual([
      { source: 'she', cue: 'said', content: '“We will win this race,”' },
      { source: 'she', cue: 'said', content: '“No doubt.”' },
    ]);
  });

  it('reads a participle cue in a sentence that opens with a quote', () => {
    const q = quotesOf('“The company was highly successful for a decade,” Peabody said, adding that its value quadrupled in a year.');
    expect(q.find((x) => x.cue === 'adding')).toEqual({ source: 'Peabody', cue: 'adding', content: 'that its value quadrupled in a year' });
  });

  it('reads "according to" with a lower-case source, but not "according to which"', () => {
    expect(quotesOf('About ten million people live there, according to federal statistics.')[0]).toMatchObject({ source: 'federal statistics', cue: 'according to' });
    expect(quotesOf('The ministry noted the plan of the United States, according to which troops should withdraw.').some((x) => x.cue === 'according to')).toBe(false);
  });

  it('reads a headline closed by its speaker', () => {
    expect(quotesOf('Clean Energy Could Work, Lindsey Graham Says\n\nThe senator spoke.')[0]).toEqual({ source: 'Lindsey Graham', cue: 'Says', content: 'Clean Energy Could Work' });
  });

  it('reads a possessor and a noun of saying before "that", and keeps possessives out of cues', () => {
    expect(quotesOf('He repeated his view that taxes are too high.')).toContainEqual({ source: 'his', cue: 'view', content: 'that taxes are too high' });
    expect(quotesOf('Trump’s claim that the count was rigged spread.').map((x) => x.cue)).toEqual(['claim']);
  });

  it('uses cue verbs learned from the training split', () => {
    expect(quotesOf('The governor lamented that the budget had been cut.')[0]).toMatchObject({ source: 'The governor', cue: 'lamented' });
  });
});
