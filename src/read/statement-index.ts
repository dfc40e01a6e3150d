// Fast lookup of trigger rules: running every lexicon regex over every sentence was the read stage's hot
// spot. Each rule's pattern is read once, at module load, for the lower-cased first three letters its matches
// can begin with; a sentence is scanned once for word starts, and a rule's regex runs (sticky) only at word
// starts whose first three letters it can begin with. Matches and their order are those of a full scan.

import { TRIGGERS, type TriggerPos } from './statement-lexicon.js';

export interface IndexedRule {
  type: string;
  pos: TriggerPos;
  /** The rule's pattern between word boundaries, sticky: it is run at a given position only. */
  re: RegExp;
}

export interface RuleMatch {
  /** Index into RULES (lexicon order). */
  rule: number;
  start: number;
  end: number;
}

const KEY = 3;

/** A pattern node: a literal or class (`chars`), a group, something zero-width, or anything else (`any`). */
type Node =
  | { k: 'chars'; chars: string[]; min: number; max: number }
  | { k: 'group'; alts: Node[][]; min: number; max: number }
  | { k: 'zero' }
  | { k: 'any' };

/** A small parser for the subset of regex syntax the lexicon uses; anything it does not know is `any`. */
function parsePattern(src: string): Node[][] {
  let i = 0;
  const alts = (): Node[][] => {
    const out: Node[][] = [seq()];
    while (src[i] === '|') {
      i++;
      out.push(seq());
    }
    return out;
  };
  const seq = (): Node[] => {
    const out: Node[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      const node = atom();
      out.push(node.k === 'chars' || node.k === 'group' ? quantified(node) : node);
    }
    return out;
  };
  const quantified = (node: Extract<Node, { min: number }>): Node => {
    const c = src[i];
    let min = 1;
    let max = 1;
    if (c === '?') { min = 0; i++; } else if (c === '*') { min = 0; max = Infinity; i++; } else if (c === '+') { max = Infinity; i++; } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m) {
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
        i += m[0].length;
      }
    }
    if (src[i] === '?' && (min !== 1 || max !== 1)) i++; // lazy
    return { ...node, min, max };
  };
  const atom = (): Node => {
    const c = src[i] ?? '';
    if (c === '(') {
      const look = /^\(\?(?:=|!|<=|<!)/.exec(src.slice(i));
      i += look ? look[0].length : src.startsWith('(?:', i) ? 3 : 1;
      const inner = alts();
      i++; // ')'
      return look ? { k: 'zero' } : { k: 'group', alts: inner, min: 1, max: 1 };
    }
    if (c === '[') {
      i++;
      if (src[i] === '^') return skipClass();
      const chars: string[] = [];
      while (i < src.length && src[i] !== ']') {
        const one = classChar();
        if (one === null) return skipClass();
        if (typeof one !== 'string') { chars.push(...one); continue; }
        if (src[i] === '-' && src[i + 1] !== ']') {
          i++;
          const to = classChar();
          if (typeof to !== 'string') return skipClass();
          for (let k = one.charCodeAt(0); k <= to.charCodeAt(0); k++) chars.push(String.fromCharCode(k));
        } else chars.push(one);
      }
      i++; // ']'
      return { k: 'chars', chars: chars.map(lowerChar), min: 1, max: 1 };
    }
    if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (e === 'b' || e === 'B') { i += 2; return { k: 'zero' }; }
      const one = escaped();
      return one === null ? { k: 'any' } : { k: 'chars', chars: (typeof one === 'string' ? [one] : one).map(lowerChar), min: 1, max: 1 };
    }
    i++;
    if (c === '^' || c === '$') return { k: 'zero' };
    if (c === '.') return { k: 'any' };
    return { k: 'chars', chars: [lowerChar(c)], min: 1, max: 1 };
  };
  /** An escape at i (a character or a class of them), or null for one not known here. */
  const escaped = (): string | string[] | null => {
    const e = src[i + 1] ?? '';
    i += 2;
    if (e === 'd') return DIGITS;
    if (e === 's') return SPACES;
    if (e === 'w') return WORD;
    if (e === 't') return '\t';
    if (e === 'n') return '\n';
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i, i + 4))) {
      i += 4;
      return String.fromCharCode(parseInt(src.slice(i - 4, i), 16));
    }
    return /[A-Za-z0-9]/.test(e) ? null : e;
  };
  const classChar = (): string | string[] | null => (src[i] === '\\' ? escaped() : src[i++] ?? null);
  const skipClass = (): Node => {
    while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
    i++;
    return { k: 'any' };
  };
  return alts();
}

