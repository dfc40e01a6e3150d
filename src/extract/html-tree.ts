// One streaming htmlparser2 pass over a page → a light tree of block elements with text statistics, plus
// the page's metadata signals. No DOM is built: inline elements only feed text (and link text) to their
// nearest block, so the tree holds a few hundred nodes where a DOM holds tens of thousands.
import { Parser } from 'htmlparser2';
import type { PageSignals, TimeSignal } from './html-signals.js';
import { flattenDeepNesting, MAX_PARSER_DEPTH } from './html-nesting.js';

export interface Block {
  tag: string;
  /** Lower-cased `class` and `id`, space-joined: the hints the scoring reads. */
  hint: string;
  role: string;
  itemprop: string;
  /** The element's attributes as the parser gave them (no copy): what site rules' selectors match. */
  attrs: Readonly<Record<string, string>>;
  parent: Block | null;
  /** Text runs (whitespace collapsed; "\n" for <br>) and child blocks, in document order. */
  parts: (string | Block)[];
  depth: number;
  /** Document order of the opening tag. */
  order: number;
  /** Characters of this block's own runs (not its child blocks'), and how many of them are link text. */
  ownChars: number;
  ownLinkChars: number;
  ownCommas: number;
  /** Totals over the subtree, filled in when the block closes. */
  chars: number;
  linkChars: number;
  images: number;
  inputs: number;
  embeds: number;
  /** Paragraph-like descendants with text (p, or a block with own text of 25+ chars). */
  paragraphs: number;
  listItems: number;
  headingChars: number;
  /** Set by scoring. */
  score: number;
  scored: boolean;
}

export interface LightPage {
  root: Block;
  blocks: Block[];
  signals: PageSignals;
  /** Block depth was capped: deeper tags only fed text to the block above. */
  capped: boolean;
}

export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'center', 'html', 'menu', 'legend', 'hgroup', 'noscript',
]);

/** Never text: code, styling, embedded media, controls and hidden templates. */
const SKIP_TAGS = new Set([
  'script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'button', 'input', 'textarea', 'head', 'title', 'option', 'datalist', 'dialog', 'noscript',
]);

/** Deeper than this many blocks, tags stop opening blocks (bounded tree depth for hostile nesting). */
export const MAX_BLOCK_DEPTH = 150;

