// One streaming htmlparser2 pass over a page → a light tree of block elements with text statistics, plus
// the page's metadata signals. No DOM is built: inline elements only feed text (and link text) to their
// nearest block, so the tree holds a few hundred nodes where a DOM holds tens of thousands.
import type { PageSignals, TimeSignal } from './html-signals.js';
import { decodeAttribute, emitDecodedText } from './html-entities.js';
import { attributesAt, lowerCased, readElements } from './html-events.js';
import { flattenDeepNesting, MAX_PARSER_DEPTH } from './html-nesting.js';
import { taggedList } from './tagged-list.js';

export interface Block {
  tag: string;
  /** Lower-cased `class` and `id`, space-joined: the hints the scoring reads. */
  hint: string;
  role: string;
  itemprop: string;
  /** The element's attributes as htmlparser2's Parser gives them: what site rules' selectors match. */
  readonly attrs: Readonly<Record<string, string>>;
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

/**
 * The attributes the pass reads, filled one attribute at a time as the tokenizer reports them (only block tags
 * keep an attribute object, for site rules' selectors).
 */
interface TagAttrs {
  cls: string | undefined;
  id: string | undefined;
  role: string | undefined;
  itemprop: string | undefined;
  style: string | undefined;
  hidden: boolean;
  ariaHidden: string | undefined;
  key: string | undefined;
  content: string | undefined;
  datetime: string | undefined;
  rel: string | undefined;
  href: string | undefined;
  lang: string | undefined;
  type: string | undefined;
  dataDate: string | undefined;
  pubdate: boolean;
  // Lower-priority spellings of the same signal, kept apart and resolved by `resolveAttrs`.
  property: string | undefined;
  nameAttr: string | undefined;
  httpEquiv: string | undefined;
  xmlLang: string | undefined;
  published: string | undefined;
  publishDate: string | undefined;
}

// Each attribute the pass reads has a slot; the tokenizer's attributes land in `slots` by one code path
// whatever their name (a `switch` storing each into its own field left a store per name without type feedback
// until a page used it, and each first use threw the optimised pass away). `resolveAttrs` then fills `TagAttrs`
// from the slots in one fixed order.
const SLOT_NAMES = [
  'class', 'id', 'role', 'itemprop', 'style', 'hidden', 'aria-hidden', 'property', 'name', 'http-equiv', 'content',
  'datetime', 'rel', 'href', 'lang', 'xml:lang', 'type', 'data-pubdate', 'data-published', 'data-publish-date', 'pubdate',
] as const;
const SLOT = new Map<string, number>(SLOT_NAMES.map((n, i) => [n, i]));

/** The names `readAttr` records: the tokenizer reports no others. */
const READ_ATTRS: ReadonlySet<string> = new Set(SLOT_NAMES);

/** Records one attribute; a repeated attribute keeps its first value, as the HTML standard and the parser do. */
function readAttr(slots: (string | undefined)[], k: string, v: string): void {
  const i = SLOT.get(k);
  if (i !== undefined && slots[i] === undefined) slots[i] = v;
}

/** The tag's attributes from its slots (in `SLOT_NAMES` order); lower-priority spellings resolved. */
function resolveAttrs(a: TagAttrs, s: (string | undefined)[]): void {
  a.cls = s[0];
  a.id = s[1];
  a.role = s[2];
  a.itemprop = s[3];
  a.style = s[4];
  a.hidden = s[5] !== undefined;
  a.ariaHidden = s[6];
  a.property = s[7];
  a.nameAttr = s[8];
  a.httpEquiv = s[9];
  a.content = s[10];
  a.datetime = s[11];
  a.rel = s[12];
  a.href = s[13];
  a.lang = s[14] ?? s[15];
  a.xmlLang = s[15];
  a.type = s[16];
  a.dataDate = s[17] ?? s[18] ?? s[19];
  a.published = s[18];
  a.publishDate = s[19];
  a.pubdate = s[20] !== undefined;
  a.key = a.property ?? a.nameAttr ?? a.itemprop ?? a.httpEquiv;
}

/**
 * A block whose attribute object is built from the page only when asked for (by a site rule's selector): the
 * pass itself reads a few attributes as the tokenizer reports them.
 */
class LightBlock implements Block {
  readonly role: string;
  readonly itemprop: string;
  readonly parts: (string | Block)[] = taggedList();
  readonly depth: number;
  ownChars = 0;
  ownLinkChars = 0;
  ownCommas = 0;
  chars = 0;
  linkChars = 0;
  images = 0;
  inputs = 0;
  embeds = 0;
  paragraphs = 0;
  listItems = 0;
  headingChars = 0;
  score = 0;
  scored = false;
  private attributes: Record<string, string> | null = null;

