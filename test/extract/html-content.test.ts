import { describe, expect, it } from 'vitest';
import { chooseContent, signature, textOf } from '../../src/extract/html-content.js';
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

  it('collapses whitespace across entity-split text and tells byline classes apart', () => {
    const s = parseLight('<body><h1>Tom&nbsp;&amp;\n  Jerry&#32;&#32;return</h1><div class="Author-Name">Ann&nbsp;Lee</div><div class="authority">Not a byline</div></body>').signals;
    expect(s.h1).toBe('Tom & Jerry return');
    expect(s.headRuns?.find((r) => r.offset === 1)?.text).toBe('Tom & Jerry return');
    expect(s.bylines).toEqual(['Ann Lee']);
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

  it('joins body parts that share the top block\'s tag and class across separate wrappers', () => {
    // An ad rail splits the story into grid rows; each row wraps one piece of the body.
    const row = (label: string, n: number) => `<div class="grid-row"><div class="grid-item story-body">${para(label, n)}</div><div class="ad-rail"></div></div>`;
    const html = `<main><div class="chunks">${row('First part', 3)}<div class="inline-ad">Advertisement</div>${row('Second part', 5)}</div></main><div class="teaser-list"><div class="grid-item story-body-teaser">${para('Teaser', 1)}</div></div>`;
    const a = run(html);
    expect(a.text).toContain('First part number 3,');
    expect(a.text).toContain('Second part number 5,');
    expect(a.text.indexOf('First part')).toBeLessThan(a.text.indexOf('Second part'));
    expect(a.text).not.toMatch(/Teaser|Advertisement/);
  });

  it('does not add a second copy of the body that shares its class (a mobile layout)', () => {
    const body = `<div class="rich-text">${para('Copied body', 5)}</div>`;
    const a = run(`<main><div class="desktop"><div class="col">${body}<div class="slot"></div></div></div><div class="mobile"><div class="col"><div class="slot"></div>${body}</div></div></main>`);
    expect(a.text.split('Copied body number 5,')).toHaveLength(2);
  });

  it('compares class words without ids and hashes, and not for blocks without classes', () => {
    const b = (hint: string) => parseLight(`<div class="${hint}"><p>x</p></div>`).blocks.find((x) => x.tag === 'div')!;
    expect(signature(b('sqs-block html-block block-yui_3_17_2'))).toBe(signature(b('html-block sqs-block block-yui_9_41_7')));
    expect(signature(b('post-1806'))).toBe('');
  });

  it('takes the siblings of a thin wrapper around the top block as the top block\'s own', () => {
    // Each section's prose sits in an unnamed div inside a numbered wrapper that holds only its title besides.
    const section = (id: number, label: string, n: number) => `<div class="${id}"><h3>${label}</h3><div>${para(label, n)}</div></div>`;
    const html = `<div class="sections">${section(101, 'Opening section', 3)}${section(102, 'Main section', 6)}${section(103, 'Closing section', 3)}</div><div class="bio"><p>Short bio line.</p></div>`;
    const a = run(html);
    expect(a.text).toContain('Opening section number 3,');
    expect(a.text).toContain('Main section number 6,');
    expect(a.text).toContain('Closing section number 3,');
    expect(a.text).not.toContain('Short bio line');
  });

  it('keeps a long body that holds a few video embeds, drops a block that is mostly embeds', () => {
    const video = '<div class="video"><iframe src="https://video.example/1"></iframe></div>';
    const html = `<div class="post"><div class="inner">${para('Story with videos', 3)}${video}${para('After the video', 3)}${video}</div><div class="players">${video}${video}<p>Watch more.</p></div></div>`;
    const a = run(html);
    expect(a.text).toContain('After the video number 3,');
    expect(a.text).not.toContain('Watch more');
  });

  it('leaves figure captions out of the body', () => {
    const a = run(`<article><div class="article-body">${para('Story', 3)}<figure><img src="/p.jpg"><figcaption>A harbour at dawn, seen from the pier. Photo: Agency</figcaption></figure>${para('Later', 2)}</div></article>`);
    expect(a.text).toContain('Later number 2,');
    expect(a.text).not.toContain('A harbour at dawn');
  });

  it('drops cards of other posts nested in the story\'s article, keeps listicle entries in a plain container', () => {
    const card = (n: number) => `<article class="post-${n} category-c${n}"><h3><a href="/p${n}">Other post ${n}</a></h3><p>${'Teaser words of another story, with commas, long enough to score. '.repeat(4)}</p></article>`;
    const nested = run(`<article class="post-1"><h1>T</h1>${para('Story', 8)}${[2, 3, 4].map(card).join('')}</article>`);
    expect(nested.text).toContain('Story number 8,');
    expect(nested.text).not.toContain('Teaser words');
    const list = run(`<main><div class="list">${para('Intro', 2)}${[2, 3, 4].map(card).join('')}</div></main>`);
    expect(list.text).toContain('Teaser words');
  });

  it('keeps paragraphs a paywall block wraps inside the article', () => {
    const a = run(`<article><div class="article-body">${para('Free part', 2)}<div class="paywall">${para('Subscriber part', 4)}</div></div></article>`);
    expect(a.text).toContain('Subscriber part number 4,');
  });

  it('retries with looser passes when cleaning throws away most of the chosen text', () => {
    // Every paragraph sits in a link-dense wrapper; cleaning would keep only the short footer line.
    const wrapped = Array.from({ length: 12 }, (_, i) => `<div class="entry">${para(`Paragraph ${i}`, 1)}<p><a href="/a">${'link text '.repeat(14)}</a></p></div>`).join('');
    const a = run(`<div class="content">${wrapped}<p>${'A closing note that is long enough to pass the minimum on its own, and then some more words. '.repeat(6)}</p></div>`);
    expect(a.text).toContain('Paragraph 11 number 1,');
  });

  it('keeps a closing list of short lines that were not links, drops one that was', () => {
    const dates = ['June 9 – Tampa, FL', 'June 12 – Atlanta, GA', 'June 15 – Nashville, TN', 'June 18 – Raleigh, NC'];
    const heads = ['Band cancels show', 'Singer opens bakery', 'Drummer wins award', 'Festival sells out'];
    const list = (lines: string[], link: boolean) => lines.map((l) => `<p>${link ? `<a href="/x">${l}</a>` : l}</p>`).join('');
    const plain = run(`<div class="story">${para('Tour story', 4)}<p>The tour dates:</p>${list(dates, false)}</div>`);
    expect(plain.text).toContain('June 18 – Raleigh, NC');
    const linked = run(`<div class="story">${para('Tour story', 4)}${list(heads, true)}</div>`);
    expect(linked.text).not.toContain('Festival sells out');
    expect(linked.notes.some((n) => n.includes('link list'))).toBe(true);
  });

  it('caps the tree depth on deep nesting but keeps the text', () => {
    const page = parseLight(`${'<div>'.repeat(MAX_BLOCK_DEPTH + 50)}<p>core text</p>`);
    expect(page.capped).toBe(true);
    expect(Math.max(...page.blocks.map((b) => b.depth))).toBeLessThanOrEqual(MAX_BLOCK_DEPTH);
    expect(textOf(page.root, new Set(), false)).toEqual(['core text']);
  });
});
