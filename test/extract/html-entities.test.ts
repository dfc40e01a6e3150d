import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { decodeAttribute, emitDecodedText } from '../../src/extract/html-entities.js';
import { parseLight } from '../../src/extract/html-tree.js';

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

/** Text pieces and attribute values as htmlparser2 hands them over, decoding itself or leaving it to us. */
function events(html: string, ours: boolean): string[] {
  const out: string[] = [];
  const open: string[] = [];
  const parser = new Parser(
    {
      onopentagname: (name) => {
        open.push(name);
        out.push(`<${name}>`);
      },
      onattribute: (k, v) => out.push(`@${k}=${ours ? decodeAttribute(v) : v}`),
      ontext: (t) => {
        if (!ours || RAW_TEXT.has(open[open.length - 1] ?? '')) out.push(t);
        else emitDecodedText(t, (piece) => out.push(piece));
      },
      onclosetag: (name) => {
        open.pop();
        out.push(`</${name}>`);
      },
    },
    { decodeEntities: !ours, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

const PIECES = [
  'a', 'Tom', ' ', '  ', '\n', '&', '&amp;', '&amp', '&ampx', '&not', '&notin;', '&notit', '&noti', '&#38;', '&#38', '&#x26;', '&#x', '&#',
  '&#0;', '&#128;', '&NotEqualTilde;', '&lt;', '&copy', '&copy=', '&nbsp;', '&bogus;', '=', ';', '"', "'", '<b>', '</b>', '<p>', '</p>',
  '<br>', '<title>', '</title>', '<script>', '</script>', '<style>', '</style>', '<textarea>', '</textarea>', '<a href="', '">', "<i class='",
  "'>", '<img alt=', ' >', '<!-- x -->', '<svg>', '</svg>',
];

describe('character references', () => {
  it('are decoded into the same text pieces and attribute values as htmlparser2 decodes them itself', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expect(events(html, true)).toEqual(events(html, false));
      }),
      { numRuns: 500 },
    );
  });

  it('are decoded in text, <title> and attributes, not in script', () => {
    const page = parseLight(
      '<html><head><title>A &amp; B</title><meta property="og:title" content="Tom &amp; Jerry&#x27;s">' +
        '<script type="application/ld+json">{"headline":"X &amp; Y"}</script></head>' +
        '<body><div class="Story&#45;Body"><p>Fish &amp; chips&nbsp;here</p></div></body></html>',
    );
    expect(page.signals.titleTag).toBe('A & B');
    expect(page.signals.meta.get('og:title')).toEqual(["Tom & Jerry's"]);
    expect(page.signals.jsonLd).toEqual(['{"headline":"X &amp; Y"}']);
    const div = page.blocks.find((b) => b.tag === 'div');
    expect(div?.hint).toBe('story-body');
    expect(div?.attrs['class']).toBe('Story-Body');
    expect(page.blocks.find((b) => b.tag === 'p')?.parts.join('')).toBe('Fish & chips here');
  });
});

describe('attributes', () => {
  it('keep the first of a repeated name, on blocks and in the signals', () => {
    const page = parseLight('<body><div class="story" class="menu" id="a" id="b"><p>x</p></div><meta name="author" name="x" content="Ann Lee"></body>');
    const div = page.blocks.find((b) => b.tag === 'div');
    expect(div?.hint).toBe('story a');
    expect(div?.attrs).toEqual({ class: 'story', id: 'a' });
    expect(page.signals.meta.get('author')).toEqual(['Ann Lee']);
  });

  it('of a tag cut off by the end of the page still open its block', () => {
    const page = parseLight('<body><p>One.</p><div class="x"');
    expect(page.blocks.map((b) => b.tag)).toEqual(['#root', 'body', 'p', 'div']);
  });
});
