// One test per metadata rule: headline-side datelines and bylines, organisation vs person authors,
// name cleaning, and the title choices between <title>, og:title, JSON-LD and the h1.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanAuthors, nameByDate, splitAuthors } from '../../src/extract/authors.js';
import { articleFromJsonLd } from '../../src/extract/html-jsonld.js';
import { casedLike, chooseMetadata, headlineByline, headlineDate, headlineH1 } from '../../src/extract/html-metadata.js';
import { repairMojibake, withoutHeadlineExtras } from '../../src/extract/title.js';
import { parseLight } from '../../src/extract/html-tree.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'extract', 'metadata');

function meta(head: string, body = '', declared: { url?: string } = {}) {
  return chooseMetadata(parseLight(`<html><head>${head}</head><body>${body}</body></html>`).signals, declared);
}
const ld = (o: object): string => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const runs = (...texts: [number, string][]) => texts.map(([offset, text]) => ({ offset, text }));

describe('text runs around the headline', () => {
  it('records short runs before and after the first h1, relative to it', () => {
    const s = parseLight('<body><nav><a>Home</a></nav><h1>The headline</h1><p><span>By</span> <a>Ann Lee</a></p><p>March 3, 2025</p></body>').signals;
    expect(s.headRuns).toEqual([
      { text: 'Home', offset: 0 },
      { text: 'The headline', offset: 1 },
      { text: 'By', offset: 2 },
      { text: 'Ann Lee', offset: 3 },
      { text: 'March 3, 2025', offset: 4 },
    ]);
  });
  it('keeps the first runs of a page without an h1, counted from the start', () => {
    expect(parseLight('<body><p>Blog</p><p>March 3, 2025</p></body>').signals.headRuns).toEqual([
      { text: 'Blog', offset: 1 },
      { text: 'March 3, 2025', offset: 2 },
    ]);
  });
  it('drops a job title after the name, a lone weekday and credentials', () => {
    expect(splitAuthors('Harry Rabinowitz Tech Reporter')).toEqual(['Harry Rabinowitz']);
    expect(cleanAuthors(['Sat', 'Dylan Bailey, MS, RD, FAND'])).toEqual(['Dylan Bailey']);
  });
  it('reads "Written by" anywhere on the page when nothing nearer names the author', () => {
    const body = '<h1>Headline words here</h1>' + '<p>Body text.</p>'.repeat(60) + '<h3>Written by Cassidy Horton</h3>';
    expect(meta('', body).authors).toEqual(['Cassidy Horton']);
  });
  it('takes the text of a link to an author page as a byline', () => {
    expect(parseLight('<body><a href="/authors/trevor-jackins">Trevor Jackins</a><a href="/about">About</a></body>').signals.bylines).toEqual(['Trevor Jackins']);
  });
  it('reads "Contributors:" as a byline label', () => {
    expect(splitAuthors('Contributors: Janet Loughrey')).toEqual(['Janet Loughrey']);
  });
  it('separates words that tags run together inside a byline element', () => {
    expect(parseLight('<body><div class="byline"><p>Luke Kim</p><small>December 17</small></div></body>').signals.bylines).toContain('Luke Kim December 17');
  });
  it('records each h1 class as a hint', () => {
    expect(parseLight('<body><h1 class="Entry-Title">A</h1></body>').signals.h1Hints).toEqual(['entry-title']);
  });
});

