import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { markdownToText } from '../../src/extract/markdown.js';
import { dateFromDateline, dateLine } from '../../src/extract/text-dates.js';
import type { SourceFormat } from '../../src/types.js';

const run = (content: string, format: SourceFormat = 'text', now?: string) =>
  extract({ input: 't', origin: 't', format, content, meta: {} }, { now });

describe('title inference in text', () => {
  it('takes a heading-like first line as the title and drops it from the body', () => {
    const a = run('Ministers meet in Geneva\n\nThe ministers met on Friday.\n\nThey agreed to meet again.');
    expect(a.title).toBe('Ministers meet in Geneva');
    expect(a.text).toBe('The ministers met on Friday.\n\nThey agreed to meet again.');
    expect(a.notes).toContain('title: from first line');
  });
  it('does not take a sentence as the title', () => {
    expect(run('The ministers met on Friday.\n\nThey agreed to meet again.').title).toBeNull();
  });
});

describe('dates in text', () => {
  it('reads a date line and a news dateline; ignores a date after the crawl date', () => {
    expect(run('Talks resume\n\nFebruary 17, 2022\n\nBody text here.').published).toBe('2022-02-17');
    expect(run('MOSCOW, Feb. 17, 2022 (Reuters) - Russia said on Thursday it would respond.').published).toBe('2022-02-17');
    const late = run('Talks resume\n\nPublished: 17 March 2023\n\nBody text here.', 'text', '2022-03-01');
    expect(late.published).toBeNull();
    expect(late.notes.some((n) => n.includes('after the crawl date'))).toBe(true);
  });
  it('does not take an update stamp or a date in a sentence as the publication date', () => {
    expect(run('Updated: 18 Feb 2022\n\nBody text here.').published).toBeNull();
    expect(run('On February 17, 2022 the ministry replied.').published).toBeNull();
    expect(dateLine('Updated: 18 Feb 2022')).toEqual({ date: '2022-02-18', kind: 'updated' });
    expect(dateFromDateline('The ministry said on Feb. 17, 2022 - nothing')).toBeNull();
  });
});

describe('paragraphs', () => {
  it('rejoins hard-wrapped lines and keeps one-line paragraphs apart', () => {
    const wrapped = 'The Russian Foreign Ministry has published the text of the\nwritten response to the US response on security guarantees\nin full on Thursday.\n\nThe document was presented by the news agency on its own\nwebsite and later by the ministry itself on its channels.';
    expect(run(wrapped).text.split('\n\n')).toHaveLength(2);
    expect(run('One short line.\nAnother line here.').text).toBe('One short line.\n\nAnother line here.');
  });
});

describe('markdown', () => {
  it('strips headings, emphasis, links and images', () => {
    const md = markdownToText('# Big *news* today\n\nSome **bold** and _italic_ text with a [link](http://x.example) and ![img](a.png).\n\n- item one\n- item two\n\n> quoted `code`');
    expect(md.heading).toBe('Big news today');
    expect(md.text).toContain('Some bold and italic text with a link and .');
    expect(md.text).toContain('item one');
    expect(md.text).not.toMatch(/[*_#>`[\]]/);
  });
  it('uses the first h1 as title and removes chrome after stripping markup', () => {
    const a = run('# Talks resume in Geneva\n\n*By [Jane Doe](/staff/jane)*\n\nThe ministers met on Friday.\n\n**Read more:** [Kremlin comments](/x)', 'markdown');
    expect(a.title).toBe('Talks resume in Geneva');
    expect(a.authors).toEqual(['Jane Doe']);
    expect(a.text).toBe('The ministers met on Friday.');
  });
});