// A link to an author's page ("/authors/ann-lee", "/blog/author/ann/") names the author in its text.
const AUTHOR_HREF = /\/(?:author|authors|writer|writers|contributor|contributors)\/[^/?#\s]+\/?(?:[?#]|$)/i;
const WRITTEN_BY = /^(?:written|authored)\s+by\s*:?\s+\S/i;
const WRITTEN_BY_LABEL = /^(?:written|authored)\s+by\s*:?$/i;
const BYLINE = /(^|[\s_-])(byline|author|author-name|byline-name|writer)s?([\s_-]|$)|byline/;
// React streaming SSR sends the page's late parts in <div hidden id="S:0"> and a script moves them into place.
const STREAMED = /^S:\d+$/;
const DATE_HINT = /(^|[\s_-])(date|dates|published|pubdate|pub-date|post-date|entry-date|posted-on|article-date|publish-date|timestamp|byline-date|meta-date)([\s_-]|$)/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function newBlock(tag: string, attrs: Record<string, string>, parent: Block | null, order: number): Block {
  return {
    tag,
    hint: `${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`.toLowerCase().trim(),
    role: (attrs['role'] ?? '').toLowerCase(),
    itemprop: (attrs['itemprop'] ?? '').toLowerCase(),
    attrs,
    parent,
    parts: [],
    depth: parent ? parent.depth + 1 : 0,
    order,
    ownChars: 0,
    ownLinkChars: 0,
    ownCommas: 0,
    chars: 0,
    linkChars: 0,
    images: 0,
    inputs: 0,
    embeds: 0,
    paragraphs: 0,
    listItems: 0,
    headingChars: 0,
    score: 0,
    scored: false,
  };
}

interface Open {
  name: string;
  block: Block | null;
  skip: boolean;
  link: boolean;
  /** Index into the capture list whose text this element collects, or -1. */
  capture: number;
}

const CAPTURE_LIMIT = 400;
/** Text runs kept before and after the first <h1>'s opening tag. */
const HEAD_RUNS_BEFORE = 15;
const HEAD_RUNS_AFTER = 40;

class TooDeep extends Error {}

/**
 * Parses `html` in one pass, linear in the input; the tree depth is capped. A page nesting deeper than
 * MAX_PARSER_DEPTH is parsed again, flattened.
 */
export function parseLight(html: string): LightPage {
  try {
    return parseOnce(html, true);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    const page = parseOnce(flattenDeepNesting(html), false);
    page.capped = true;
    return page;
  }
}

function parseOnce(html: string, guard: boolean): LightPage {
  const root = newBlock('#root', {}, null, 0);
  const blocks: Block[] = [root];
  const stack: Open[] = [];
  let current = root;
  let skipDepth = 0;
  let linkDepth = 0;
  let capped = false;
  const meta = new Map<string, string[]>();
  const jsonLd: string[] = [];
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  const times: TimeSignal[] = [];
  // Texts being collected: <title>, ld+json scripts, the first <h1>, bylines, <time> without datetime.
  const captures: { kind: 'title' | 'jsonld' | 'h1' | 'byline' | 'date'; text: string; hint?: string }[] = [];
  const activeCaptures: number[] = [];
  let titleTag: string | null = null;
  const h1s: string[] = [];
  const h1Hints: string[] = [];
  const visibleDates: TimeSignal[] = [];
  const bylines: string[] = [];
  // Short text runs (text between two tags) around the first <h1>: datelines and "By" labels sit by the headline.
  const headRuns: { text: string; offset: number }[] = [];
  let runText = '';
  let runCount = 0;
  let h1Run = -1;
  // "Written by Ann Lee" anywhere on the page (often an author box far from the headline).
  const writtenBy: string[] = [];
  let afterWrittenBy = false;
  // Without an h1, the page's first runs stand in (offsets counted from the start of the page).
  const firstRuns: { text: string; offset: number }[] = [];
  // Tags inside a byline or date separate words the markup runs together ("Ann Lee</p><p>Dec 18").
  const spaceCaptures = (): void => {
    for (const i of activeCaptures) {
      const c = captures[i];
      if (c && (c.kind === 'byline' || c.kind === 'date')) c.text += ' ';
    }
  };
  const flushRun = (): void => {
    const t = runText.replace(/[\s\u00a0]+/g, ' ').trim();
    runText = '';
    if (!t) return;
    runCount++;
    if (writtenBy.length < 3) {
      if (afterWrittenBy && t.length <= 80) writtenBy.push(`By ${t}`);
      else if (WRITTEN_BY.test(t) && t.length <= 80) writtenBy.push(t);
      afterWrittenBy = WRITTEN_BY_LABEL.test(t);
    }
    if (h1Run >= 0 && runCount - h1Run > HEAD_RUNS_AFTER) return;
    if (t.length <= 120) headRuns.push({ text: t, offset: runCount });
    if (runCount <= HEAD_RUNS_AFTER && t.length <= 120) firstRuns.push({ text: t, offset: runCount });
    if (h1Run < 0 && headRuns.length > HEAD_RUNS_BEFORE) headRuns.shift();
  };

  const addText = (raw: string): void => {
    for (const i of activeCaptures) {
      const c = captures[i];
      if (c && (c.kind === 'jsonld' || c.text.length < CAPTURE_LIMIT)) c.text += raw;
    }
    if (skipDepth > 0) return;
    runText += raw;
    const t = raw.replace(/[\s\u00a0]+/g, ' ');
    if (t === ' ' || t === '') {
      const last = current.parts[current.parts.length - 1];
      if (typeof last === 'string' && !last.endsWith(' ')) current.parts.push(' ');
      return;
    }
    current.parts.push(t);
    const n = t.length;
    current.ownChars += n;
    if (linkDepth > 0) current.ownLinkChars += n;
    for (let i = 0; i < n; i++) {
      const ch = t.charCodeAt(i);
      if (ch === 44 || ch === 0xff0c || ch === 0x3001 || ch === 0x060c) current.ownCommas++;
    }
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        flushRun();
        spaceCaptures();
        if (name === 'h1' && h1Run < 0 && skipDepth === 0) h1Run = runCount;
        const skip = SKIP_TAGS.has(name) || ('hidden' in attrs && !STREAMED.test(attrs['id'] ?? '')) || attrs['aria-hidden'] === 'true' || (attrs['style'] !== undefined && HIDDEN_STYLE.test(attrs['style']));
        let capture = -1;
        if (name === 'meta') {
          const key = (attrs['property'] ?? attrs['name'] ?? attrs['itemprop'] ?? attrs['http-equiv'] ?? '').trim().toLowerCase();
          const value = attrs['content'] ?? attrs['datetime'];
          if (key && value != null && value.trim()) {
            const list = meta.get(key) ?? [];
            list.push(value.replace(/\s+/g, ' ').trim());
            meta.set(key, list);
          }
        } else if (name === 'link') {
          if (!canonical && /(^|\s)canonical(\s|$)/i.test(attrs['rel'] ?? '') && attrs['href']) canonical = attrs['href'].trim();
        } else if (name === 'html') {
          htmlLang ??= (attrs['lang'] ?? attrs['xml:lang'] ?? '').trim() || null;
        } else if (name === 'title' && titleTag === null && stack.every((o) => o.name !== 'svg')) {
          capture = captures.push({ kind: 'title', text: '' }) - 1;
        } else if (name === 'script' && /ld\+json/i.test(attrs['type'] ?? '')) {
          capture = captures.push({ kind: 'jsonld', text: '' }) - 1;
        } else if (name === 'h1' && h1s.length < 8 && skipDepth === 0) {
          capture = captures.push({ kind: 'h1', text: '', hint: `${attrs['class'] ?? ''} ${attrs['id'] ?? ''} ${attrs['itemprop'] ?? ''}`.toLowerCase().trim() }) - 1;
        }
        // CMS data attributes: <body data-pubdate="2022-10-05">.
        const dataDate = attrs['data-pubdate'] ?? attrs['data-published'] ?? attrs['data-publish-date'];
        if (dataDate?.trim() && times.length < 20) times.push({ datetime: dataDate.trim(), hint: 'pubdate data-attribute' });
        if (name === 'time' || attrs['itemprop'] === 'datePublished' || attrs['itemprop'] === 'dateModified') {
          const datetime = (attrs['datetime'] ?? attrs['content'] ?? '').trim();
          const hint = [attrs['itemprop'], 'pubdate' in attrs ? 'pubdate' : null, attrs['class'], current.hint].filter(Boolean).join(' ');
          if (datetime) times.push({ datetime, hint });
          else if (capture < 0 && skipDepth === 0) capture = captures.push({ kind: 'date', text: '', hint }) - 1;
        } else if (capture < 0 && skipDepth === 0 && DATE_HINT.test(`${attrs['class'] ?? ''} ${attrs['id'] ?? ''}`.toLowerCase())) {
          // A visible date ("Published March 3, 2025") in an element named for it; parsed as a last resort.
          capture = captures.push({ kind: 'date', text: '', hint: `visible ${attrs['class'] ?? ''}` }) - 1;
        }
        if (capture < 0 && name !== 'meta' && name !== 'link' && skipDepth === 0) {
          const cls = `${attrs['class'] ?? ''}`.toLowerCase();
          if (attrs['rel'] === 'author' || attrs['itemprop'] === 'author' || BYLINE.test(cls) || (name === 'a' && AUTHOR_HREF.test(attrs['href'] ?? ''))) {
            capture = captures.push({ kind: 'byline', text: '' }) - 1;
          }
        }
        if (capture >= 0) activeCaptures.push(capture);
        if (skip) skipDepth++;
        const isLink = name === 'a';
        if (isLink) linkDepth++;
        let block: Block | null = null;
        if (skipDepth === 0 || (skip && skipDepth === 1)) {
          if (name === 'img' || name === 'picture') current.images++;
          else if (name === 'input' || name === 'select' || name === 'textarea' || name === 'button') current.inputs++;
          else if (name === 'iframe' || name === 'embed' || name === 'object' || name === 'video') current.embeds++;
        }
        if (!skip && skipDepth === 0) {
          if (name === 'br') {
            current.parts.push('\n');
          } else if (BLOCK_TAGS.has(name)) {
            if (current.depth < MAX_BLOCK_DEPTH) {
              block = newBlock(name, attrs, current, blocks.length);
              current.parts.push(block);
              blocks.push(block);
              current = block;
            } else {
              capped = true;
              current.parts.push('\n');
            }
          }
        }
        stack.push({ name, block, skip, link: isLink, capture });
        if (guard && stack.length > MAX_PARSER_DEPTH) throw new TooDeep();
      },
      ontext(text) {
        addText(text);
      },
      onclosetag() {
        flushRun();
        spaceCaptures();
        const open = stack.pop();
        if (!open) return;
        if (open.link) linkDepth--;
        if (open.skip) skipDepth--;
        if (open.capture >= 0) {
          activeCaptures.splice(activeCaptures.lastIndexOf(open.capture), 1);
          const c = captures[open.capture];
          if (c) {
            const text = c.kind === 'jsonld' ? c.text : c.text.replace(/[\s\u00a0]+/g, ' ').trim();
            if (c.kind === 'title') titleTag = text || null;
            else if (c.kind === 'jsonld') jsonLd.push(text);
            else if (c.kind === 'h1') {
              if (text) {
                h1s.push(text);
                h1Hints.push(c.hint ?? '');
              }
            }
            else if (c.kind === 'date') {
              if (text && text.length <= 80 && visibleDates.length < 10) visibleDates.push({ datetime: text, hint: c.hint ?? '' });
            } else if (text && text.length <= 200 && !bylines.includes(text)) bylines.push(text);
          }
        }
        if (open.block) {
          close(open.block);
          current = open.block.parent ?? root;
        } else if (BLOCK_TAGS.has(open.name) && !open.skip && skipDepth === 0 && current.depth >= MAX_BLOCK_DEPTH) {
          current.parts.push('\n');
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flushRun();
  // Blocks left open by a truncated page.
  while (current !== root) {
    close(current);
    current = current.parent ?? root;
  }
  close(root);
  return {
    root,
    blocks,
    capped,
    signals: {
      meta, jsonLd, canonical, htmlLang, titleTag, h1: h1s[0] ?? null, h1s, times, visibleDates, bylines, h1Hints, writtenBy,
      headRuns: h1Run < 0 ? firstRuns : headRuns.map((r) => ({ text: r.text, offset: r.offset - h1Run })),
    },
  };
}

const HEADING = /^h[1-6]$/;

/** Adds a closed block's totals to its parent's. */
function close(b: Block): void {
  b.chars += b.ownChars;
  b.linkChars += b.ownLinkChars;
  if (b.tag === 'p' ? b.ownChars > 0 : b.ownChars >= 25) b.paragraphs++;
  if (b.tag === 'li') b.listItems++;
  if (HEADING.test(b.tag)) b.headingChars += b.ownChars;
  const p = b.parent;
  if (!p) return;
  p.chars += b.chars;
  p.linkChars += b.linkChars;
  p.images += b.images;
  p.inputs += b.inputs;
  p.embeds += b.embeds;
  p.paragraphs += b.paragraphs;
  p.listItems += b.listItems;
  p.headingChars += b.headingChars;
}