describe('dateline by the headline', () => {
  it('takes the nearest date-only run after the h1 as the publication date', () => {
    expect(headlineDate(runs([1, 'Headline'], [2, 'Nov 21, 2018'], [9, 'March 1, 2020']))).toBe('2018-11-21');
    expect(meta('', '<h1>Headline here</h1><div><p>Published on July 18, 2025</p></div><p>Body text.</p>').published).toBe('2025-07-18');
  });
  it('passes over a date range, which is an event in the text and not a dateline', () => {
    expect(headlineDate(runs([0, 'OCTOBER 13, 2025'], [1, 'Biggest tech events'], [8, ': January 6-9, 2026']))).toBe('2025-10-13');
  });
  it('passes over a run labelled "Updated": that is not the publication date', () => {
    expect(headlineDate(runs([1, 'Headline'], [2, 'Updated on 23 Oct 2025']))).toBeNull();
  });
  it('passes over a date whose label "Updated" is the run before it', () => {
    expect(headlineDate(runs([1, 'Headline'], [2, 'Updated'], [3, 'Feb. 27, 2025']))).toBeNull();
    expect(headlineDate(runs([1, 'Headline'], [2, 'Published'], [3, 'Feb. 27, 2025']))).toBe('2025-02-27');
  });
  it('reads the date out of a run shared with a reading time or a byline', () => {
    expect(headlineDate(runs([1, 'Headline'], [2, 'December 18, 2025 ・ 3 min read']))).toBe('2025-12-18');
  });
  it('looks before the h1 only when nothing after it is a date', () => {
    expect(headlineDate(runs([-1, 'Dec 17, 2025'], [1, 'Headline'], [3, 'Dec 19, 2025']))).toBe('2025-12-19');
    expect(headlineDate(runs([-1, 'Dec 17, 2025'], [1, 'Headline']))).toBe('2025-12-17');
  });
  it('reads datePublished from a JSON-LD WebPage when there is no article object', () => {
    expect(meta(ld({ '@graph': [{ '@type': 'WebPage', datePublished: '2024-03-17T19:47:39+00:00' }] })).published).toBe('2024-03-17T19:47:39+00:00');
  });
  it('reads a data-pubdate attribute and the published-date meta name', () => {
    expect(meta('', '<div class="guide" data-pubdate="2022-10-05">x</div>').published).toBe('2022-10-05');
    expect(meta('<meta name="published-date" content="2021-02-16">').published).toBe('2021-02-16');
  });
  it('comes after the machine-readable dates', () => {
    expect(meta('<meta property="article:published_time" content="2024-01-02">', '<h1>Headline here</h1><p>March 3, 2025</p>').published).toBe('2024-01-02');
  });
  it('reads the date out of a run split by a dash ("February 4, 2025 - 11 minutes", "Essay - Published: 2025.12.17")', () => {
    expect(headlineDate(runs([0, 'February 4, 2025 - 11 minutes'], [1, 'Headline']))).toBe('2025-02-04');
    expect(headlineDate(runs([1, 'Headline'], [2, 'Essay - Published: 2025.12.17 |']))).toBe('2025-12-17');
  });
  it('reads other meta names a CMS gives the publication date, never a modified or publisher one', () => {
    expect(meta('<meta name="w-published-date" content="2025-05-27T06:03:43.274Z">').published).toBe('2025-05-27T06:03:43Z');
    expect(meta('<meta name="published" content="July 17, 2025">').published).toBe('2025-07-17');
    expect(meta('<meta name="last-published-date" content="2025-05-27"><meta name="publisher-updated" content="2025-05-28">').published).toBeNull();
  });
  it('does not take a day the page labels "Updated" for the publication day, nor a later teaser\'s date', () => {
    const body = '<h1>The best cameras of the year</h1><p><span class="date">Feb 27, 2026</span></p><p class="post-date">Last Updated on Feb 27, 2026</p><p class="date">January 20, 2026</p>';
    expect(meta('', body).published).toBeNull();
    expect(meta('', '<h1>The best cameras of the year</h1><p>Feb 27, 2026</p>').published).toBe('2026-02-27');
  });
  it('takes the dateline by the headline when the machine publication date is only the last save', () => {
    const stamp = (p: string, m: string) => ld({ '@type': 'Article', headline: 'How much to pay for cleaning', datePublished: p, dateModified: m });
    const body = '<h1>How much to pay for cleaning</h1><p>Jan 31, 2024</p>';
    expect(meta(stamp('2025-11-05T10:00:00Z', '2025-11-05T10:00:00Z'), body).published).toBe('2024-01-31');
    // A real modification leaves the publication date alone; so does a dateline only a day off (a time zone).
    expect(meta(stamp('2025-11-05T10:00:00Z', '2025-12-01T10:00:00Z'), body).published).toBe('2025-11-05T10:00:00Z');
    expect(meta(stamp('2024-02-01T01:00:00Z', '2024-02-01T01:00:00Z'), body).published).toBe('2024-02-01T01:00:00Z');
  });
  it('reads a <time> named "changed" or shown as "Updated" as the modification date, unless marked published', () => {
    expect(meta('', '<h1>Pests</h1><time class="field--name-changed" datetime="2026-02-12T14:36:23-05:00">February 12, 2026</time>').published).toBeNull();
    const shown = (cls: string) => `<h1>Car checklist</h1><span class="${cls}"><time datetime="2025-04-10T06:00">Updated April 10, 2025</time></span>`;
    expect(meta('', shown('date-time')).published).toBeNull();
    expect(meta('', '<h1>Car checklist</h1><p class="date">Updated April 10, 2025</p><time class="published" datetime="2025-04-10">x</time>').published).toBe('2025-04-10');
  });
  it('reads a date in the URL that a "+" follows', () => {
    expect(meta('', '', { url: 'https://blog.example/articles/2025-12-15+Rust+GCC+backend' }).published).toBe('2025-12-15');
  });
  it('takes the day in the URL for a UTC timestamp that falls on the next or previous day', () => {
    const head = (t: string) => `<meta property="article:published_time" content="${t}">`;
    const url = { url: 'https://blog.example/2025/12/18/a-post' };
    expect(meta(head('2025-12-19T02:41:41+00:00'), '', url).published).toBe('2025-12-18');
    expect(meta(head('2025-12-17T22:00:00Z'), '', url).published).toBe('2025-12-18');
    // The same day, a timestamp with its own offset, or a day no time zone allows: the timestamp stays.
    expect(meta(head('2025-12-18T10:00:00Z'), '', url).published).toBe('2025-12-18T10:00:00Z');
    expect(meta(head('2025-12-19T02:41:41-05:00'), '', url).published).toBe('2025-12-19T02:41:41-05:00');
    expect(meta(head('2025-12-19T20:00:00Z'), '', url).published).toBe('2025-12-19T20:00:00Z');
  });
});