const DIGITS = [...'0123456789'];
/** What \s matches in JavaScript. */
const SPACES = [...'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'];
const WORD = [...'abcdefghijklmnopqrstuvwxyz0123456789_'];

/** Lower-cases ASCII letters only: a case-insensitive regex without the u flag pairs no others with them. */
export function lowerChar(c: string): string {
  const k = c.charCodeAt(0);
  return k >= 65 && k <= 90 ? String.fromCharCode(k + 32) : c;
}

/** The lower-cased first KEY characters matches of `pattern` can start with, or null when they cannot be told. */
export function leadingKeys(pattern: string, size = KEY): Set<string> | null {
  const out = new Set<string>();
  let unknown = false;
  // Continuation-passing walk: `k` goes on with whatever follows the sequence.
  const walk = (seq: Node[], at: number, acc: string, k: (acc: string) => void): void => {
    if (unknown) return;
    if (acc.length >= size) { out.add(acc.slice(0, size)); return; }
    const node = seq[at];
    if (!node) { k(acc); return; }
    const next = (a: string): void => walk(seq, at + 1, a, k);
    if (node.k === 'zero') { next(acc); return; }
    if (node.k === 'any') { unknown = true; return; }
    if (node.min === 0) next(acc);
    // Once taken, a repeated node may be taken again (with no minimum left) or left.
    const rest: Node[] = node.max > 1 ? [{ ...node, min: 0, max: node.max - 1 }, ...seq.slice(at + 1)] : seq.slice(at + 1);
    const after = node.min > 1 ? [{ ...node, min: node.min - 1, max: node.max - 1 }, ...seq.slice(at + 1)] : rest;
    const go = (a: string): void => walk(after, 0, a, k);
    if (node.k === 'chars') for (const c of node.chars) go(acc + c);
    else for (const alt of node.alts) walk(alt, 0, acc, go);
  };
  for (const alt of parsePattern(pattern)) walk(alt, 0, '', () => { unknown = true; });
  return unknown ? null : out;
}

export const RULES: IndexedRule[] = TRIGGERS.map((t) => ({ type: t.type, pos: t.pos, re: new RegExp(`(?<![\\w-])(?:${t.pattern})(?![\\w-])`, 'iy') }));

/** Longer keys for rules whose matches all have that many characters: "forc" and "forg" rather than "for",
 * which starts every "for" of a text; likewise "that"/"than", "conc"/"cond". */
const LONG_KEY = 4;

/** Rules by the lower-cased first LONG_KEY (else KEY) characters of their matches; rules whose start cannot be
 * told run everywhere. */
const BY_KEY = new Map<string, number[]>();
const EVERYWHERE: number[] = [];
RULES.forEach((_, r) => {
  const pattern = TRIGGERS[r]?.pattern ?? '';
  const keys = leadingKeys(pattern, LONG_KEY) ?? leadingKeys(pattern);
  if (!keys) { EVERYWHERE.push(r); return; }
  for (const key of keys) {
    const list = BY_KEY.get(key);
    if (list) list.push(r);
    else BY_KEY.set(key, [r]);
  }
});

/**
 * BY_KEY for keys of ASCII characters in flat tables, so that most word starts cost a few typed-array reads
 * (a Map keyed by number, then a closure call per rule, cost more than the scan around them): the first two
 * lower-cased codes give a row (PAIR_ROW, 0 for none), the row and the third code an entry (ROW_ENTRY, 0 for
 * none, else 1 + its index in ENTRIES). An entry holds the rules of that three-character key and those of its
 * four-character keys by their fourth code.
 */
interface AsciiEntry {
  rules: number[] | null;
  long: (number[] | undefined)[] | null;
}
const ENTRIES: AsciiEntry[] = [];
const PAIR_ROW = new Uint16Array(128 * 128);
let rows = 0;
const byAscii = new Map<number, AsciiEntry>();
for (const [key, rules] of BY_KEY) {
  const codes = [...key].map((c) => c.charCodeAt(0));
  if (codes.some((c) => c >= 128)) continue;
  const k = codes[0]! * 16384 + codes[1]! * 128 + codes[2]!;
  let entry = byAscii.get(k);
  if (!entry) byAscii.set(k, (entry = { rules: null, long: null }));
  if (key.length === KEY) entry.rules = rules;
  else (entry.long ??= [])[codes[3]!] = rules;
  const pair = codes[0]! * 128 + codes[1]!;
  if (PAIR_ROW[pair] === 0) PAIR_ROW[pair] = ++rows;
}
const ROW_ENTRY = new Int32Array((rows + 1) * 128);
for (const [k, entry] of byAscii) {
  ENTRIES.push(entry);
  ROW_ENTRY[PAIR_ROW[k >> 7]! * 128 + (k & 127)] = ENTRIES.length;
}

