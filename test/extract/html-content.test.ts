import { describe, expect, it } from 'vitest';
import { chooseContent, textOf } from '../../src/extract/html-content.js';
import { extract } from '../../src/extract/index.js';
import { MAX_BLOCK_DEPTH, parseLight } from '../../src/extract/html-tree.js';

const run = (content: string) => extract({ input: 'x', origin: 'x', format: 'html', content, meta: {} });
const para = (s: string, n = 4) => Array.from({ length: n }, (_, i) => `<p>${s} number ${i + 1}, which runs long enough, with commas, to count as body text of the story.</p>`).join('');

describe('light block tree', () => {
  it('writes blocks as paragraphs with entities decoded, whitespace collapsed, scripts skipped', () => {
    const page = parseLight('<body><h2>Head&nbsp;line</h2><p>One   <b>bold</b>&amp;\n more.</p><ul><li>a</li><li>b</li></ul><script>x()</script></body>');
    expect(textOf(page.root, new Set(), false)).toEqual(['Head line', 'One bold& more.', 'a', 'b']);
  });

  it('counts text, link text and paragraphs per block', () => {
    const page = parseLight('<div id="a"><p>Plain words here, and more.</p><p><a href="/x">linked words</a> tail</p></div>');
    const div = page.blocks.find((b) => b.hint === 'a');
    expect(div?.paragraphs).toBe(2);
    expect(div?.linkChars).toBe('linked words'.length);
    expect(div?.chars).toBe('Plain words here, and more.'.length + 'linked words tail'.length);
  });

  it('collects metadata signals in the same pass', () => {
    const s = parseLight('<html lang="ru"><head><title>T | Site</title><meta property="og:title" content="OG"><link rel="canonical" href="https://x.example/a"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body><h1>Logo</h1><h1>Head</h1><span class="byline">By Ann Lee</span><time datetime="2022-02-17">x</time></body></html>').signals;
    expect(s).toMatchObject({ htmlLang: 'ru', titleTag: 'T | Site', canonical: 'https://x.example/a', h1: 'Logo', h1s: ['Logo', 'Head'], bylines: ['By Ann Lee'] });
    expect(s.meta.get('og:title')).toEqual(['OG']);
    expect(s.jsonLd).toEqual(['{"@type":"NewsArticle"}']);
    expect(s.times[0]?.datetime).toBe('2022-02-17');
  });

  it('keeps the content React streaming hides until its script runs, and skips other hidden blocks', () => {
    const page = parseLight('<div hidden id="S:0"><p>Streamed body text.</p></div><div hidden><p>Hidden menu.</p></div><p style="display: none">Gone.</p>');
    expect(textOf(page.root, new Set(), false)).toEqual(['Streamed body text.']);
  });
});

describe('choosing the body', () => {
  const page = `<html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/w">World</a></li></ul></nav>
    <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    <div id="story" class="article-body">${para('Body paragraph')}<ul class="related"><li><a href="/1">Other story one</a></li><li><a href="/2">Other story two</a></li></ul></div>
    <div class="comments">${para('A reader comment', 1)}</div><footer><p>Copyright notice, about us, contact, privacy policy and terms.</p></footer></body></html>`;

  it('picks the block where the paragraphs cluster and drops furniture around and inside it', () => {
    const a = run(page);
    expect(a.text.split('\n\n')).toHaveLength(4);
    expect(a.text).toContain('Body paragraph number 1,');
    expect(a.text).not.toMatch(/Facebook|Other story|reader comment|Copyright|Home/);
    expect(a.notes).toContain('text: scored blocks');
  });

  it('scores the container of loose text as the paragraph holder', () => {
    const html = `<div class="rodape"><p>Address line, phone, tax number, postbox, all of the footer.</p></div><div class="main"><b>05/10/2018</b><br>${'Loose body text of the news item, written without paragraph tags, and long. '.repeat(6)}<br><br>More loose text.</div>`;
    const chosen = chooseContent(parseLight(html).blocks);
    expect(chosen?.top.hint).toBe('main');
  });

  it('keeps a numbered digest whose items carry links, drops a list of headlines', () => {
    const item = (i: number) => `<li>Item ${i} of the digest says a lot, with a <a href="/s${i}">source link</a>, and then goes on for a long while about the news.</li>`;
    const html = `<div class="post">${para('Intro', 2)}<ol>${[1, 2, 3, 4].map(item).join('')}</ol><ul>${[1, 2, 3, 4].map((i) => `<li><a href="/h${i}">Headline ${i}</a></li>`).join('')}</ul></div>`;
    const a = run(html);
    expect(a.text).toContain('Item 4 of the digest');
    expect(a.text).not.toContain('Headline 2');
  });

  it('falls back to looser passes when furniture classes wrap the whole body', () => {
    const a = run(`<div class="widget-area">${para('Widget-wrapped body', 6)}</div>`);
    expect(a.text).toContain('Widget-wrapped body number 6');
  });

  it('caps the tree depth on deep nesting but keeps the text', () => {
    const page = parseLight(`${'<div>'.repeat(MAX_BLOCK_DEPTH + 50)}<p>core text</p>`);
    expect(page.capped).toBe(true);
    expect(Math.max(...page.blocks.map((b) => b.depth))).toBeLessThanOrEqual(MAX_BLOCK_DEPTH);
    expect(textOf(page.root, new Set(), false)).toEqual(['core text']);
  });
});