describe('byline by the headline', () => {
  it('takes the run after a label-only run ("By", "Written by:")', () => {
    expect(headlineByline(runs([1, 'Headline'], [2, 'Written by:'], [3, 'Edzel Tabing']))).toEqual(['Edzel Tabing']);
    expect(headlineByline(runs([1, 'Headline'], [2, 'By'], [3, 'Moses Kim and Kate Shokurova']))).toEqual(['Moses Kim', 'Kate Shokurova']);
  });
  it('reads a run that is a whole "By …" byline', () => {
    expect(headlineByline(runs([1, 'Headline'], [2, 'By Amy Wilhelm']))).toEqual(['Amy Wilhelm']);
  });
  it('ignores "Reviewed by" and runs that are not bylines', () => {
    expect(headlineByline(runs([1, 'Headline'], [2, 'Reviewed by Jane Roe, MD'], [3, 'Bylaws']))).toEqual([]);
  });
  it('is used when no meta tag or JSON-LD names an author', () => {
    expect(meta('', '<h1>Headline here</h1><p>by <a href="/authors/shannon-grilli">Shannon Grilli</a></p>').authors).toEqual(['Shannon Grilli']);
  });
});

describe('unlabelled name next to the date by the headline', () => {
  it('takes a written name beside the date or reading time, separators between them allowed', () => {
    expect(nameByDate(runs([1, 'Headline'], [3, 'Elliot Raba'], [4, '23.07.2025'], [5, '·'], [6, '6 min read']))).toEqual(['Elliot Raba']);
    expect(nameByDate(runs([1, 'Headline'], [2, '2025-12-17'], [3, '·'], [4, 'Trond Teigen']))).toEqual(['Trond Teigen']);
    expect(nameByDate(runs([-1, 'Dec 17, 2025'], [0, 'Julian K. Arni'], [1, 'Headline']))).toEqual(['Julian K. Arni']);
    expect(nameByDate(runs([1, 'Headline'], [2, 'Dec 26, 2025'], [3, '•'], [4, 'Mahua Das in'], [5, 'Project Management']))).toEqual(['Mahua Das']);
  });
  it('passes over labels, lists, menu repeats, the headline and names far from a date', () => {
    expect(nameByDate(runs([1, 'Headline'], [2, 'Log In'], [3, 'March 3, 2025']))).toEqual([]);
    expect(nameByDate(runs([-4, 'November 28, 2025'], [-3, '/'], [-2, 'Living Healthy'], [-1, '/'], [0, 'Wellness'], [1, 'Headline']))).toEqual([]);
    expect(nameByDate(runs([-5, 'Mental Health'], [-2, 'Mental Health'], [-1, 'DECEMBER 22, 2022'], [1, 'Headline']))).toEqual([]);
    expect(nameByDate(runs([1, 'Vibe Coding'], [2, 'December 16, 2025']), ['davidbau.com Vibe Coding'])).toEqual([]);
    expect(nameByDate(runs([1, 'Headline'], [2, 'Julia Gralberg'], [3, 'Hotel Travel Hacks']))).toEqual([]);
    expect(nameByDate(runs([1, 'Headline'], [2, 'PLLC NEWS'], [3, 'March 3, 2025']))).toEqual([]);
  });
  it('is the last source tried', () => {
    const body = '<h1>Headline of the post</h1><p><span>Ann Lee</span> · <span>March 3, 2025</span></p>';
    expect(meta('', body).authors).toEqual(['Ann Lee']);
    expect(meta('<meta name="author" content="Bo Chen">', body).authors).toEqual(['Bo Chen']);
  });
});

