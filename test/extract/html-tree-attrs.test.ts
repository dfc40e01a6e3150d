// The tree pass reads each tag's attributes into fixed slots and resolves them in one order; these pin down the
// readings that order decides (first of a repeated name, fallbacks between spellings, hiding) and the
// tag-name tables that replaced branches (media counts, phrase runs, stray end tags).
import { describe, expect, it } from 'vitest';
import { parseLight } from '../../src/extract/html-tree.js';
import { taggedList } from '../../src/extract/tagged-list.js';

const blockWith = (html: string, hint: string) => parseLight(html).blocks.find((b) => b.hint === hint);

describe('tag attributes in the tree pass', () => {
  it('keeps the first of a repeated attribute', () => {
    const page = parseLight('<body><div class="first" class="second" id="x"><p>Some words.</p></div></body>');
    expect(page.blocks.some((b) => b.hint === 'first x')).toBe(true);
  });

  it('reads lang before xml:lang, and xml:lang alone', () => {
    expect(parseLight('<html xml:lang="de" lang="fr"><body><p>x</p></body></html>').signals.htmlLang).toBe('fr');
    expect(parseLight('<html xml:lang="de"><body><p>x</p></body></html>').signals.htmlLang).toBe('de');
  });

  it('keys a meta tag by property, then name, then itemprop, then http-equiv', () => {
    const m = parseLight(
      '<head><meta itemprop="c" name="b" property="a" content="1"><meta itemprop="c" http-equiv="d" content="2"><meta http-equiv="d" content="3"></head>',
    ).signals.meta;
    expect([...m.entries()]).toEqual([['a', ['1']], ['c', ['2']], ['d', ['3']]]);
  });

  it('reads data-pubdate before data-published before data-publish-date', () => {
    const times = (attrs: string) => parseLight(`<body ${attrs}><p>x</p></body>`).signals.times.map((t) => t.datetime);
    expect(times('data-publish-date="2020-01-03" data-published="2020-01-02" data-pubdate="2020-01-01"')).toEqual(['2020-01-01']);
    expect(times('data-publish-date="2020-01-03" data-published="2020-01-02"')).toEqual(['2020-01-02']);
    expect(times('data-publish-date="2020-01-03"')).toEqual(['2020-01-03']);
  });

  it('skips hidden elements, except the hidden containers streaming SSR fills in', () => {
    const text = (html: string) => parseLight(html).root.chars;
    expect(text('<body><div hidden><p>gone</p></div></body>')).toBe(0);
    expect(text('<body><div aria-hidden="true"><p>gone</p></div></body>')).toBe(0);
    expect(text('<body><div style="color: red; display: none"><p>gone</p></div></body>')).toBe(0);
    expect(text('<body><div hidden id="S:0"><p>kept</p></div></body>')).toBe(4);
    expect(text('<body><div aria-hidden="false" style="color: red"><p>kept</p></div></body>')).toBe(4);
  });

  it('counts images, form controls and embeds on the block that holds them', () => {
    const div = blockWith('<body><div id="m"><img src="a"><picture></picture><input><button>b</button><iframe></iframe><video></video><p>Some text.</p></div></body>', 'm');
    expect([div?.images, div?.inputs, div?.embeds]).toEqual([2, 2, 2]);
  });
});

describe('phrases in text runs', () => {
  it('reads "Written by" and "Authored by" runs, and a label run joined to the next', () => {
    const by = (html: string) => parseLight(html).signals.writtenBy;
    expect(by('<body><p>Written by Ann Lee</p><p>Authored by Bo Chen</p></body>')).toEqual(['Written by Ann Lee', 'Authored by Bo Chen']);
    expect(by('<body><p><b>Written by:</b> <a href="/a">Ann Lee</a></p></body>')).toEqual(['By Ann Lee']);
    expect(by('<body><p>Wrote by hand</p><p>Author by night</p><p>writ by</p></body>')).toEqual([]);
  });

  it('joins an "originally published" run to the run after it', () => {
    const page = parseLight('<body><p><em>Originally published</em> on March 3, 2019.</p><p>Body.</p></body>');
    expect(page.signals.originally).toEqual(['Originally published on March 3, 2019.']);
  });
});

describe('stray end tags', () => {
  it('reads </p> without an open <p> as an empty paragraph and </br> as a line break', () => {
    const page = parseLight('<body><div id="d">one</br>two</p></div></body>');
    const div = page.blocks.find((b) => b.hint === 'd');
    expect(div?.parts.filter((p) => typeof p === 'string')).toEqual(['one', '\n', 'two']);
    expect(div?.parts.filter((p) => typeof p !== 'string').map((b) => (typeof b === 'string' ? b : b.tag))).toEqual(['p']);
  });
});

describe('taggedList', () => {
  it('is an empty list that takes strings and objects', () => {
    const list = taggedList<string | { a: number }>();
    expect(list).toEqual([]);
    list.push('x', { a: 1 });
    expect(list).toEqual(['x', { a: 1 }]);
  });
});
