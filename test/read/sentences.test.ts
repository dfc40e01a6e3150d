import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/read/sentences.js';
import { seed, texts } from './helpers.js';

const split = (t: string): string[] => texts(t, splitSentences(t));

describe('splitSentences', () => {
  it('keeps a closing quote after a period with its sentence', () => {
    const t = '“Of course, we will publish this document. We have nothing to be ashamed of,” the diplomat clarified on February 15. Next one.';
    expect(split(t)).toEqual([
      '“Of course, we will publish this document.',
      'We have nothing to be ashamed of,” the diplomat clarified on February 15.',
      'Next one.',
    ]);
  });

  it('does not split after abbreviations, initials or decimals', () => {
    const t = 'Mr. Smith met Gen. Jones and Dr. J. R. Brown in the U.S. capital on Jan. 5. Growth was 3.5 per cent in No. 7 district.';
    expect(split(t)).toEqual([
      'Mr. Smith met Gen. Jones and Dr. J. R. Brown in the U.S. capital on Jan. 5.',
      'Growth was 3.5 per cent in No. 7 district.',
    ]);
  });

  it('splits after a dotted acronym when a usual sentence opener follows', () => {
    expect(split('Talks were held in the U.S. The delegation left.')).toEqual(['Talks were held in the U.S.', 'The delegation left.']);
  });

  it('ends headings and lines without final punctuation at the line break; blank lines always', () => {
    const t = 'Home » Foreign Ministry releases reaction\n\nby alex\nPhoto: Alexey Kudenko / RIA Novosti\nThe text was\npublished today.';
    expect(split(t)).toEqual([
      'Home » Foreign Ministry releases reaction',
      'by alex',
      'Photo: Alexey Kudenko / RIA Novosti',
      'The text was\npublished today.',
    ]);
  });

  it('handles machine-translated quote spacing', () => {
    const t = 'This is very unpleasant, but not fatal, ”the expert emphasized. Then he left.';
    expect(split(t)).toEqual(['This is very unpleasant, but not fatal, ”the expert emphasized.', 'Then he left.']);
  });

  it('trims whitespace and never returns empty spans', () => {
    const t = '  \n\n  One.   Two?  \n\n\n ';
    const spans = splitSentences(t);
    expect(texts(t, spans)).toEqual(['One.', 'Two?']);
    for (const s of spans) expect(s.end).toBeGreaterThan(s.start);
  });

  it('splits the seed articles into plausible sentences', () => {
    const t = seed('000_e65738cb91f1e9d0');
    const s = split(t);
    expect(s).toContain('We have nothing to be ashamed of,” the diplomat clarified on February 15.');
    expect(s).toContain('Andrey KortunovDirector General of RIAC');
    expect(s).toContain('This is very unpleasant, but not fatal, ”the expert emphasized.');
    expect(s.every((x) => x.length < 700)).toBe(true);
  });

  // The boundary tests read character codes for ASCII and fall back to Unicode classes otherwise: both paths.
  it('starts a sentence at a non-ASCII capital, digit, quote or bullet, and not at a lower-case letter', () => {
    expect(split('It ended. Élysée said so. «Yes» they said. ٣ more. • Item. é no.')).toEqual(['It ended.', 'Élysée said so.', '«Yes» they said.', '٣ more.', '• Item. é no.']);
    expect(split('One. "Two." (Three.) [Four.] - Five. * Six. 7 seven.')).toEqual(['One.', '"Two."', '(Three.)', '[Four.]', '- Five.', '* Six.', '7 seven.']);
  });

  it('takes tabs and no-break spaces between sentences but not a line break after the spaces', () => {
    expect(split('One.\tTwo.\u00a0Three.  \nfour')).toEqual(['One.', 'Two.', 'Three.  \nfour']);
  });

  it('reads abbreviations and initials written in other scripts', () => {
    expect(split('Ж. Иванов spoke. Then Mr. Ó. Brien left.')).toEqual(['Ж. Иванов spoke.', 'Then Mr. Ó. Brien left.']);
  });
});