describe('choosing the author', () => {
  it('reads the "Written by" unfurl label (twitter:label1 / twitter:data1)', () => {
    expect(meta('<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jayesh Shinde">').authors).toEqual(['Jayesh Shinde']);
  });
  it('reads citation_author "Last, First" as one person', () => {
    expect(meta('<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Patel, Jyoti">').authors).toEqual(['Aniruddha Roy', 'Jyoti Patel']);
    expect(meta('<meta name="citation_author" content="Jane Roe, MD">').authors).toEqual(['Jane Roe']);
  });
  it('resolves a JSON-LD author given as an @id reference', () => {
    const a = articleFromJsonLd([JSON.stringify({ '@graph': [{ '@type': 'Article', author: { '@id': '#p' } }, { '@type': 'Person', '@id': '#p', name: 'Shivkumar M' }] })]);
    expect(a?.authors).toEqual(['Shivkumar M']);
  });
  it('lets a JSON-LD Organization author give way to a person in a visible byline', () => {
    const head = ld({ '@type': 'Article', headline: 'H', author: { '@type': 'Organization', name: 'Cleveland Clinic' } });
    expect(meta(head, '<h1>H</h1><p class="byline">By Holly Wilgus</p>').authors).toEqual(['Holly Wilgus']);
    expect(meta(head, '<h1>H</h1>').authors).toEqual(['Cleveland Clinic']);
  });
  it('lets a meta author that is the site name give way to a person', () => {
    const head = '<meta property="og:site_name" content="Clemson News"><meta name="author" content="Clemson News">';
    expect(meta(head, '<h1>Headline words here</h1><p>By Shelia R. Cotten</p>').authors).toEqual(['Shelia R. Cotten']);
  });
  it('lets a login handle give way to a written name, but keeps it when there is none', () => {
    expect(meta('<meta name="author" content="andrew.keaveney">', '<h1>Headline words</h1><p>By Denise Everheart</p>').authors).toEqual(['Denise Everheart']);
    expect(meta('<meta name="author" content="kate">').authors).toEqual(['kate']);
  });
  it('drops the outlet from a list of persons credited with it', () => {
    const head = '<meta property="og:site_name" content="The Commercial Appeal">' + ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Manoj Jain' }, { '@type': 'Person', name: 'Jagpreet Chhatwal' }, { '@type': 'Organization', name: 'The Commercial Appeal' }] });
    expect(meta(head).authors).toEqual(['Manoj Jain', 'Jagpreet Chhatwal']);
  });
  it('takes a visible byline that names the JSON-LD author and more, when all of them are written names', () => {
    const head = ld({ '@type': 'Article', headline: 'HR trends for the year ahead', author: { '@type': 'Person', name: 'Marna van der Merwe' } });
    const body = (by: string) => `<h1>HR trends for the year ahead</h1><p class="byline">${by}</p>`;
    expect(meta(head, body('Written by Dr Marna van der Merwe, Dr Dieter Veldsman, Erik van Vulpen')).authors).toEqual(['Dr Marna van der Merwe', 'Dr Dieter Veldsman', 'Erik van Vulpen']);
    // A role or a publication after the name, or the same person written twice, is no further author.
    expect(meta(head, body('Marna van der Merwe, Shipping Expert')).authors).toEqual(['Marna van der Merwe']);
    expect(meta(head, body('By Marna van der Merwe and Harvard Chan Magazine')).authors).toEqual(['Marna van der Merwe']);
    expect(meta(head, body('Marna van der Merwe, FAND Marna van der Merwe')).authors).toEqual(['Marna van der Merwe']);
  });
  it('does not read author bio boxes as bylines', () => {
    const bio = '<div class="author">Dan lives and works in Calgary, Alberta, and bikes year-round. He has written about trails for many years and more.</div>';
    expect(meta('<meta property="og:site_name" content="Hardtail Canada"><meta name="author" content="Hardtail Canada">', bio).authors).toEqual(['Hardtail Canada']);
  });
});

