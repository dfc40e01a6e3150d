// The article body of an HTML page: Readability first, a densest-block fallback when it finds nothing.
import { Readability } from '@mozilla/readability';
import { type DomDocument, type DomElement, type DomNode, isElement } from './dom.js';
import { blocksOf } from './html-blocks.js';
import { normalizeInline } from './whitespace.js';

export interface MainText {
  blocks: string[];
  method: 'readability' | 'densest-block' | 'body';
}

/** Below this many characters Readability's result is taken as a miss. */
const MIN_READABLE_CHARS = 200;

/** Runs Readability over `document` (which it mutates) and returns its blocks, or null when it finds too little. */
export function readabilityBlocks(document: DomDocument): string[] | null {
  let root: DomNode | null | undefined;
  try {
    // linkedom's document satisfies what Readability touches; its typings expect lib.dom's Document.
    const reader = new Readability(document as never, {
      serializer: (el: unknown) => el as DomNode,
      disableJSONLD: true,
      charThreshold: 300,
    });
    root = reader.parse()?.content as DomNode | null | undefined;
  } catch {
    return null; // A page Readability cannot handle falls through to the density heuristic.
  }
  if (!root) return null;
  const blocks = blocksOf(root);
  return blocks.join(' ').length >= MIN_READABLE_CHARS ? blocks : null;
}

const CHROME_TAGS = 'nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]';
const CHROME_HINT = /(^|[\s_-])(nav|menu|footer|header|sidebar|comment|share|social|related|promo|cookie|banner|subscribe|newsletter|breadcrumb|advert|ad)s?([\s_-]|$)/i;

function linkTextLength(el: DomElement): number {
  let n = 0;
  const links = el.querySelectorAll('a');
  for (let i = 0; i < links.length; i++) n += normalizeInline(links[i]?.textContent ?? '').length;
  return n;
}

/**
 * Scores each element by the paragraph text of its direct children, discounted by link density,
 * and returns the best one: the block where the article's paragraphs cluster.
 */
export function densestBlock(document: DomDocument): DomElement | null {
  const body = document.body;
  if (!body) return null;
  const chrome = body.querySelectorAll(CHROME_TAGS);
  for (let i = chrome.length - 1; i >= 0; i--) chrome[i]?.remove();
  const hinted = body.querySelectorAll('[class], [id]');
  for (let i = hinted.length - 1; i >= 0; i--) {
    const el = hinted[i];
    if (!el || el.tagName.toLowerCase() === 'body' || el.tagName.toLowerCase() === 'html') continue;
    const label = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (CHROME_HINT.test(label) && !/(article|content|main|body|post|entry|story)/i.test(label)) el.remove();
  }
  const scores = new Map<DomElement, number>();
  const paragraphs = body.querySelectorAll('p, pre, blockquote, li');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    const parent = p?.parentNode;
    if (!p || !parent || !isElement(parent)) continue;
    const len = normalizeInline(p.textContent ?? '').length;
    if (len < 25) continue;
    const density = len > 0 ? Math.min(1, linkTextLength(p) / len) : 1;
    scores.set(parent, (scores.get(parent) ?? 0) + len * (1 - density));
  }
  let best: DomElement | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Text of the body with skipped elements left out, as a last resort. */
export function bodyBlocks(document: DomDocument): string[] {
  const body = document.body;
  if (!body) return [];
  return blocksOf(body);
}
