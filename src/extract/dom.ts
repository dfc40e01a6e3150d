// A minimal, typed view of the linkedom DOM, plus a guard against pathological nesting.
// linkedom's own typings refer to lib.dom types, which this project does not load.
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  documentElement: DomElement | null;
  head: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Deeper than this, tags are dropped (their text kept): parsers and Readability recurse per level. */
export const MAX_DEPTH = 120;

const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
// Tags a browser closes implicitly when a sibling opens; counting them would make old-style HTML look deep.
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)\b[^>]*?(\/?)>/g;

/** Upper estimate of element nesting depth, by a linear scan of the tags (no parser stack). */
export function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[2] ?? '').toLowerCase();
    if (VOID.has(name) || SELF_ENDING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** Drops the tags that open beyond `limit` levels (and their matching closes), keeping all text. */
export function flattenDeepNesting(html: string, limit = MAX_DEPTH): string {
  let depth = 0;
  let dropped = 0;
  return html.replace(TAG, (tag, slash: string, rawName: string, selfClose: string) => {
    const name = rawName.toLowerCase();
    if (VOID.has(name) || SELF_ENDING.has(name) || selfClose === '/') return depth >= limit ? ' ' : tag;
    if (slash === '/') {
      if (dropped > 0) {
        dropped--;
        return ' ';
      }
      depth = Math.max(0, depth - 1);
      return tag;
    }
    if (depth >= limit) {
      dropped++;
      return ' ';
    }
    depth++;
    return tag;
  });
}

/** Parses HTML into a DOM; hostile nesting is flattened first so every later step stays bounded. */
export function parseDocument(html: string): { document: DomDocument; flattened: boolean } {
  const flattened = nestingDepth(html) > MAX_DEPTH;
  // Dropped tags leave spaces; long runs of them make Readability's text scans slow, so they are collapsed.
  const source = flattened ? flattenDeepNesting(html).replace(/[ \t\r\n]{2,}/g, ' ') : html;
  // linkedom needs a root element to build <html>/<head>/<body>; a fragment would have none.
  const wrap = (s: string): string => `<!DOCTYPE html><html><head></head><body>${s}</body></html>`;
  const parse = (s: string): DomDocument => (parseHTML(s) as unknown as { document: DomDocument }).document;
  let document = parse(/<html[\s>]/i.test(source) ? source : wrap(source));
  // An <html> inside a comment or script still leaves the document without a root: parse it wrapped.
  if (!document.documentElement || !safeBody(document)) document = parse(wrap(source));
  return { document, flattened };
}

/** linkedom's `body` getter throws on a document without a root element. */
function safeBody(document: DomDocument): DomElement | null {
  try {
    return document.body;
  } catch {
    return null;
  }
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function attr(el: DomElement | null | undefined, name: string): string | null {
  // Parents can be the document itself, which has no attributes.
  if (!el || typeof el.getAttribute !== 'function') return null;
  const v = el.getAttribute(name);
  return v == null ? null : v;
}