describe('cleaning author names', () => {
  it('strips a "By" glued to the name, but not the start of "Byron"', () => {
    expect(splitAuthors('BySummer Swann')).toEqual(['Summer Swann']);
    expect(splitAuthors('Byron Katie')).toEqual(['Byron Katie']);
  });
  it('drops label-only values ("Written By", "Article by:", "The Author")', () => {
    expect(cleanAuthors(['Written By', 'Article by:', 'The Author', 'By'])).toEqual([]);
  });
  it('drops degrees after a name', () => {
    expect(splitAuthors('Doris Munoz-Mantilla, MD, PhD')).toEqual(['Doris Munoz-Mantilla']);
  });
  it('cuts a trailing day without a year, a weekday or a numeric date', () => {
    expect(splitAuthors('Russell Miller Dec 18')).toEqual(['Russell Miller']);
    expect(splitAuthors('BeauHD on Friday')).toEqual(['BeauHD']);
    expect(splitAuthors('EcoFlow- 2025/4/29')).toEqual(['EcoFlow']);
  });
  it('cuts the section a post was filed in ("By MixmasterFred in Workshop")', () => {
    expect(cleanAuthors(['By MixmasterFred in Workshop Woodworking', 'Ann Lee in Washington'])).toEqual(['MixmasterFred', 'Ann Lee']);
  });
  it('drops comment authors, job titles and bio phrases, keeps collective credits', () => {
    expect(cleanAuthors(['Karl Fleischmann says', 'Staff Writer', 'Sr. Director of Operations', 'Personal finance', 'works in Calgary'])).toEqual([]);
    expect(cleanAuthors(['Podium Staff', 'the Lavazza Team', 'The Currency editors', 'kirstin boatto'])).toEqual(['Podium Staff', 'the Lavazza Team', 'The Currency editors', 'kirstin boatto']);
  });
  it('drops a sentence ending in a full stop, keeps "Jr."', () => {
    expect(cleanAuthors(['AM Best’s Review.', 'Ann Lee Jr.'])).toEqual(['Ann Lee Jr.']);
  });
});

