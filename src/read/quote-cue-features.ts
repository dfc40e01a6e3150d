// Features of a cue candidate for the learned cue model (quote-cue-model.ts): the word, its ending, its
// neighbours, what stands before it (a pronoun, a named actor, an auxiliary), what follows (that, to, a
// quote, a comma) and whether the hand lists know it. Both the trainer (scripts/train-cue-model.ts) and
// read() compute features here, so they cannot drift apart. Pure.

import type { Span } from '../types.js';
import { CUE_WORDS, SUBJECT_CUES, WEAK_CUES } from './lexicon/cues.js';

/** A token of a sentence: a word (letters and digits, with an inner apostrophe or hyphen) or one mark. */
export interface Token {
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower case. */
  low: string;
}

/** Letters and digits: ASCII by range, the rest (and surrogate halves, so that an astral letter stays whole) by class. */
function wordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // General Punctuation (curly quotes, dashes, ellipsis) holds no letter: the commonest non-ASCII here.
  if (c >= 0x2000 && c <= 0x206f) return false;
  return (c >= 0xd800 && c <= 0xdfff) || /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

function lowerOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/** The tokens of a sentence: words (an inner apostrophe or hyphen joins two: "don’t", "re-elect") and single
 * marks. A hand-written scan: the model tokenizes every sentence with a cue word. */
export function tokenize(text: string, s: Span): Token[] {
  const out: Token[] = [];
  let k = s.start;
  while (k < s.end) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c > 127 && /\s/.test(text[k]!))) {
      k++;
      continue;
    }
    const start = k;
    // Whether lower-casing may change the token: most tokens are lower-case ASCII words or marks, kept as they are.
    let cased = !lowerOrDigit(c);
    if (wordCode(c)) {
      k++;
      for (;;) {
        for (let d = text.charCodeAt(k); k < s.end && wordCode(d); d = text.charCodeAt(++k)) cased ||= !lowerOrDigit(d);
        const j = text.charCodeAt(k);
        const d = text.charCodeAt(k + 1);
        if (k + 1 < s.end && (j === 39 || j === 0x2019 || j === 45) && wordCode(d)) {
          cased ||= !lowerOrDigit(d);
          k += 2;
        } else break;
      }
    } else k++;
    const raw = text.slice(start, k);
    out.push({ start, end: k, raw, low: cased ? raw.toLowerCase() : raw });
  }
  return out;
}

/** What the features may know of the text besides its tokens: where actor mentions end, and quoted spans. */
export interface CueContext {
  mentionEnds: { has(pos: number): boolean };
  /** Sorted, non-overlapping quoted spans (open mark to close mark + 1). */
  quoted: Span[];
}

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'who']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many', 'most']);
const PREPOSITIONS = new Set(['by', 'in', 'for', 'with', 'of', 'on', 'at', 'from', 'about', 'into', 'over', 'after', 'before', 'against', 'as', 'up', 'out']);
/** Words PolNeAR keeps in a cue before its head: auxiliaries, negation, a few adverbs. */
const AUX = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'will', 'would',
  'may', 'might', 'could', 'can', 'should', 'must', 'not', 'never', 'also', 'later', 'again', 'still', 'often', 'then',
  'already', 'even', 'just', 'once', 'further', 'recently', 'previously', 'repeatedly', 'reportedly', 'publicly',
  'privately', 'openly', 'long', 'first', "'s", '’s', "n't", 'n’t',
]);
const QUOTES = new Set(['"', '“', '”', '«', '»', "''"]);

/** Words that are never a cue's head however often the annotation starts one with them ("according" is
 * read by its own pattern, which knows "according to which"). */
export const NOT_HEADS = new Set([
  'according',
  'to', 'a', 'an', 'the', 'in', 'it', 'for', 'that', 'on', 's', 'more', 'like', 'as', 'of', 'and', 'but', 'or', 'with',
  'at', 'by', 'from', 'this', 'his', 'her', 'their', 'its', 'now', 'so', 'what', 'how', 'about', 'which', 'who', 'there',
  'not', 'no', 'all', 'one', 'some', 'very', 'much', 'many', 'been', 'being', 'be', 'is', 'was', 'were', 'are', 'has',
  'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'also', 'just',
  'still', 'even', 'only', 'first', 'long', 'then', 'again', 'once', 'ever', 'never', 'up', 'out', 'into', 'over',
]);

