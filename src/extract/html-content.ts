// Picks the article body in a light block tree and writes it out as paragraphs.
// Paragraph-like blocks score their ancestors (text length, commas); class/id hints and link density weigh
// the candidates; the best one is joined by siblings that score close to it (its thin wrappers' siblings too)
// and by same-class parts of a body split across wrappers; chrome inside it is pruned.
import type { Block } from './html-tree.js';
import { taggedList } from './tagged-list.js';

/** Class/id words of page furniture: a block carrying one (and no content word) is not a candidate. */
const UNLIKELY =
  /-ad-|ad-break|agegate|banner|breadcrumb|combx|comment|communit|cover-wrap|disqus|extra|foot|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|pagination|pager|popup|yom-remote|share|sharing|cookie|consent|newsletter|subscri|promo|recirc|outbrain|taboola|signup|sign-up|most-popular|trending|modal|overlay|toolbar/;
const MAYBE = /and|article|body|column|content|main|shadow|story|entry|post-text|text/;
const FURNITURE_WORD =
  /(^|[\s_-])(byline|entry-meta|post-meta|article-meta|meta-?data|post-info|share|sharing|social|comments?|related|newsletter|cookies?|consent|breadcrumbs?|tags|author-bio|author-box)([\s_-]|$)/;
const BODY_WORD = /content|body|text|main/;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story/;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|caption|credit|byline|author|newsletter|recirc|subscri/;
const CHROME_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'banner', 'contentinfo', 'search']);
const CHROME_TAGS = new Set(['nav', 'aside', 'footer', 'menu']);
const SCORED_TAGS = new Set(['p', 'td', 'pre', 'section', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'article', 'blockquote', 'main', 'dd', 'li', 'center', 'font', 'span', 'body', 'form', 'header', 'figure', 'table', 'tbody', 'tr', 'ul', 'ol', 'dl', 'dt', 'th', 'address', 'aside', 'footer', 'details', 'summary']);

export interface ContentOptions {
  /** Skip blocks with furniture class names (off in the retry pass). */
  stripUnlikely: boolean;
  /** Weigh class/id hints. */
  weighClasses: boolean;
  /** Prune link lists, forms and image galleries inside the chosen body. */
  clean: boolean;
}

export const DEFAULT_CONTENT: ContentOptions = { stripUnlikely: true, weighClasses: true, clean: true };

export function classWeight(b: Block): number {
  if (!b.hint) return 0;
  let w = 0;
  if (NEGATIVE.test(b.hint)) w -= 25;
  if (POSITIVE.test(b.hint)) w += 25;
  if (b.itemprop === 'articlebody') w += 25;
  return w;
}

/** True for blocks that are page furniture by their tag, role or class names. */
export function isUnlikely(b: Block): boolean {
  if (CHROME_TAGS.has(b.tag) || CHROME_ROLES.has(b.role)) return true;
  if (b.tag === 'body' || b.tag === 'html' || b.tag === 'article' || b.tag === 'main' || b.itemprop === 'articlebody') return false;
  if (!b.hint) return false;
  if (UNLIKELY.test(b.hint) && !MAYBE.test(b.hint)) return true;
  // "entry-meta", "article-share": furniture named after the article it sits in.
  return FURNITURE_WORD.test(b.hint) && !BODY_WORD.test(b.hint);
}

function linkDensity(b: Block): number {
  return b.chars > 0 ? b.linkChars / b.chars : 0;
}

function initialScore(b: Block, o: ContentOptions): number {
  let s = 0;
  switch (b.tag) {
    case 'div':
    case 'article':
    case 'main':
      s = 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s = 3;
      break;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      s = -3;
      break;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      s = -5;
      break;
  }
  return s + (o.weighClasses ? classWeight(b) : 0);
}

/** Blocks inside furniture (when stripping it) are marked so they neither score nor get written. */
function excludedSet(blocks: readonly Block[], o: ContentOptions): Set<Block> {
  const out = new Set<Block>();
  for (const b of blocks) {
    if (b.parent && out.has(b.parent)) out.add(b);
    else if (o.stripUnlikely && isUnlikely(b)) out.add(b);
  }
  return out;
}

export interface Chosen {
  blocks: Block[];
  top: Block;
  excluded: Set<Block>;
}