describe('choosing the title', () => {
  it('passes over a one-word h1 inside a long title, and an h1 that is the site name', () => {
    expect(headlineH1('How we pwned X, Vercel, Cursor, Discord, and hundreds of companies', ['Discord'])).toBeNull();
    expect(headlineH1('A brief intro to git Cory Dransfeldt', ['Cory Dransfeldt'], ['Cory Dransfeldt'])).toBeNull();
  });
  it('completes a JSON-LD headline cut off by the CMS from the meta title', () => {
    const head = ld({ '@type': 'Article', headline: 'Fix It Friday: We Help 4 Readers (Including' }) + '<meta property="og:title" content="Fix It Friday: We Help 4 Readers (Including One Trick)">';
    expect(meta(head).title).toBe('Fix It Friday: We Help 4 Readers (Including One Trick)');
  });
  it('gives an all-capitals h1 the casing of the meta title', () => {
    expect(casedLike('TIPS FOR ONLINE SUCCESS', 'Tips for Online Success')).toBe('Tips for Online Success');
    expect(meta('<title>Tips for Online Success</title>', '<h1>TIPS FOR ONLINE SUCCESS</h1>').title).toBe('Tips for Online Success');
  });
  it('decodes an entity left by double escaping', () => {
    expect(meta('<meta property="og:title" content="Python, SQL &amp;#x26; AI tools">').title).toBe('Python, SQL & AI tools');
  });
  it('removes the site name from the h1 when the h1 carries it', () => {
    const head = '<meta property="og:site_name" content="Artlyst"><title>Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst</title>';
    expect(meta(head, '<h1>Critics’ Choice: Best UK Art Exhibitions 2025 – Artlyst</h1>').title).toBe('Critics’ Choice: Best UK Art Exhibitions 2025');
  });
  it('recognises the brand of a subdomain host in the title', () => {
    expect(meta('<title>GAME CHANGER | Newegg.com</title>', '', { url: 'https://promotions.newegg.com/zotac/index.html' }).title).toBe('GAME CHANGER');
  });
  it('takes the one h1 marked as the entry title even when the meta title is a rewrite', () => {
    const head = '<meta property="og:title" content="Best Apps to Learn a Language in 2025">';
    expect(meta(head, '<h1 class="title entry-title">Top 10: Best Language Learning App (tested by experts)</h1>').title).toBe('Top 10: Best Language Learning App (tested by experts)');
    expect(meta(head, '<h1 class="logo">Top 10: Best Language Learning App (tested by experts)</h1>').title).toBe('Best Apps to Learn a Language in 2025');
  });
  it('drops a dateline, byline, source or section label the template ran into the h1', () => {
    const og = (t: string) => `<meta property="og:title" content="${t}">`;
    expect(meta(og('Top Strategies to Optimize Blockchain Security'), '<h1>Top Strategies to Optimize Blockchain Security <span>Posted on July 1, 2024 by infuy</span></h1>').title).toBe('Top Strategies to Optimize Blockchain Security');
    expect(meta(og('Backpacking Checklist for Beginners'), '<h1>Backpacking Checklist for Beginners <small>January 1, 2025</small></h1>').title).toBe('Backpacking Checklist for Beginners');
    expect(meta(og('Stanford Grads Find Degrees No Longer Guarantee Jobs'), '<h1>Stanford Grads Find Degrees No Longer Guarantee Jobs <a>(latimes.com)</a> <span>87</span></h1>').title).toBe('Stanford Grads Find Degrees No Longer Guarantee Jobs');
    expect(meta(og('Best Social Media Agencies in 2025'), '<h1>Blog: Best Social Media Agencies in 2025</h1>').title).toBe('Best Social Media Agencies in 2025');
    // A longer headline that goes on in words is the page's own headline.
    expect(withoutHeadlineExtras('Best Travel Insurance for Seniors in 2025', 'Best Travel Insurance for Seniors')).toBe('Best Travel Insurance for Seniors in 2025');
  });
  it('passes over an og:title that is only the site name', () => {
    const head = '<meta property="og:site_name" content="Robomow"><meta property="og:title" content="Robomow"><meta property="og:title" content="Which robotic lawnmower suits which lawn size? | Robomow">';
    expect(meta(head).title).toBe('Which robotic lawnmower suits which lawn size?');
  });
  it('takes the h1 the <title> states word for word when the og:title is a rewrite', () => {
    const head = '<meta property="og:site_name" content="WellRive"><meta property="og:title" content="Expert Move Management: How to Choose a Moving Company"><title>The Ultimate Guide to Booking a Moving Company - WellRive</title>';
    expect(meta(head, '<h1>The Ultimate Guide to Booking a Moving Company</h1>').title).toBe('The Ultimate Guide to Booking a Moving Company');
    // An h1 that is only the blog's name at the head of the <title> is not the headline.
    const blog = '<meta property="og:title" content="Small adventures with small language models"><title>Engora Data Blog: Small adventures with small language models</title>';
    expect(meta(blog, '<h1>Engora Data Blog</h1>').title).toBe('Small adventures with small language models');
  });
  it('prefers a meta title in ordinary case to a different all-capitals h1', () => {
    expect(meta('<title>Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros</title>', '<h1>BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS</h1>').title).toBe('Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros');
    expect(meta('<title>ACTUARIAL CONSULTING VS. INSURANCE</title>', '<h1>ACTUARIAL CONSULTING VS. INSURANCE</h1>').title).toBe('ACTUARIAL CONSULTING VS. INSURANCE');
  });
  it('removes a host name written before the headline without a separator', () => {
    expect(meta('<title>davidbau.com Vibe Coding</title>', '', { url: 'https://davidbau.com/archives/2025/12/16/vibe_coding.html' }).title).toBe('Vibe Coding');
    expect(meta('<title>example.com</title>', '', { url: 'https://example.com/' }).title).toBe('example.com');
  });
  it('decodes UTF-8 that was read as Latin-1, and leaves real accented text alone', () => {
    expect(repairMojibake('A DIY Investor\u00e2\u0080\u0099s Guide')).toBe('A DIY Investor’s Guide');
    expect(repairMojibake('JOHNSON\u00e2\u0080\u0099S\u00c2\u00ae')).toBe('JOHNSON’S®');
    expect(repairMojibake('Ãœber')).toBe('Über');
    for (const ok of ['Château café’s menu', 'São Paulo — Ñandú', 'Zürich…', 'Déjà vu']) expect(repairMojibake(ok)).toBe(ok);
  });
});

describe('a blog page with its byline and date beside the headline', () => {
  it('finds title, person author and publication date', () => {
    const html = readFileSync(join(FIXTURES, 'blog-byline.html'), 'utf8');
    const m = chooseMetadata(parseLight(html).signals, {});
    expect(m).toMatchObject({ title: 'Why river towns flood twice', authors: ['Mara Quint', 'Olu Benn'], published: '2024-04-08' });
  });
});
