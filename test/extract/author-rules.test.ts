// Author rules: a visible "By" line under the headline against structured data naming someone else, review
// stamps, first names completed from the byline, and outlets named by their bare domain.
import { describe, expect, it } from 'vitest';
import { coAuthors, completedNames, splitAuthors } from '../../src/extract/authors.js';
import { chooseMetadata, headlineByline } from '../../src/extract/html-metadata.js';
import { parseLight } from '../../src/extract/html-tree.js';

function meta(head: string, body = '') {
  return chooseMetadata(parseLight(`<html><head>${head}</head><body>${body}</body></html>`).signals, {});
}
const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const article = (author: string) => ld({ '@type': 'Article', headline: 'Managing Legal Issues in Fitness', author: { '@type': 'Person', name: author } });

describe('a "By" line under the headline against structured data', () => {
  it('wins when JSON-LD names someone else entirely (the account that posted the page)', () => {
    const m = meta(article('Luke Daigle'), '<h1>Managing Legal Issues in Fitness</h1><p>November 3, 2023</p><p>By: Paul Fenaroli</p><p>Body text.</p>');
    expect(m.authors).toEqual(['Paul Fenaroli']);
    expect(m.notes.some((n) => n.includes('names someone else'))).toBe(true);
  });
  it('wins over a meta author split into labelled credits', () => {
    const m = meta('<meta name="author" content="design: ACME Labs">', '<h1>Agency Pricing Data for All States</h1><p><span>by</span> <a>Daniel Burst</a></p>');
    expect(m.authors).toEqual(['Daniel Burst']);
  });
  it('does not replace an author the byline also names (it may complete the list)', () => {
    const m = meta(article('Paul Fenaroli'), '<h1>Managing Legal Issues in Fitness</h1><p>By Paul Fenaroli and Ann Lee</p>');
    expect(m.authors).toEqual(['Paul Fenaroli', 'Ann Lee']);
    expect(m.notes.some((n) => n.includes('names someone else'))).toBe(false);
  });
  it('ignores "By" lines before the headline (teasers of other articles)', () => {
    const body = '<aside><p>Best travel cameras</p><p>by Andy Westlake</p></aside><h1>Managing Legal Issues in Fitness</h1><p>Body text.</p>';
    expect(meta(article('Luke Daigle'), body).authors).toEqual(['Luke Daigle']);
  });
  it('ignores a byline that names the outlet', () => {
    const head = `${article('Scott Miller')}<meta property="og:site_name" content="Campus News">`;
    expect(meta(head, '<h1>Managing Legal Issues in Fitness</h1><p>by Campus News</p>').authors).toEqual(['Scott Miller']);
  });
});

describe('names', () => {
  it('drops a review stamp left where the name was', () => {
    expect(splitAuthors('Fact Checked')).toEqual([]);
    expect(splitAuthors('Medically reviewed')).toEqual([]);
  });
  it('completes a first name alone from the full name written under the headline', () => {
    const runs = [
      { offset: 1, text: 'Cloud Computing Innovations' },
      { offset: 3, text: 'Juliette Carreiro' },
      { offset: 4, text: 'Tech Writer' },
    ];
    expect(completedNames(['Juliette'], runs)).toEqual(['Juliette Carreiro']);
    expect(completedNames(['Juliette'], runs.slice(0, 1))).toEqual(['Juliette']);
    expect(completedNames(['Ann Lee'], runs)).toEqual(['Ann Lee']);
  });
  it('completes it on a page', () => {
    expect(meta('', '<h1>Cloud Computing Innovations</h1><p>Juliette Carreiro</p><p>Tech Writer</p><a class="author" rel="author">Juliette</a>').authors).toEqual(['Juliette Carreiro']);
  });
  it('keeps an outlet named by its bare domain, but not a link', () => {
    expect(splitAuthors('AccountingDepartment.com')).toEqual(['AccountingDepartment.com']);
    expect(splitAuthors('https://www.facebook.com/acme/')).toEqual([]);
    expect(splitAuthors('www.acme.com')).toEqual([]);
    expect(splitAuthors('facebook.com/acme')).toEqual([]);
  });
});