  constructor(
    readonly tag: string,
    readonly hint: string,
    role: string | undefined,
    itemprop: string | undefined,
    readonly parent: Block | null,
    readonly order: number,
    private readonly html: string,
    /** Index of the opening tag's `<`, or -1 when the markup has none. */
    private readonly at: number,
  ) {
    this.role = role ? lowerCased(role) : '';
    this.itemprop = itemprop ? lowerCased(itemprop) : '';
    this.depth = parent ? parent.depth + 1 : 0;
  }

  get attrs(): Readonly<Record<string, string>> {
    if (this.attributes === null) {
      const found = attributesAt(this.html, this.at);
      for (const k of Object.keys(found)) found[k] = decodeAttribute(found[k] ?? '');
      this.attributes = found;
    }
    return this.attributes;
  }
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

// `\s` already holds the no-break space; one compiled pattern serves every text run.
const SPACES = /\s+/g;
const BLANK = /^\s*$/;

/** True when `s` is empty or whitespace only; decides on the first character for nearly all inputs. */
function isBlank(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // Non-ASCII spaces are rare: the pattern settles them.
    return c < 160 ? false : BLANK.test(s);
  }
  return true;
}

/** Commas of the scripts news is written in: Latin, fullwidth, ideographic, Arabic. */
function countCommas(t: string): number {
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t.charCodeAt(i);
    if (ch === 44 || ch === 0xff0c || ch === 0x3001 || ch === 0x060c) n++;
  }
  return n;
}

/**
 * Every BYLINE match holds one of these words; the substring test spares most classes the pattern. `hint` is
 * the lower-cased class and id, so no class is lower-cased again for it.
 */
function mayBeByline(hint: string): boolean {
  return hint.includes('byline') || hint.includes('author') || hint.includes('writer');
}

/** Every DATE_HINT match holds one of these words (a substring test before the pattern, as above). */
function mayBeDate(hint: string): boolean {
  return hint.includes('date') || hint.includes('publish') || hint.includes('posted') || hint.includes('timestamp');
}

/** "written by" / "authored by" may open the run (cheap test of the first two letters before the patterns). */
function mayBeWrittenBy(t: string): boolean {
  const c = t.charCodeAt(0) | 32;
  const d = t.charCodeAt(1) | 32;
  return (c === 119 && d === 114) || (c === 97 && d === 117);
}

/** Tags that add a signal even without any of the attributes the pass reads. */
const SIGNAL_TAGS = new Set(['title', 'h1', 'time']);

/** Whether the tag's attributes hide it (`hidden`, `aria-hidden="true"`, an inline style hiding it). */
function hides(a: TagAttrs): boolean {
  // Both tests run whatever the attributes, so that none is first reached on a late page (see `signalOf`).
  const streamed = STREAMED.test(a.id ?? '');
  const styled = HIDDEN_STYLE.test(a.style ?? '');
  return (a.hidden && !streamed) || a.ariaHidden === 'true' || styled;
}

/** Images, form controls and embedded media a block holds: which count a tag adds to. */
const MEDIA = new Map<string, number>([
  ['img', 0], ['picture', 0], ['input', 1], ['select', 1], ['textarea', 1], ['button', 1],
  ['iframe', 2], ['embed', 2], ['object', 2], ['video', 2],
]);

function countMedia(b: Block, media: number): void {
  // Every count is written on each call (adding 0 or 1), so no count is first touched on a late page.
  b.images += media === 0 ? 1 : 0;
  b.inputs += media === 1 ? 1 : 0;
  b.embeds += media === 2 ? 1 : 0;
}

class TooDeep extends Error {}

