// Turns a DOM subtree into text blocks: one per paragraph, heading, list item, quote or cell.
// Iterative walk, so depth never reaches the call stack.
import { type DomNode, isElement, TEXT_NODE } from './dom.js';
import { normalizeInline } from './whitespace.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'br', 'center', 'html',
]);

/** Never text: code, styling, embedded media and hidden templates. */
export const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'select', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link',
]);

export function blocksOf(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = (): void => {
    const t = normalizeInline(current);
    if (t) blocks.push(t);
    current = '';
  };
  // Stack of nodes to visit; `null` marks "leaving a block element".
  const stack: (DomNode | null)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (node.getAttribute('hidden') !== null || node.getAttribute('aria-hidden') === 'true') continue;
    const block = BLOCK.has(name);
    if (block) {
      flush();
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (k) stack.push(k);
    }
    // Inline elements glued to words ("a<b>b</b>") must not get spaces, but table cells and the like need one.
    if (!block && (name === 'td' || name === 'th')) current += ' ';
  }
  flush();
  return blocks;
}