/** The ASCII entry of three lower-cased codes, or null. */
function asciiEntry(a: number, b: number, c: number): AsciiEntry | null {
  const row = PAIR_ROW[a * 128 + b]!;
  if (row === 0) return null;
  const e = ROW_ENTRY[row * 128 + c]!;
  return e === 0 ? null : ENTRIES[e - 1]!;
}

/** Rules listed under the lower-cased characters of `s` from `at` (`length` of them), as a string key. */
function byStringKey(s: string, at: number, length: number): number[] | undefined {
  let key = '';
  for (let j = 0; j < length; j++) key += String.fromCharCode(lower(s.charCodeAt(at + j)));
  return BY_KEY.get(key);
}

const isWord = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const lower = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);

/** Where a rule may match, as rule × 2^32 + position: sorted, they come rule by rule, left to right. */
const SLOT = 2 ** 32;

/**
 * The candidates of one call, in a typed array reused from call to call (sorted in place as numbers, where an
 * array of them was boxed one by one to be sorted).
 */
class Candidates {
  values = new Float64Array(256);
  length = 0;

  add(v: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = v;
  }
}

const found = new Candidates();

/** Adds a candidate position of each of `rules` to `out`. */
function addAll(out: Candidates, rules: number[], at: number): void {
  for (let j = 0; j < rules.length; j++) out.add(rules[j]! * SLOT + at);
}

/** The rules of the word start at i (a word character after neither a word character nor a hyphen), added to `out`. */
function addStart(s: string, i: number, out: Candidates): void {
  if (EVERYWHERE.length > 0) addAll(out, EVERYWHERE, i);
  if (i + KEY > s.length) return;
  const c = s.charCodeAt(i);
  const c1 = s.charCodeAt(i + 1);
  const c2 = s.charCodeAt(i + 2);
  // Rules keyed by four characters need a match of at least four.
  const c3 = i + LONG_KEY <= s.length ? s.charCodeAt(i + 3) : -1;
  if (c < 128 && c1 < 128 && c2 < 128) {
    const entry = asciiEntry(lower(c), lower(c1), lower(c2));
    if (entry === null) {
      // A fourth character beyond ASCII is looked up by string (four-character keys may hold one: "air\u00a0").
      if (c3 >= 128) addSome(out, byStringKey(s, i, LONG_KEY), i);
      return;
    }
    if (entry.rules !== null) addAll(out, entry.rules, i);
    if (c3 >= 128) addSome(out, byStringKey(s, i, LONG_KEY), i);
    else if (c3 >= 0 && entry.long !== null) addSome(out, entry.long[lower(c3)], i);
  } else {
    addSome(out, byStringKey(s, i, KEY), i);
    if (c3 >= 0) addSome(out, byStringKey(s, i, LONG_KEY), i);
  }
}

function addSome(out: Candidates, rules: number[] | undefined, at: number): void {
  if (rules !== undefined) addAll(out, rules, at);
}

/**
 * Every match of every rule in `s`, rule by rule in lexicon order and left to right within a rule, each rule's
 * matches not overlapping one another — what scanning `s` with each rule's global regex in turn yields.
 */
export function matchRules(s: string): RuleMatch[] {
  // Word starts (where a match can begin: after neither a word character nor a hyphen), each with its rules.
  found.length = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (!isWord(s.charCodeAt(i))) continue;
    if (i === 0 || s.charCodeAt(i - 1) !== 45) addStart(s, i, found);
    // The rest of the word holds no start.
    while (i + 1 < n && isWord(s.charCodeAt(i + 1))) i++;
  }
  const out: RuleMatch[] = [];
  if (found.length === 0) return out;
  const sorted = found.values.subarray(0, found.length).sort();
  let r = -1;
  let reached = 0;
  for (let j = 0; j < sorted.length; j++) {
    const v = sorted[j]!;
    const rule = Math.floor(v / SLOT);
    const at = v - rule * SLOT;
    if (rule !== r) {
      r = rule;
      reached = 0;
    }
    if (at < reached) continue;
    const re = RULES[rule]!.re;
    re.lastIndex = at;
    const m = re.exec(s);
    if (m === null || m[0].length === 0) continue;
    out.push({ rule, start: at, end: at + m[0].length });
    reached = at + m[0].length;
  }
  return out;
}