/** Scores the blocks holding paragraphs (and their ancestors, less with each level): the candidates. */
function scoreCandidates(blocks: readonly Block[], excluded: Set<Block>, o: ContentOptions): Block[] {
  const candidates: Block[] = taggedList();
  for (const b of blocks) {
    b.score = 0;
    b.scored = false;
  }
  for (const b of blocks) {
    if (excluded.has(b) || b.ownChars < 25 || !SCORED_TAGS.has(b.tag)) continue;
    if (b.ownLinkChars > b.ownChars * 0.5) continue;
    const score = 1 + b.ownCommas + Math.min(3, Math.floor(b.ownChars / 100));
    // Text loose in a block that also holds blocks is a paragraph of that block (Readability wraps it in
    // a <p> there); a block of inline text alone is itself the paragraph, and its parent the container.
    // A long run of loose text is a body on its own, so its container is a candidate as well.
    const holder = CONTAINERS.has(b.tag) && (b.ownChars >= 200 || b.parent?.tag === '#root' || b.parts.some((p) => typeof p !== 'string'));
    let anc: Block | null = holder ? b : b.parent;
    for (let level = 0; anc && level < 5; level++, anc = anc.parent) {
      if (anc.tag === '#root') break;
      if (!anc.scored) {
        anc.scored = true;
        anc.score = initialScore(anc, o);
        candidates.push(anc);
      }
      anc.score += score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  return candidates;
}

/** The candidate scoring best once link density is weighed (the first of equals), or null. */
function bestCandidate(candidates: Block[]): Block | null {
  let top: Block | null = null;
  for (const c of candidates) {
    c.score *= 1 - linkDensity(c);
    if (!top || c.score > top.score) top = c;
  }
  return top;
}

/** Chooses the body: the top-scoring candidate and the siblings that belong with it. */
export function chooseContent(blocks: readonly Block[], o: ContentOptions = DEFAULT_CONTENT): Chosen | null {
  // The loops over every block live in their own small functions: this one runs once per page, and kept
  // free of them it is not compiled with all it calls inlined (recompiled whole at each branch a later page
  // first takes), only the loops are.
  const excluded = excludedSet(blocks, o);
  const candidates = scoreCandidates(blocks, excluded, o);
  let top = bestCandidate(candidates);
  if (!top) return null;
  top = promote(top, candidates);
  const parent = top.parent;
  if (!parent || parent.tag === '#root') return { blocks: [top], top, excluded };
  let chosen = siblingPass(top, top, excluded);
  // The top may sit in thin wrappers (a section's title row, an empty ad slot beside it): their siblings
  // are the top's true siblings and get the same test.
  let node = top;
  for (let level = 0; level < WRAPPER_LEVELS; level++) {
    const up = node.parent;
    if (!up?.parent || up.parent.tag === '#root' || up.tag === 'body' || up.parent.tag === 'body' || node.chars < up.chars * WRAPPER_SHARE) break;
    const inner = chosen;
    chosen = siblingPass(up, top, excluded, false).flatMap((b) => (b === up ? inner : [b]));
    node = up;
  }
  return { blocks: addCousins(blocks, top, chosen, excluded), top, excluded };
}

/** A parent whose text is at least this share of its child's is a wrapper of that child. */
const WRAPPER_SHARE = 0.9;
const WRAPPER_LEVELS = 3;

/** `node` and those of its siblings that belong with the body whose best block is `top`, in order. */
function siblingPass(node: Block, top: Block, excluded: Set<Block>, loose = true): Block[] {
  const chosen: Block[] = taggedList();
  const threshold = Math.max(10, top.score * 0.2);
  for (const part of node.parent?.parts ?? [node]) {
    if (typeof part === 'string') continue;
    const s = part;
    if (s === node) {
      chosen.push(s);
      continue;
    }
    if (excluded.has(s)) continue;
    const bonus = node.hint && s.hint === node.hint ? top.score * 0.2 : 0;
    if (s.scored && s.score + bonus >= threshold) chosen.push(s);
    else if (loose && (s.tag === 'p' || (s.tag === 'div' && s.paragraphs <= 1))) {
      const len = s.chars;
      const ld = linkDensity(s);
      if (len > 80 && ld < 0.25) chosen.push(s);
      else if (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(textOf(s, new Set(), false).join(' '))) chosen.push(s);
    }
  }
  return chosen;
}

/** How far above the top candidate a body part with its signature may branch off. */
const COUSIN_LEVELS = 6;

/**
 * Class words that name a kind of block, not one block: words with digits are ids and per-instance
 * hashes ("post-1806", "block-yui_3_17"), dropped so that the parts of one body compare equal.
 */
export function signature(b: Block): string {
  if (!b.hint) return '';
  const words = b.hint.split(/\s+/).filter((w) => w && !/\d/.test(w));
  return words.length > 0 ? `${b.tag} ${[...new Set(words)].sort().join(' ')}` : '';
}

/**
 * Bodies split by ads, pull quotes or grid rows come as several containers with the same tag and class,
 * each under its own wrapper, so the sibling pass misses them. Blocks that share the top candidate's
 * signature, branch off within a few levels of it and read as prose are added.
 */
function addCousins(blocks: readonly Block[], top: Block, chosen: Block[], excluded: Set<Block>): Block[] {
  const sig = signature(top);
  if (!sig) return chosen;
  const within = new Set<Block>();
  let anc: Block | null = top.parent;
  for (let level = 0; anc && anc.tag !== '#root' && level < COUSIN_LEVELS; level++, anc = anc.parent) within.add(anc);
  const taken = new Set(chosen);
  const added: Block[] = taggedList();
  for (const b of blocks) {
    // Cheap tests first: most blocks differ from the top in tag or have no class at all. The few left are
    // weighed in a function of their own, out of this loop's compiled code.
    if (b === top || b.tag !== top.tag || !b.hint || b.chars < 50 || excluded.has(b) || linkDensity(b) > 0.25 || signature(b) !== sig) continue;
    addIfCousin(b, top, chosen, taken, within, added);
  }
  if (added.length === 0) return chosen;
  return [...chosen, ...added].sort((a, b) => a.order - b.order);
}

/** Adds `b` (same tag and class words as the top) to `added` when it is a part of the body beside the chosen. */
function addIfCousin(b: Block, top: Block, chosen: readonly Block[], taken: ReadonlySet<Block>, within: ReadonlySet<Block>, added: Block[]): void {
  // Same size and shape as the top: a second copy of the body (mobile and desktop layouts), not a part.
  if (b.chars === top.chars && b.paragraphs === top.paragraphs) return;
  for (let x: Block | null = b; x; x = x.parent) if (taken.has(x)) return;
  if (chosen.some((c) => isAncestor(b, c)) || added.some((a) => isAncestor(a, b))) return;
  for (let x = b.parent; x; x = x.parent) {
    if (within.has(x)) {
      added.push(b);
      return;
    }
  }
}

/** Moves up from the top candidate when it is one of several close-scoring pieces of a larger body. */
function promote(top: Block, candidates: Block[]): Block {
  const close = candidates.filter((c) => c !== top && c.score / top.score >= 0.75).slice(0, 5);
  if (close.length >= 3) {
    let anc = top.parent;
    while (anc && anc.tag !== '#root' && anc.tag !== 'body') {
      const a = anc;
      const holds = close.filter((c) => isAncestor(a, c)).length;
      if (holds >= 3) {
        top = a;
        break;
      }
      anc = anc.parent;
    }
  }
  // A candidate that is its parent's only block child says nothing the parent does not.
  let node = top;
  while (node.parent && node.parent.tag !== '#root' && node.parent.tag !== 'body' && blockChildren(node.parent) === 1 && node.parent.ownChars === 0) {
    node = node.parent;
  }
  if (node !== top && !node.scored) {
    node.scored = true;
    node.score = top.score;
  }
  return node;
}

function blockChildren(b: Block): number {
  let n = 0;
  for (const p of b.parts) if (typeof p !== 'string') n++;
  return n;
}

function isAncestor(a: Block, b: Block): boolean {
  for (let x = b.parent; x; x = x.parent) if (x === a) return true;
  return false;
}

const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'body', 'form', 'center', 'blockquote', 'dd', 'li']);
const LIST = new Set(['ul', 'ol', 'dl']);

