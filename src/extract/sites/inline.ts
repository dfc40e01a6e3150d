// Metadata selectors of a site rule matched against every element, inline ones included (`<time>`, `<span>`,
// `<meta>`), in one streaming pass over the page. The light block tree keeps block elements only, so a
// dateline in `<time datetime>` or a byline in `<span class="author">` is out of its reach. This pass runs only
// for pages whose host has a rule with metadata selectors.
import { Parser } from 'htmlparser2';
import { flattenDeepNesting, MAX_PARSER_DEPTH } from '../html-nesting.js';
import { matches, type FieldSelector, type SelectorNode } from './selector.js';

/** Never text: code, styling and templates (hidden elements neither). */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** Elements nested deeper than this are not matched (each match walks the ancestors). */
const MAX_DEPTH = 400;
/** Values kept per selector group, and characters per captured text. */
const MAX_VALUES = 20;
const MAX_CHARS = 1000;

interface Node extends SelectorNode {
  /** Slots (group, index in its values) this element's text fills, and whether its content is never text. */
  slots: { group: number; index: number }[];
  skip: boolean;
}

/**
 * For each group of field selectors, the values found in document order: the named attribute of each
 * matching element, or its text (whitespace folded). Within a group, an element inside another match is not
 * read again.
 */
export function selectFields(html: string, groups: readonly (readonly FieldSelector[])[]): string[][] {
  try {
    return selectOnce(html, groups, true);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    // The parser's cost per tag grows with the depth: a page nesting past the limit is read flattened.
    return selectOnce(flattenDeepNesting(html), groups, false);
  }
}

class TooDeep extends Error {}

function selectOnce(html: string, groups: readonly (readonly FieldSelector[])[], guard: boolean): string[][] {
  const out: (string | null)[][] = groups.map(() => []);
  const texts: string[][] = groups.map(() => []);
  const stack: Node[] = [];
  let skipDepth = 0;
  // At most one element per group is being read at a time (the outermost match).
  const capturing = new Array<boolean>(groups.length).fill(false);
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const parent = stack[stack.length - 1] ?? null;
        const node: Node = { tag: name, attrs, parent, slots: [], skip: SKIP.has(name) || 'hidden' in attrs || attrs['aria-hidden'] === 'true' };
        stack.push(node);
        if (guard && stack.length > MAX_PARSER_DEPTH) throw new TooDeep();
        if (node.skip) skipDepth++;
        if (stack.length > MAX_DEPTH) return;
        groups.forEach((group, g) => {
          const list = out[g];
          if (!list || list.length >= MAX_VALUES) return;
          const hit = group.find((f) => matches(node, f.selector));
          if (!hit) return;
          if (hit.attr !== null) {
            const v = attrs[hit.attr]?.replace(/\s+/g, ' ').trim();
            if (v) list.push(v);
          } else if (!capturing[g] && skipDepth === 0) {
            node.slots.push({ group: g, index: list.length });
            list.push(null);
            texts[g]?.push('');
            capturing[g] = true;
          }
        });
      },
      ontext(text) {
        if (skipDepth > 0) return;
        capturing.forEach((on, g) => {
          const t = texts[g];
          const i = t ? t.length - 1 : -1;
          if (on && t && i >= 0 && (t[i] ?? '').length < MAX_CHARS) t[i] += text;
        });
      },
      onclosetag() {
        const node = stack.pop();
        if (!node) return;
        if (node.skip) skipDepth--;
        for (const s of node.slots) {
          const t = texts[s.group];
          const v = (t?.[t.length - 1] ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
          const list = out[s.group];
          if (list) list[s.index] = v || null;
          capturing[s.group] = false;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return out.map((list) => list.filter((v): v is string => !!v));
}