/** A token's class: MENT (an actor mention ends there), PRON, THAT, TO, QUOTE, … CAP0 (capitalised, first), EDGE. */
export function cls(t: Token | undefined, ctx: CueContext, first = false): string {
  if (!t) return 'EDGE';
  const w = t.low;
  if (ctx.mentionEnds.has(t.end)) return 'MENT';
  if (PRONOUNS.has(w)) return 'PRON';
  if (w === 'that') return 'THAT';
  if (w === 'to') return 'TO';
  if (QUOTES.has(t.raw)) return 'QUOTE';
  if (t.raw === ',') return 'COMMA';
  if (t.raw === ':') return 'COLON';
  if (DETERMINERS.has(w)) return 'DET';
  if (PREPOSITIONS.has(w)) return 'PREP';
  if (AUX.has(w)) return 'AUX';
  // ASCII by code; other scripts by class.
  const c = t.raw.charCodeAt(0);
  if (c < 128) {
    if (c >= 48 && c <= 57) return 'NUM';
    if (c >= 65 && c <= 90) return first ? 'CAP0' : 'CAP';
    return c >= 97 && c <= 122 ? 'LOW' : 'PUNCT';
  }
  if (/^\p{N}/u.test(t.raw)) return 'NUM';
  if (/^\p{Lu}/u.test(t.raw)) return first ? 'CAP0' : 'CAP';
  if (/^\p{L}/u.test(t.raw)) return 'LOW';
  return 'PUNCT';
}

function letterFirst(raw: string): boolean {
  const c = raw.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(raw);
}

function ending(w: string): string {
  return w.endsWith('ing') ? 'ing' : w.endsWith('ed') ? 'ed' : w.endsWith('s') && !w.endsWith('ss') && w.length > 1 ? 's' : 'x';
}

