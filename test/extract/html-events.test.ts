import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { attributesAt, lowerCased, readElements } from '../../src/extract/html-events.js';

/** The events htmlparser2's own Parser gives, with the options the tree pass used it with. */
function parserEvents(html: string): string[] {
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentagname: (name) => out.push(`<${name}`),
      onattribute: (k, v) => out.push(`@${k}=${v}`),
      ontext: (t) => out.push(`"${t}`),
      onclosetag: (name) => out.push(`</${name}`),
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

function ourEvents(html: string, attributes?: ReadonlySet<string>): string[] {
  const out: string[] = [];
  readElements(
    html,
    {
      openTag: (name) => out.push(`<${name}`),
      attribute: (k, v) => out.push(`@${k}=${v}`),
      text: (t) => out.push(`"${t}`),
      closeTag: (name) => out.push(`</${name}`),
    },
    attributes,
  );
  return out;
}

/**
 * Each start tag's attributes from htmlparser2's Parser events (references as written), the first of a repeated
 * name kept, as its attribute object keeps them; a tag cut off by the end of the page keeps those it got.
 */
function parserAttributes(html: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const parser = new Parser(
    {
      onopentagname: () => out.push({}),
      onattribute: (k, v) => {
        const last = out[out.length - 1];
        if (last && !Object.prototype.hasOwnProperty.call(last, k)) last[k] = v;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

function ourAttributes(html: string): Record<string, string>[] {
  const at: number[] = [];
  readElements(html, { openTag: (_name, i) => at.push(i), attribute: () => {}, text: () => {}, closeTag: () => {} }, new Set());
  return at.map((i) => attributesAt(html, i));
}

const PIECES = [
  'text', ' ', '&amp;', '<p>', '</p>', '<P class=A>', '<li>', '</li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '</td>', '<th>',
  '</tr>', '<tbody>', '<tfoot>', '</table>', '<div id="x" ID=y>', '</div>', '<h2>', '</h2>', '<br>', '</br>', '<br/>', '<img src=a.png>',
  '<hr/>', '<svg>', '</svg>', '<math>', '</math>', '<title>', '</title>', '<path d="M0"/>', '<foreignObject>', '</foreignObject>',
  '<desc>', '</desc>', '<b/>', '<input>', '<select>', '<option>', '<optgroup>', '</select>', '<dd>', '<dt>', '<dl>', '<rt>', '<rp>',
  '<body>', '<head>', '<link rel=x>', '<script>', 'a<b', '</script>', '<style>', '</style>', '<!-- c -->', '<![CDATA[x]]>', '<!DOCTYPE html>',
  '<?xml x?>', '</span>', '<span a b="c" d=\'e\'>', '<a href="/x">', '</a>', '<textarea>', '</textarea>', '<', '</', '<div class="', '"',
  // Long runs the tokenizer skips with a string search: comments, script bodies, quoted values holding `>` or `<`.
  '<!-- a -- b <p> --->', '<script>if (a<b && c>d) x = "</scr" + "ipt>";</script>', '<a title=\'x>y\' HREF="a<b" Class=c Data-Date=\'1\'>',
  '<div class=a class=b id=c>', '<p hidden>', '<time datetime="2024-01-02">', 'x'.repeat(40), '<style>p>a{}</style>', '<!---->',
  // Characters beyond Latin-1 make the page a two-byte string; names are still lower-cased as the Parser does.
  '“quoted”', '<SECTION ID="Ä" dAtA-dAtE=1>', '</Section>', '<Émile>',
];

/** Attribute names the property tests ask for (mixed with names they do not). */
const WANTED = new Set(['class', 'id', 'href', 'hidden', 'datetime', 'data-date', 'd']);

describe('element events from the tokenizer', () => {
  it('are the events htmlparser2\'s Parser gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expect(ourEvents(html)).toEqual(parserEvents(html));
      }),
      { numRuns: 800 },
    );
  });

  it('report only the attributes asked for, as the Parser gives them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        const wanted = parserEvents(html).filter((e) => !e.startsWith('@') || WANTED.has(e.slice(1, e.indexOf('='))));
        expect(ourEvents(html, WANTED)).toEqual(wanted);
      }),
      { numRuns: 500 },
    );
  });

  it('read a start tag\'s attributes again from where it opens, as the Parser gives them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expect(ourAttributes(html)).toEqual(parserAttributes(html));
      }),
      { numRuns: 500 },
    );
    expect(attributesAt('<p>x</p><DIV Class="a" class=b ID=\'c\' hidden>', 8)).toEqual({ class: 'a', id: 'c', hidden: '' });
    expect(attributesAt('<div class="x"', 0)).toEqual({ class: 'x' });
    expect(attributesAt('<p>', -1)).toEqual({});
  });

  it('lower-case names as toLowerCase does', () => {
    for (const s of ['div', 'DIV', 'data-Date', 'Émile', 'İx', 'x“y', '']) expect(lowerCased(s), s).toBe(s.toLowerCase());
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(lowerCased(s)).toBe(s.toLowerCase());
      }),
    );
  });

  it('skip long runs to the character the tokenizer waits for', () => {
    const script = `<script>${'var a = 1 < 2;'.repeat(500)}</script>`;
    const html = `<p title="${'>'.repeat(300)}">a</p><!-- ${'- '.repeat(500)} -->${script}<p>b`;
    expect(ourEvents(html)).toEqual(parserEvents(html));
  });

  it('close implied and unclosed elements, and read </p> and </br> alone', () => {
    expect(ourEvents('<ul><li>a<li>b</ul></p></br><p>x<div>y')).toEqual([
      '<ul', '<li', '"a', '</li', '<li', '"b', '</li', '</ul', '<p', '</p', '<br', '</br', '<p', '"x', '</p', '<div', '"y', '</div',
    ]);
    // An end tag closes the innermost element of its name, and the elements open inside it.
    expect(ourEvents('<div><div><b>a</div>b</div>')).toEqual(['<div', '<div', '<b', '"a', '</b', '</div', '"b', '</div']);
    expect(ourEvents('<svg><path/><g></svg>x')).toEqual(['<svg', '<path', '</path', '<g', '</g', '</svg', '"x']);
  });
});
