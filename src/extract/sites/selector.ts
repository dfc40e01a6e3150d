// The small CSS subset site rules are written in: compound selectors of a tag, `.class`, `#id`, `[attr]` and
// `[attr=value]` parts, joined by the descendant combinator, comma-separated. Body and drop selectors are
// matched against the light block tree (block elements only); metadata selectors against every element in a
// separate pass (`inline.ts`), and may end in `@attr` to read an attribute instead of the element's text.

/** What a selector is matched against: a block of the light tree, or an element of the inline pass. */
export interface SelectorNode {
  tag: string;
  attrs: Readonly<Record<string, string>>;
  parent: SelectorNode | null;
}

interface Compound {
  tag: string | null;
  classes: string[];
  id: string | null;
  /** `value: null` asks only that the attribute is present (`time[datetime]`). */
  attrs: { name: string; value: string | null }[];
}

/** Right-most compound last; each must match an ancestor of the next. */
export type Selector = Compound[];

/** A metadata selector: where to look, and the attribute to read there (null: the element's text). */
export interface FieldSelector {
  selector: Selector;
  attr: string | null;
}

const PART = /^(?:([a-z][a-z0-9-]*)|\*)?((?:\.[\w-]+|#[\w-]+|\[[\w:-]+(?:=(?:"[^"]*"|'[^']*'|[^\]\s]+))?\])*)$/i;
const PIECE = /\.([\w-]+)|#([\w-]+)|\[([\w:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\]\s]+)))?\]/g;
// "time[datetime]@datetime": the attribute to read follows the last `@` outside brackets and quotes.
const READ_ATTR = /^(.*[^\s@])@([\w:-]+)$/;

function parseCompound(text: string): Compound {
  const m = PART.exec(text);
  if (!m || text === '') throw new Error(`site rule: unsupported selector part "${text}"`);
  const c: Compound = { tag: m[1] ? m[1].toLowerCase() : null, classes: [], id: null, attrs: [] };
  for (const p of (m[2] ?? '').matchAll(PIECE)) {
    if (p[1] !== undefined) c.classes.push(p[1]);
    else if (p[2] !== undefined) c.id = p[2];
    else if (p[3] !== undefined) c.attrs.push({ name: p[3].toLowerCase(), value: p[4] ?? p[5] ?? p[6] ?? null });
  }
  return c;
}

function items(list: string | readonly string[]): string[] {
  return (typeof list === 'string' ? [list] : list).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean);
}

function parseOne(s: string): Selector {
  return s.split(/\s+/).map(parseCompound);
}

/** Parses "a b.c, #d" into selectors; throws on anything outside the subset, so a bad rule fails its test. */
export function parseSelectors(list: string | readonly string[]): Selector[] {
  return items(list).map((s) => {
    if (s.includes('@')) throw new Error(`site rule: "${s}" reads an attribute, which only title, authors and date selectors may`);
    return parseOne(s);
  });
}

/** Parses metadata selectors, each optionally ending in `@attr`. */
export function parseFieldSelectors(list: string | readonly string[]): FieldSelector[] {
  return items(list).map((s) => {
    const m = READ_ATTR.exec(s);
    return m?.[1] && m[2] ? { selector: parseOne(m[1]), attr: m[2].toLowerCase() } : { selector: parseOne(s), attr: null };
  });
}

function matchesCompound(b: SelectorNode, c: Compound): boolean {
  if (c.tag && b.tag !== c.tag) return false;
  if (c.id !== null && b.attrs['id'] !== c.id) return false;
  if (c.classes.length > 0) {
    const have = (b.attrs['class'] ?? '').split(/\s+/);
    if (!c.classes.every((k) => have.includes(k))) return false;
  }
  return c.attrs.every((a) => (a.value === null ? b.attrs[a.name] !== undefined : b.attrs[a.name] === a.value));
}

export function matches(b: SelectorNode, sel: Selector): boolean {
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

export function matchesAny(b: SelectorNode, sels: readonly Selector[]): boolean {
  return sels.some((s) => matches(b, s));
}