/** Readability-style conditional cleaning: a block inside the body that looks like a link list, form or gallery. */
function fishy(b: Block, o: ContentOptions): boolean {
  if (!['form', 'fieldset', 'table', 'ul', 'ol', 'div', 'section', 'header', 'aside', 'figure', 'dl'].includes(b.tag)) return false;
  const weight = o.weighClasses ? classWeight(b) : 0;
  if (weight + b.score < 0 && weight < 0) return true;
  let commas = b.ownCommas;
  if (commas >= 10) return false;
  commas = 0;
  const ld = linkDensity(b);
  const isList = LIST.has(b.tag) || b.listItems > 0 && b.chars > 0 && b.listItems * 40 >= b.chars;
  const p = b.paragraphs;
  const len = b.chars;
  const headingDensity = len > 0 ? b.headingChars / len : 0;
  if (b.images > 1 && p / b.images < 0.5 && b.tag !== 'figure') return true;
  if (!isList && b.listItems > p + 100) return true;
  if (b.inputs > Math.floor(p / 3)) return true;
  if (!isList && headingDensity < 0.9 && len < 25 && (b.images === 0 || b.images > 2) && ld > 0) return true;
  // A list of long items that carry some links (a numbered news digest) is body; a list of headlines is not.
  if (isList && b.listItems > 0 && b.chars / b.listItems >= 100) return ld > 0.5;
  if (weight < 25 && ld > 0.2 + commas) return true;
  if (weight >= 25 && ld > 0.5) return true;
  // Embeds are counted over the subtree: a long body with a few videos in it is still the body.
  if ((b.embeds === 1 && len < 75) || (b.embeds > 1 && p < 2 * b.embeds)) return true;
  return false;
}

