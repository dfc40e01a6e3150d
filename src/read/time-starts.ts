// Where a time rule's match can begin: every rule's pattern opens at a word start (after `\b`, or a lookbehind
// that rules out a word character before it), and most open with one of a few words. Scanning a whole text
// with a pattern that opens with a long alternation costs irregexp 10–40 ns a character; trying the pattern
// only at the word starts whose first two characters open one of those words (a sticky match at each) costs a
// fraction of that, and gives the same matches: the global scan's next match is the leftmost position at or
// after the last match's end where the pattern matches, and every such position is among the candidates.

/** Bucket of a character in a key: 0–9 digits, 10–35 ASCII letters (either case), 36 anything else. */
const OTHER = 36;
const WIDTH = 37;

function slot(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  return OTHER;
}

/** Slot of each ASCII unit; -1 for `_`, the one word character (`\w` without the `u` flag) not in a slot. */
const ASCII_SLOT = Int8Array.from({ length: 128 }, (_, c) => (c === 95 ? -1 : slot(c)));

/**
 * The keys (first-character slot × WIDTH + second-character slot) of the word starts a list of openings can
 * begin at. An opening of two characters ("th") names one key; of one character ("a", "7") every key that
 * begins with it, whatever follows.
 */
export function startKeys(openings: readonly string[]): Int32Array {
  const keys = new Set<number>();
  for (const o of openings) {
    const a = slot(o.charCodeAt(0));
    if (o.length === 0 || o.length > 2 || a === OTHER) throw new Error(`bad opening "${o}"`);
    if (o.length === 2) {
      const b = slot(o.charCodeAt(1));
      if (b === OTHER) throw new Error(`bad opening "${o}"`);
      keys.add(a * WIDTH + b);
    } else for (let b = 0; b < WIDTH; b++) keys.add(a * WIDTH + b);
  }
  return Int32Array.from([...keys].sort((x, y) => x - y));
}

/** The keys of startKeys as a table by key (1: listed), for WordStarts.candidates. */
export function keyMask(keys: Int32Array): Uint8Array {
  const member = new Uint8Array(WIDTH * WIDTH);
  for (let j = 0; j < keys.length; j++) member[keys[j]!] = 1;
  return member;
}

/** Word starts of one text (an ASCII letter or digit after no word character), grouped by key, in text order. */
export class WordStarts {
  /** Positions, grouped by key; those of key k are positions[first[k] .. first[k + 1]). */
  private readonly positions: Int32Array;
  private readonly first: Int32Array;
  /** Positions in text order, and the key of each. */
  private readonly order: Int32Array;
  private readonly keyOf: Int16Array;

  constructor(readonly text: string) {
    const n = text.length;
    // Word starts and their keys, in text order (a text of n characters has at most n / 2 + 1).
    const at = new Int32Array((n >> 1) + 1);
    const keyOf = new Int16Array(at.length);
    const count = new Int32Array(WIDTH * WIDTH + 1);
    let found = 0;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const a = c < 128 ? ASCII_SLOT[c]! : OTHER;
      if (a === OTHER) {
        prevWord = false;
        continue;
      }
      if (!prevWord && a >= 0) {
        const d = i + 1 < n ? text.charCodeAt(i + 1) : 32;
        const b = d < 128 ? ASCII_SLOT[d]! : OTHER;
        const key = a * WIDTH + (b < 0 ? OTHER : b);
        at[found] = i;
        keyOf[found++] = key;
        count[key + 1]!++;
      }
      prevWord = true;
    }
    for (let k = 1; k < count.length; k++) count[k]! += count[k - 1]!;
    this.first = count.slice();
    const positions = new Int32Array(found);
    for (let j = 0; j < found; j++) positions[count[keyOf[j]!]!++] = at[j]!;
    this.positions = positions;
    this.order = at.subarray(0, found);
    this.keyOf = keyOf.subarray(0, found);
  }

  /** Word starts under any of `keys` (sorted), in text order. `member` (see keyMask), when given, marks the
   *  same keys: where they select many word starts, one pass over all of them in text order costs less than
   *  gathering the groups and sorting (patterns opening with a digit or "a" have hundreds of keys). */
  candidates(keys: Int32Array, member?: Uint8Array): Int32Array {
    const { positions, first } = this;
    let total = 0;
    let only = -1;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      const len = first[k + 1]! - first[k]!;
      if (len > 0) {
        total += len;
        only = only === -1 ? k : -2;
      }
    }
    if (only === -1) return new Int32Array(0);
    if (only >= 0) return positions.subarray(first[only]!, first[only + 1]!);
    const out = new Int32Array(total);
    let w = 0;
    if (member && total * 8 > this.order.length) {
      const { order, keyOf } = this;
      for (let j = 0; j < order.length; j++) if (member[keyOf[j]!] === 1) out[w++] = order[j]!;
      return out;
    }
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j]!;
      for (let p = first[k]!; p < first[k + 1]!; p++) out[w++] = positions[p]!;
    }
    return out.sort();
  }
}
