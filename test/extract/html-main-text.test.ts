import { describe, expect, it } from 'vitest';
import { flattenDeepNesting, nestingDepth, parseDocument } from '../../src/extract/dom.js';
import { blocksOf } from '../../src/extract/html-blocks.js';
import { densestBlock } from '../../src/extract/html-main-text.js';
import { extract } from '../../src/extract/index.js';

describe('HTML main text', () => {
  it('writes blocks as paragraphs with entities decoded and whitespace normalised', () => {
    const { document } = parseDocument('<body><h2>Head&nbsp;line</h2><p>One   <b>bold</b>&amp;\n more.</p><ul><li>a</li><li>b</li></ul><script>x()</script></body>');
    expect(blocksOf(document.body!)).toEqual(['Head line', 'One bold& more.', 'a', 'b']);
  });
  it('falls back to the densest block when Readability finds too little', () => {
    const html = '<html><body><nav><p>Home News World Sport Business Culture Opinion</p></nav><div id="x"><p>Short paragraph one of the story here.</p><p>Short paragraph two of the story follows.</p></div><footer><p>Copyright notice and about links for the site</p></footer></body></html>';
    const a = extract({ input: 'f', origin: 'f', format: 'html', content: html, meta: {} });
    expect(a.text).toBe('Short paragraph one of the story here.\n\nShort paragraph two of the story follows.');
    expect(a.notes).toContain('text: densest block');
    expect(densestBlock(parseDocument(html).document)?.getAttribute('id')).toBe('x');
  });
  it('measures and flattens nesting beyond the limit without losing text', () => {
    const deep = '<div>'.repeat(500) + 'core' + '</div>'.repeat(500);
    expect(nestingDepth(deep)).toBe(500);
    expect(nestingDepth('<p>a<p>b<p>c<br><img>')).toBe(0);
    const flat = flattenDeepNesting(deep, 10);
    expect(nestingDepth(flat)).toBe(10);
    expect(flat).toContain('core');
  });
});
