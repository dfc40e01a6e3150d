// Title rules: the headline as written (typography, lost characters, full-width punctuation), which of several
// h1s restates the title, site trailers, and a headline given as a second og:title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseMetadata, headlineH1 } from '../../src/extract/html-metadata.js';
import { parseLight } from '../../src/extract/html-tree.js';
import { asciiPunctuation, restoreLostCharacters, typedAsDeclared } from '../../src/extract/title-forms.js';
import { splitTitle } from '../../src/extract/title.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extract', 'titles');

function meta(head: string, body = '') {
  return chooseMetadata(parseLight(`<html><head>${head}</head><body>${body}</body></html>`).signals, {});
}

describe('typography a template added to the headline', () => {
  it('takes the straight quotes that og:title and <title> both give', () => {
    expect(typedAsDeclared('Why Hasn’t Tutoring Worked?', ["Why Hasn't Tutoring Worked?", "Why Hasn't Tutoring Worked?"])).toBe("Why Hasn't Tutoring Worked?");
  });
  it('takes a double hyphen the template turned into a dash', () => {
    expect(typedAsDeclared('Brains Are Optional—Cells Can Do It', ['Brains Are Optional--Cells Can Do It', 'Brains Are Optional--Cells Can Do It'])).toBe('Brains Are Optional--Cells Can Do It');
  });
  it('keeps the headline when only one source, or two disagreeing ones, give the plain form', () => {
    expect(typedAsDeclared('Here’s how', ["Here's how", null])).toBe('Here’s how');
    expect(typedAsDeclared('Here’s how', ["Here's how", 'Here’s how'])).toBe('Here’s how');
  });
  it('keeps a single dash: " - " and " – " are both typed by hand', () => {
    expect(typedAsDeclared('Best Bread Machines – My Favorites!', ['Best Bread Machines - My Favorites!', 'Best Bread Machines - My Favorites!'])).toBe('Best Bread Machines – My Favorites!');
  });
  it('keeps the headline when the sources differ in words, not only typography', () => {
    expect(typedAsDeclared('Here’s how to sleep', ["Here's how to rest", "Here's how to rest"])).toBe('Here’s how to sleep');
  });
  it('applies to the chosen h1 on a page (fixture)', () => {
    const html = readFileSync(join(FIXTURES, 'curled-headline.html'), 'utf8');
    expect(chooseMetadata(parseLight(html).signals, {}).title).toBe("A Beginner's Guide to Refinishing Old Chairs");
  });
});

describe('characters lost to a wrong decoding', () => {
  it('restores the declared title where each "?" stands for a punctuation mark', () => {
    expect(restoreLostCharacters('Basics Of Event Planning? Beginner? Guide', "Basics Of Event Planning: Beginner's Guide")).toBe("Basics Of Event Planning: Beginner's Guide");
  });
  it('keeps a question the meta title wrote with a colon', () => {
    expect(restoreLostCharacters('Is It Safe? Experts Disagree', 'Is It Safe: Experts Disagree')).toBe('Is It Safe? Experts Disagree');
  });
  it('keeps a real question', () => {
    expect(restoreLostCharacters('How Much is Pet Insurance?', 'How Much is Pet Insurance')).toBe('How Much is Pet Insurance?');
    expect(restoreLostCharacters('Is It Time? Yes It Is', 'Is It Time? Yes It Is')).toBe('Is It Time? Yes It Is');
  });
  it('keeps the headline when the rest of the text differs', () => {
    expect(restoreLostCharacters('Planning? Beginner? Guide', "Planning: Expert's Guide")).toBe('Planning? Beginner? Guide');
  });
});

describe('full-width punctuation', () => {
  it('writes it as ASCII in a Latin-script title', () => {
    expect(asciiPunctuation('How Does Robot Vacuum Mapping Work？')).toBe('How Does Robot Vacuum Mapping Work?');
  });
  it('leaves Chinese and Japanese titles alone', () => {
    expect(asciiPunctuation('東京の天気は？')).toBe('東京の天気は？');
  });
  it('is applied to the chosen title', () => {
    expect(meta('<title>Does It Work？</title>').title).toBe('Does It Work?');
  });
});

describe('which h1 restates the title', () => {
  it('prefers the first of two equally matching h1s', () => {
    expect(headlineH1('10 DIY Woodworking Projects for Your Home', ['10 DIY Woodworking Projects for Your Home', '10 DIY Woodworking Projects for your Home'])).toBe('10 DIY Woodworking Projects for Your Home');
  });
  it('prefers the h1 sharing more of the title’s words over a shorter restatement', () => {
    const title = 'How to become a Freelance Web Designer with no degree or experience';
    expect(headlineH1(title, [title, 'How to become a freelance web designer with no experience'])).toBe(title);
  });
  it('takes an h1 stated word for word by a second og:title', () => {
    const head = '<meta property="og:title" content="Boost Your Brand Today"><meta property="og:title" content="Top Affordable Marketing Services for Small Businesses"><title>Boost Your Brand Today</title>';
    expect(meta(head, '<h1>Top Affordable Marketing Services for Small Businesses</h1>').title).toBe('Top Affordable Marketing Services for Small Businesses');
  });
});

describe('site trailers', () => {
  it('does not count "&" as a word of a short pipe trailer, even escaped twice', () => {
    expect(splitTitle('12 Must-Have Data Analysis Tools for 2026 | Python, SQL &#x26; AI', { sites: [] }).title).toBe('12 Must-Have Data Analysis Tools for 2026');
  });
  it('keeps a trailer of four words', () => {
    expect(splitTitle('Homeowners Insurance Guide 2026 | Coverage Types, Costs & Savings', { sites: [] }).title).toBe('Homeowners Insurance Guide 2026 | Coverage Types, Costs & Savings');
  });
});