describe('co-authors listed under the headline', () => {
  const runs = (...texts: string[]) => texts.map((text, i) => ({ offset: i + 1, text }));
  it('extends the one author a source names to the list it starts', () => {
    const r = runs('Free Certificates', 'Rui Ma', ',', 'Heba Ledwon', ',', 'Manoel Cortes Mendez', '&', 'Suparn Patra', 'Nov 25th, 2025');
    expect(coAuthors(['Rui Ma'], r)).toEqual(['Rui Ma', 'Heba Ledwon', 'Manoel Cortes Mendez', 'Suparn Patra']);
  });
  it('steps over affiliation numbers in a paper’s author list', () => {
    const r = runs('A Trial', 'Jennifer Huberty', '1', ';', 'Jeni Green', '1', ';', 'Chong Lee', '2', 'Abstract');
    expect(coAuthors(['Jennifer Huberty'], r)).toEqual(['Jennifer Huberty', 'Jeni Green', 'Chong Lee']);
  });
  it('does not take a desk credited beside the person, or a list the author does not start', () => {
    expect(coAuthors(['Advaita Suresh'], runs('Headline', 'Advaita Suresh', ',', 'Global Desk'))).toEqual(['Advaita Suresh']);
    expect(coAuthors(['Ann Lee'], runs('Headline', 'Tags', ',', 'Middle East'))).toEqual(['Ann Lee']);
  });
  it('is applied to the chosen authors on a page', () => {
    const head = '<meta name="author" content="Rui Ma">';
    expect(meta(head, '<h1>Free Certificates</h1><p><a>Rui Ma</a>, <a>Heba Ledwon</a> &amp; <a>Suparn Patra</a></p>').authors).toEqual(['Rui Ma', 'Heba Ledwon', 'Suparn Patra']);
  });
});

describe('byline labels', () => {
  it('reads the name after a "Contributors:" run', () => {
    expect(meta('', '<h1>Low-Light Houseplants That Thrive</h1><p>Plants for dim rooms</p><p><b>Contributors:</b> <a>Janet Loughrey</a></p>').authors).toEqual(['Janet Loughrey']);
  });
});

describe('byline wording', () => {
  it('reads "This post was written by" and stops at a job title after a comma', () => {
    expect(splitAuthors('This post was written by Danielle Padula, Head of Marketing and Community Development')).toEqual(['Danielle Padula']);
    expect(splitAuthors('Ann Lee, Director of Research')).toEqual(['Ann Lee']);
    expect(splitAuthors('Ann Lee and Bob Roe')).toEqual(['Ann Lee', 'Bob Roe']);
  });
  it('takes a lone lower-case handle after "by" under the headline, but not prose', () => {
    const runs = (...texts: string[]) => texts.map((text, i) => ({ offset: i + 1, text }));
    expect(headlineByline(runs('Design Awards Announced', '12/19 — 2025', 'by ibby'))).toEqual(['ibby']);
    expect(headlineByline(runs('Design Awards Announced', 'by', 'jsteinhardt'))).toEqual(['jsteinhardt']);
    expect(headlineByline(runs('Design Awards Announced', 'by default'))).toEqual([]);
    expect(headlineByline(runs('Design Awards Announced', 'by the river bank'))).toEqual([]);
  });
});

describe('repeated byline elements', () => {
  it('takes the byline element under the headline over an earlier one elsewhere', () => {
    const body = '<aside><span class="author">George Oates</span></aside><h1>Metadata workflows at the archive</h1><p>Craig McCarthy</p><p>Last updated on 17 December 2025</p><div class="author">Craig McCarthy</div>';
    const m = meta('', body);
    expect(m.authors).toEqual(['Craig McCarthy']);
    expect(m.notes).toContain('authors: byline (the one under the headline)');
  });
  it('keeps the first byline element when no other sits under the headline', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} of the body.</p>`).join('');
    const body = `<aside><span class="author">George Oates</span></aside><h1>Metadata workflows at the archive</h1>${paragraphs}<div class="author">Craig McCarthy</div>`;
    expect(meta('', body).authors).toEqual(['George Oates']);
  });
});
