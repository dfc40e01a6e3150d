import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { readElements } from '../../src/extract/html-events.js';

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

function ourEvents(html: string): string[] {
  const out: string[] = [];
  readElements(html, {
    openTag: (name) => out.push(`<${name}`),
    attribute: (k, v) => out.push(`@${k}=${v}`),
    text: (t) => out.push(`"${t}`),
    closeTag: (name) => out.push(`</${name}`),
  });
  return out;
}

const PIECES = [
  'text', ' ', '&amp;', '<p>', '</p>', '<P class=A>', '<li>', '</li>', '<ul>', '</ul>', '<table>', '<tr>', '<td>', '</td>', '<th>',
  '</tr>', '<tbody>', '<tfoot>', '</table>', '<div id="x" ID=y>', '</div>', '<h2>', '</h2>', '<br>', '</br>', '<br/>', '<img src=a.png>',
  '<hr/>', '<svg>', '</svg>', '<math>', '</math>', '<title>', '</title>', '<path d="M0"/>', '<foreignObject>', '</foreignObject>',
  '<desc>', '</desc>', '<b/>', '<input>', '<select>', '<option>', '<optgroup>', '</select>', '<dd>', '<dt>', '<dl>', '<rt>', '<rp>',
  '<body>', '<head>', '<link rel=x>', '<script>', 'a<b', '</script>', '<style>', '</style>', '<!-- c -->', '<![CDATA[x]]>', '<!DOCTYPE html>',
  '<?xml x?>', '</span>', '<span a b="c" d=\'e\'>', '<a href="/x">', '</a>', '<textarea>', '</textarea>', '<', '</', '<div class="', '"',
];

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

  it('close implied and unclosed elements, and read </p> and </br> alone', () => {
    expect(ourEvents('<ul><li>a<li>b</ul></p></br><p>x<div>y')).toEqual([
      '<ul', '<li', '"a', '</li', '<li', '"b', '</li', '</ul', '<p', '</p', '<br', '</br', '<p', '"x', '</p', '<div', '"y', '</div',
    ]);
    // An end tag closes the innermost element of its name, and the elements open inside it.
    expect(ourEvents('<div><div><b>a</div>b</div>')).toEqual(['<div', '<div', '<b', '"a', '</b', '</div', '"b', '</div']);
    expect(ourEvents('<svg><path/><g></svg>x')).toEqual(['<svg', '<path', '</path', '<g', '</g', '</svg', '"x']);
  });
});