/** Whether `pos` lies inside one of `quoted`, spans in order and not overlapping (top-level quotations). */
export function inQuoted(quoted: Span[], pos: number): boolean {
  let lo = 0;
  let hi = quoted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quoted[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo < quoted.length && quoted[lo]!.start <= pos;
}

/** Indices of the first and last quote mark of a sentence's tokens (-1 if none), remembered for the last
 * token array seen (every candidate of a sentence is scored on the same one). */
let marksOf: Token[] | null = null;
let marks = { first: -1, last: -1 };

function quoteMarks(toks: Token[]): { first: number; last: number } {
  if (toks !== marksOf) {
    marks = { first: -1, last: -1 };
    for (let k = 0; k < toks.length; k++) {
      // The first letter first: a Set lookup per token would cost more than the rest of the loop.
      const c = toks[k]!.raw.charCodeAt(0);
      if ((c !== 34 && c !== 39 && c !== 0x201c && c !== 0x201d && c !== 0xab && c !== 0xbb) || !QUOTES.has(toks[k]!.raw)) continue;
      if (marks.first < 0) marks.first = k;
      marks.last = k;
    }
    marksOf = toks;
  }
  return marks;
}

/** Feature templates: a name, and the values it joins with "|" (one, two or three). */
export const TEMPLATES = [
  'b', 'w', 's3', 'e', 'lex', 'p1', 'p2', 'n1', 'n2', 'subj', 'aux', 'c1', 'c2', 'that', 'pos', 'q', 'inq', 'w|subj',
  'w|c1', 'w|n1', 'w|that', 'w|pos', 'e|subj|c1', 'lex|subj', 'lex|subj|c1', 'subj|c1', 'aux|e',
] as const;

/** How feature values are written: as strings (the trainer names features with them) or as numbers (read()
 * looks weights up by them, so that scoring hashes no string per feature). */
export interface Codec<V> {
  /** Token k's lower-case form (k is within the sentence). */
  low(k: number): V;
  /** Token k's class (cls), "EDGE" when k is outside the sentence. */
  cls(k: number, first: boolean): V;
  /** Any other value: an ending, a hand-list class, a constant ("<s>", "next"). */
  str(s: string): V;
  /** The second and third values of a three-value template, joined ("MENT|TO"). */
  join(b: V, c: V): V;
}

/** The values of one token's features, by template (values a feature lacks are undefined; a third value is
 * joined to the second). A caller reuses one for every token, so scoring allocates nothing per feature. */
export interface FeatureValues<V = string> {
  a: (V | undefined)[];
  b: (V | undefined)[];
}

export function featureValues<V = string>(): FeatureValues<V> {
  const n = TEMPLATES.length;
  return { a: new Array<V | undefined>(n), b: new Array<V | undefined>(n) };
}

/** The string codec of a sentence's tokens: values as the weights file writes them. */
export function stringCodec(toks: Token[], ctx: CueContext): Codec<string> {
  return {
    low: (k) => toks[k]!.low,
    cls: (k, first) => cls(toks[k], ctx, first),
    str: (s) => s,
    join: (b, c) => `${b}|${c}`,
  };
}

/** A feature's name, as the weights file keys it: "b", "w=said", "w|subj=said|MENT". */
export function featureName(template: number, a?: string, b?: string, c?: string): string {
  if (a === undefined) return TEMPLATES[template]!;
  return `${TEMPLATES[template]}=${a}${b === undefined ? '' : `|${b}`}${c === undefined ? '' : `|${c}`}`;
}

/** The features of token `i` of a sentence's tokens, as values by template into `out`, written by `codec`
 * (read() looks numbers up; the trainer names strings with featureName). */
export function cueFeatureValues<V>(toks: Token[], i: number, ctx: CueContext, out: FeatureValues<V>, codec: Codec<V>): void {
  const t = toks[i]!;
  const w = t.low;
  const p1 = toks[i - 1];
  // The subject position: back over auxiliaries and -ly adverbs ("he has also repeatedly said").
  let j = i - 1;
  while (j >= 0 && (AUX.has(toks[j]!.low) || /^[a-z]{3,}ly$/.test(toks[j]!.low))) j--;
  const subj = codec.cls(j, j === 0);
  const aux = j < i - 1 ? codec.low(i - 1) : codec.str('-');
  const c1 = codec.cls(i + 1, false);
  const lex = codec.str(CUE_WORDS.has(w) ? (WEAK_CUES.has(w) ? (SUBJECT_CUES.has(w) ? 'subj' : 'weak') : 'cue') : 'none');
  let thatIs = 'no';
  for (let k = i + 1; k < Math.min(toks.length, i + 7); k++) {
    const x = toks[k]!;
    if (x.low === 'that') {
      thatIs = k === i + 1 ? 'next' : 'gap';
      break;
    }
    if (!letterFirst(x.raw)) break;
  }
  const that = codec.str(thatIs);
  // Quote marks before and after the word in the sentence (the first and last mark, found once per sentence).
  const marks = quoteMarks(toks);
  const q = marks.first >= 0 && marks.first < i ? (marks.last > i ? 'ba' : 'b') : marks.last > i ? 'a' : '';
  const pos = codec.str(i === 0 ? 'first' : p1!.raw === ',' ? 'comma' : i >= toks.length - 3 ? 'end' : 'mid');
  const e = codec.str(ending(w));
  const wv = codec.low(i);
  const n1w = i + 1 < toks.length ? codec.low(i + 1) : codec.str('</s>');
  set(out, 0, undefined, undefined);
  set(out, 1, wv, undefined);
  set(out, 2, codec.str(w.slice(-3)), undefined);
  set(out, 3, e, undefined);
  set(out, 4, lex, undefined);
  set(out, 5, i >= 1 ? codec.low(i - 1) : codec.str('<s>'), undefined);
  set(out, 6, i >= 2 ? codec.low(i - 2) : codec.str('<s>'), undefined);
  set(out, 7, n1w, undefined);
  set(out, 8, i + 2 < toks.length ? codec.low(i + 2) : codec.str('</s>'), undefined);
  set(out, 9, subj, undefined);
  set(out, 10, aux, undefined);
  set(out, 11, c1, undefined);
  set(out, 12, codec.cls(i + 2, false), undefined);
  set(out, 13, that, undefined);
  set(out, 14, pos, undefined);
  set(out, 15, codec.str(q), undefined);
  set(out, 16, codec.str(inQuoted(ctx.quoted, t.start) ? 'true' : 'false'), undefined);
  set(out, 17, wv, subj);
  set(out, 18, wv, c1);
  set(out, 19, wv, n1w);
  set(out, 20, wv, that);
  set(out, 21, wv, pos);
  set(out, 22, e, codec.join(subj, c1));
  set(out, 23, lex, subj);
  set(out, 24, lex, codec.join(subj, c1));
  set(out, 25, subj, c1);
  set(out, 26, aux, e);
}

function set<V>(out: FeatureValues<V>, t: number, a: V | undefined, b: V | undefined): void {
  out.a[t] = a;
  out.b[t] = b;
}

/** The features of token `i` by name (for the trainer and tests). */
export function cueFeatures(toks: Token[], i: number, ctx: CueContext): string[] {
  const v = featureValues();
  cueFeatureValues(toks, i, ctx, v, stringCodec(toks, ctx));
  return TEMPLATES.map((_, t) => featureName(t, v.a[t], v.b[t]));
}