/** Elements whose text the tokenizer reads to the closing tag without decoding references. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

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
  const root: Block = new LightBlock('#root', '', undefined, undefined, null, 0, html, -1);
  const blocks: Block[] = [root];
  const stack: Open[] = taggedList();
  let current = root;
  let skipDepth = 0;
  let linkDepth = 0;
  let capped = false;
  const meta = new Map<string, string[]>();
  const jsonLd: string[] = taggedList();
  let canonical: string | null = null;
  let htmlLang: string | null = null;
  const times: TimeSignal[] = taggedList();
  // Texts being collected: <title>, ld+json scripts, the first <h1>, bylines, <time> without datetime.
  const captures: { kind: 'title' | 'jsonld' | 'h1' | 'byline' | 'date'; text: string; hint?: string }[] = taggedList();
  const activeCaptures: number[] = [];
  let titleTag: string | null = null;
  const h1s: string[] = taggedList();
  const h1Hints: string[] = taggedList();
  const visibleDates: TimeSignal[] = taggedList();
  const bylines: string[] = taggedList();
  // Short text runs (text between two tags) around the first <h1>: datelines and "By" labels sit by the headline.
  // Kept as parallel lists of texts and run numbers; the objects are made once, at the end.
  const headTexts: string[] = taggedList();
  const headOffsets: number[] = [];
  // The current run with its whitespace already collapsed (runs of spaces become one as text is added).
  // Whether it ends in a space is kept aside: asking the growing string would flatten it on every piece of
  // text, quadratic in a long run split by entities.
  let runText = '';
  let runEndsSpace = false;
  let runCount = 0;
  let h1Run = -1;
  // "Written by Ann Lee" anywhere on the page (often an author box far from the headline).
  const writtenBy: string[] = taggedList();
  let afterWrittenBy = false;
  const originally: string[] = taggedList();
  let joinOriginally = false;
  // Without an h1, the page's first runs stand in (offsets counted from the start of the page).
  const firstTexts: string[] = taggedList();
  const firstOffsets: number[] = [];
  const a: TagAttrs = {
    cls: undefined, id: undefined, role: undefined, itemprop: undefined, style: undefined, hidden: false, ariaHidden: undefined,
    key: undefined, content: undefined, datetime: undefined, rel: undefined, href: undefined, lang: undefined, type: undefined,
    dataDate: undefined, pubdate: false, property: undefined, nameAttr: undefined, httpEquiv: undefined, xmlLang: undefined,
    published: undefined, publishDate: undefined,
  };
  const slots = new Array<string | undefined>(SLOT_NAMES.length).fill(undefined);
  let slotsUsed = false;
  // The tag being opened: its name and where it starts. It is acted on at the parser's next event (text,
  // another tag, a close, the end), once all attributes are in.
  let pendingName: string | null = null;
  let pendingAt = -1;
  // Tags inside a byline or date separate words the markup runs together ("Ann Lee</p><p>Dec 18").
  const spaceCaptures = (): void => {
    for (const i of activeCaptures) {
      const c = captures[i];
      if (c && (c.kind === 'byline' || c.kind === 'date')) c.text += ' ';
    }
  };
  const notePhrases = (t: string): void => {
    // "This article was originally published on 26 Sep 2019 …": the page states its first publication. The run
    // after it is joined, as the phrase may be set apart ("<em>Originally published</em> on March 3, 2019").
    if (joinOriginally) originally[originally.length - 1] += ` ${t.slice(0, 120)}`;
    joinOriginally = originally.length < 3 && t.length <= 300 && t.includes('riginally published');
    if (joinOriginally) originally.push(t);
    if (writtenBy.length < 3) {
      if (afterWrittenBy && t.length <= 80) writtenBy.push(`By ${t}`);
      else if (t.length <= 80 && mayBeWrittenBy(t) && WRITTEN_BY.test(t)) writtenBy.push(t);
      afterWrittenBy = mayBeWrittenBy(t) && WRITTEN_BY_LABEL.test(t);
    }
  };
  const flushRun = (): void => {
    if (runText === '') return;
    const t = runText.trim();
    runText = '';
    runEndsSpace = false;
    if (!t) return;
    runCount++;
    // Few runs can hold a phrase: the rest skip the call, which is then rare enough to stay out of this function
    // (and of the tag handlers it is compiled into), so a phrase first met on a late page recompiles it alone.
    if (joinOriginally || afterWrittenBy || mayBeWrittenBy(t) || t.includes('riginally published')) notePhrases(t);
    if (h1Run >= 0 && runCount - h1Run > HEAD_RUNS_AFTER) return;
    if (t.length <= 120) {
      headTexts.push(t);
      headOffsets.push(runCount);
      if (runCount <= HEAD_RUNS_AFTER) {
        firstTexts.push(t);
        firstOffsets.push(runCount);
      }
    }
    if (h1Run < 0 && headTexts.length > HEAD_RUNS_BEFORE) {
      headTexts.shift();
      headOffsets.shift();
    }
  };

  const addText = (raw: string): void => {
    for (let k = 0; k < activeCaptures.length; k++) {
      const c = captures[activeCaptures[k] ?? -1];
      if (c && (c.kind === 'jsonld' || c.text.length < CAPTURE_LIMIT)) c.text += raw;
    }
    if (skipDepth > 0) return;
    const parts = current.parts;
    if (isBlank(raw)) {
      if (runText !== '' && !runEndsSpace) {
        runText += ' ';
        runEndsSpace = true;
      }
      const last = parts[parts.length - 1];
      if (typeof last === 'string' && !last.endsWith(' ')) parts.push(' ');
      return;
    }
    const t = raw.replace(SPACES, ' ');
    runText += runEndsSpace && t.charCodeAt(0) === 32 ? t.slice(1) : t;
    runEndsSpace = t.charCodeAt(t.length - 1) === 32;
    parts.push(t);
    const n = t.length;
    current.ownChars += n;
    if (linkDepth > 0) current.ownLinkChars += n;
    current.ownCommas += countCommas(t);
  };

  // What a tag adds to the page's signals (metadata, title, JSON-LD, headline, dates, bylines): the index of
  // the capture it opens, or -1. Kept out of `openTag` and large enough not to be inlined into it, so that a
  // branch first taken on a late page recompiles this function alone, not the whole hot path.
  const signalOf = (name: string, cls: string | undefined, id: string | undefined, hint: string): number => {
    let capture = -1;
    if (name === 'meta') {
      const key = lowerCased((a.key ?? '').trim());
      const value = a.content ?? a.datetime;
      if (key && value != null && value.trim()) {
        const list = meta.get(key) ?? taggedList<string>();
        list.push(value.replace(SPACES, ' ').trim());
        meta.set(key, list);
        // Some frameworks emit the JSON-LD block as a meta tag (`<meta name="script:ld+json" content="{…}">`).
        if (key.endsWith('ld+json') && jsonLd.length < 20) jsonLd.push(value);
      }
    } else if (name === 'link') {
      if (!canonical && a.href && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '')) canonical = a.href.trim();
    } else if (name === 'html') {
      htmlLang ??= (a.lang ?? '').trim() || null;
    } else if (name === 'title' && titleTag === null && stack.every((o) => o.name !== 'svg')) {
      capture = captures.push({ kind: 'title', text: '' }) - 1;
    } else if (name === 'script' && a.type !== undefined && /ld\+json/i.test(a.type)) {
      capture = captures.push({ kind: 'jsonld', text: '' }) - 1;
    } else if (name === 'h1' && h1s.length < 8 && skipDepth === 0) {
      capture = captures.push({ kind: 'h1', text: '', hint: `${cls ?? ''} ${id ?? ''} ${a.itemprop ?? ''}`.toLowerCase().trim() }) - 1;
    }
    // CMS data attributes: <body data-pubdate="2022-10-05">.
    const dataDate = a.dataDate;
    if (dataDate?.trim() && times.length < 20) times.push({ datetime: dataDate.trim(), hint: 'pubdate data-attribute' });
    if (name === 'time' || a.itemprop === 'datePublished' || a.itemprop === 'dateModified') {
      const datetime = (a.datetime ?? a.content ?? '').trim();
      const timeHint = [a.itemprop, a.pubdate ? 'pubdate' : null, cls, current.hint].filter(Boolean).join(' ');
      if (datetime) times.push({ datetime, hint: timeHint });
      else if (capture < 0 && skipDepth === 0) capture = captures.push({ kind: 'date', text: '', hint: timeHint }) - 1;
    } else if (capture < 0 && skipDepth === 0 && hint && mayBeDate(hint) && DATE_HINT.test(hint)) {
      // A visible date ("Published March 3, 2025") in an element named for it; parsed as a last resort.
      capture = captures.push({ kind: 'date', text: '', hint: `visible ${cls ?? ''}` }) - 1;
    }
    if (capture < 0 && name !== 'meta' && name !== 'link' && skipDepth === 0) {
      if (a.rel === 'author' || a.itemprop === 'author' || (cls !== undefined && mayBeByline(hint) && BYLINE.test(lowerCased(cls))) || (name === 'a' && a.href !== undefined && AUTHOR_HREF.test(a.href))) {
        capture = captures.push({ kind: 'byline', text: '' }) - 1;
      }
    }
    return capture;
  };

  // A capture's element closed: its text joins the signals. Out of `closeTag` for the reason given at `signalOf`.
  const endCapture = (i: number): void => {
    activeCaptures.splice(activeCaptures.lastIndexOf(i), 1);
    const c = captures[i];
    if (!c) return;
    const text = c.kind === 'jsonld' ? c.text : c.text.replace(SPACES, ' ').trim();
    if (c.kind === 'title') titleTag = text || null;
    else if (c.kind === 'jsonld') jsonLd.push(text);
    else if (c.kind === 'h1') {
      if (text) {
        h1s.push(text);
        h1Hints.push(c.hint ?? '');
      }
    } else if (c.kind === 'date') {
      // A longer text ("Posted on April 13, 2023 Tags: …") keeps its start, where the date is.
      if (text && visibleDates.length < 10) visibleDates.push({ datetime: text.length <= 80 ? text : text.slice(0, 80), hint: c.hint ?? '' });
    } else if (text && text.length <= 200 && !bylines.includes(text)) bylines.push(text);
  };

  const openTag = (name: string, at: number): void => {
    flushRun();
    if (activeCaptures.length > 0) spaceCaptures();
    resolveAttrs(a, slots);
    const cls = a.cls;
    const id = a.id;
    if (name === 'h1' && h1Run < 0 && skipDepth === 0) h1Run = runCount;
    const skip = SKIP_TAGS.has(name) || (slotsUsed && hides(a));
    // Class and id, lower-cased: the block's hint and what the date test reads, both only outside skipped
    // regions (inline SVG and <head> hold many tags).
    const hint = skipDepth > 0 || (cls === undefined && id === undefined) ? '' : lowerCased(`${cls ?? ''} ${id ?? ''}`).trim();
    // Only a tag with one of the attributes read, or one of these names, can add a signal.
    const capture = slotsUsed || SIGNAL_TAGS.has(name) ? signalOf(name, cls, id, hint) : -1;
    if (capture >= 0) activeCaptures.push(capture);
    if (skip) skipDepth++;
    const isLink = name === 'a';
    if (isLink) linkDepth++;
    let block: Block | null = null;
    if (skipDepth === 0 || (skip && skipDepth === 1)) {
      const media = MEDIA.get(name);
      if (media !== undefined) countMedia(current, media);
    }
    if (!skip && skipDepth === 0) {
      if (name === 'br') {
        current.parts.push('\n');
      } else if (BLOCK_TAGS.has(name)) {
        if (current.depth < MAX_BLOCK_DEPTH) {
          block = new LightBlock(name, hint, a.role, a.itemprop, current, blocks.length, html, at);
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
  };
  const openPending = (): void => {
    const name = pendingName;
    if (name === null) return;
    pendingName = null;
    openTag(name, pendingAt);
  };

  readElements(html, {
    openTag(name, at) {
      openPending();
      pendingName = name;
      pendingAt = at;
      if (slotsUsed) {
        slots.fill(undefined);
        slotsUsed = false;
      }
    },
    attribute(k, raw) {
      readAttr(slots, k, decodeAttribute(raw));
      slotsUsed = true;
    },
    text(text) {
      openPending();
      // The tokenizer leaves script, style, textarea and xmp text as written; everywhere else (<title> too)
      // it decodes character references.
      if (text.indexOf('&') < 0 || RAW_TEXT.has(stack[stack.length - 1]?.name ?? '')) addText(text);
      else emitDecodedText(text, addText);
    },
    closeTag() {
      openPending();
      flushRun();
      if (activeCaptures.length > 0) spaceCaptures();
      const open = stack.pop();
      if (!open) return;
      if (open.link) linkDepth--;
      if (open.skip) skipDepth--;
      if (open.capture >= 0) endCapture(open.capture);
      if (open.block) {
        close(open.block);
        current = open.block.parent ?? root;
      } else if (!open.skip && skipDepth === 0 && current.depth >= MAX_BLOCK_DEPTH && BLOCK_TAGS.has(open.name)) {
        current.parts.push('\n');
      }
    },
  }, READ_ATTRS);
  openPending();
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
      meta, jsonLd, canonical, htmlLang, titleTag, h1: h1s[0] ?? null, h1s, times, visibleDates, bylines, h1Hints, writtenBy, originally,
      headRuns: h1Run < 0 ? runsOf(firstTexts, firstOffsets, 0) : runsOf(headTexts, headOffsets, h1Run),
    },
  };
}

/** Text runs with their run numbers counted from `from`. */
function runsOf(texts: string[], offsets: number[], from: number): { text: string; offset: number }[] {
  return texts.map((text, i) => ({ text, offset: (offsets[i] ?? 0) - from }));
}

function isHeading(tag: string): boolean {
  if (tag.length !== 2 || tag.charCodeAt(0) !== 104) return false;
  const d = tag.charCodeAt(1);
  return d >= 49 && d <= 54;
}

/** Adds a closed block's totals to its parent's. */
function close(b: Block): void {
  b.chars += b.ownChars;
  b.linkChars += b.ownLinkChars;
  if (b.tag === 'p' ? b.ownChars > 0 : b.ownChars >= 25) b.paragraphs++;
  if (b.tag === 'li') b.listItems++;
  if (isHeading(b.tag)) b.headingChars += b.ownChars;
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
