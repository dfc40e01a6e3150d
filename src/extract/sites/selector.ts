// The small CSS subset site rules are written in, matched against the light block tree: compound
// selectors of a tag, `.class`, `#id` and `[attr=value]` parts, joined by the descendant combinator,
// comma-separated. Only block elements exist in the tree, so only they can match.
import type { Block } from '../html-tree.js';

interface Compound {
  tag: string | null;
  classes: string[];
  id: string | null;
  attrs: { name: string; value: string }[];
}

/** Right-most compound last; each must match an ancestor of the next. */
export type Selector = Compound[];

const PART = /^(?:([a-z][a-z0-9-]*)|\*)?((?:\.[\w-]+|#[\w-]+|\[[\w:-]+=(?:"[^"]*"|'[^']*'|[^\]\s]+)\])*)$/i;
const PIECE = /\.([\w-]+)|#([\w-]+)|\[([\w:-]+)=(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\]/g;

function parseCompound(text: string): Compound {
  const m = PART.exec(text);
  if (!m || text === '') throw new Error(`site rule: unsupported selector part "${text}"`);
  const c: Compound = { tag: m[1] ? m[1].toLowerCase() : null, classes: [], id: null, attrs: [] };
  for (const p of (m[2] ?? '').matchAll(PIECE)) {
    if (p[1] !== undefined) c.classes.push(p[1]);
    else if (p[2] !== undefined) c.id = p[2];
    else if (p[3] !== undefined) c.attrs.push({ name: p[3].toLowerCase(), value: p[4] ?? p[5] ?? p[6] ?? '' });
  }
  return c;
}

/** Parses "a b.c, #d" into selectors; throws on anything outside the subset, so a bad rule fails its test. */
export function parseSelectors(list: string | readonly string[]): Selector[] {
  const items = (typeof list === 'string' ? [list] : list).flatMap((s) => s.split(','));
  return items.map((s) => s.trim()).filter(Boolean).map((s) => s.split(/\s+/).map(parseCompound));
}

function matchesCompound(b: Block, c: Compound): boolean {
  if (c.tag && b.tag !== c.tag) return false;
  if (c.id !== null && b.attrs['id'] !== c.id) return false;
  if (c.classes.length > 0) {
    const have = (b.attrs['class'] ?? '').split(/\s+/);
    if (!c.classes.every((k) => have.includes(k))) return false;
  }
  return c.attrs.every((a) => b.attrs[a.name] === a.value);
}

export function matches(b: Block, sel: Selector): boolean {
  let i = sel.length - 1;
  const last = sel[i];
  if (!last || !matchesCompound(b, last)) return false;
  i--;
  // Descendant combinators only: matching each remaining compound at the nearest ancestor is exact.
  for (let x = b.parent; x && i >= 0; x = x.parent) {
    const c = sel[i];
    if (c && matchesCompound(x, c)) i--;
  }
  return i < 0;
}

export function matchesAny(b: Block, sels: readonly Selector[]): boolean {
  return sels.some((s) => matches(b, s));
}