/**
 * An <article> nested in another <article>, next to a sibling <article>, each with a link in it: one card of
 * a list of other stories (related or latest posts) that the page nests in the story's own element, as HTML
 * means nested articles to be (comments, related posts). Class names are not compared: blog engines give each
 * card its own category and tag classes. Listicle entries are <article>s in a plain container and stay.
 */
function isTeaserCard(b: Block): boolean {
  // Few blocks pass this test: the walk is its own function, kept out of the text walk it is called from.
  return b.tag === 'article' && b.linkChars > 0 && b.parent !== null && isNestedCard(b, b.parent);
}

function isNestedCard(b: Block, parent: Block): boolean {
  let nested = false;
  for (let x: Block | null = b.parent; x && !nested; x = x.parent) nested = x.tag === 'article';
  if (!nested) return false;
  let cards = 0;
  for (const p of parent.parts) {
    if (typeof p !== 'string' && p.tag === 'article' && p.linkChars > 0 && ++cards >= 2) return true;
  }
  return false;
}

/** Characters of a subtree outside its excluded blocks: the text cleaning starts from. */
export function unexcludedChars(root: Block, excluded: Set<Block>): number {
  let n = root.chars;
  const stack: Block[] = [root];
  while (stack.length > 0) {
    const b = stack.pop();
    if (!b) break;
    for (const p of b.parts) {
      if (typeof p === 'string') continue;
      if (excluded.has(p)) n -= p.chars;
      else stack.push(p);
    }
  }
  return n;
}

/**
 * Paragraph texts of a subtree, in order; excluded and (when cleaning) fishy blocks left out. Lines written
 * from a block whose own text is mostly link text are added to `linked` when given.
 */
export function textOf(root: Block, excluded: Set<Block>, clean: boolean, o: ContentOptions = DEFAULT_CONTENT, linked?: Set<string>): string[] {
  const out: string[] = taggedList();
  let buf = '';
  // The blocks whose own text is being read, innermost last: text after a child block is its parent's.
  const owners: Block[] = taggedList();
  const flush = (): void => {
    const owner = owners[owners.length - 1];
    const isLinked = linked !== undefined && owner !== undefined && owner.ownLinkChars * 2 > owner.ownChars;
    for (const line of buf.split('\n')) {
      const t = line.trim();
      if (!t) continue;
      out.push(t);
      if (isLinked) linked.add(t);
    }
    buf = '';
  };
  // Explicit stack: the tree depth is capped, but recursion is still avoided.
  const stack: (string | Block | null)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === null) {
      flush();
      owners.pop();
      continue;
    }
    if (typeof item === 'string') {
      buf += item;
      continue;
    }
    // Captions describe a picture, not the story (extraction gold standards leave them out too).
    if (item !== root && (excluded.has(item) || (clean && (item.tag === 'figcaption' || fishy(item, o) || isTeaserCard(item))))) continue;
    flush();
    owners.push(item);
    stack.push(null);
    for (let i = item.parts.length - 1; i >= 0; i--) stack.push(item.parts[i] ?? '');
  }
  flush();
  return out;
}
