// Small text helpers shared by the dossier builders.
import type { Span } from '../types.js';

/** Whether a UTF-16 code is white space as `\s` means it (a code unit: no white space lies outside the BMP). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether the text has white space that folding changes: two in a row, or one that is not an
 * ASCII space. A scan of codes: the dossier asks this of every sentence it shows.
 */
function hasFoldableSpace(text: string): boolean {
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previous) return true;
      previous = true;
    } else if (isSpaceCode(c)) return true;
    else previous = false;
  }
  return false;
}

/**
 * `text` with runs of white space folded to one space, and trimmed. Most sentences have single ASCII
 * spaces only: the scan is several times cheaper than the replace.
 */
export function foldSpace(text: string): string {
  return hasFoldableSpace(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

/** The span's text with runs of white space folded, for display. */
export function sliceClean(text: string, span: Span): string {
  return foldSpace(text.slice(span.start, span.end));
}

/**
 * `sliceClean` for many spans of one text: the text is folded once, with the runs it folded, so each
 * span costs a slice (and a binary search over the runs) rather than a scan and a replace. Gives exactly
 * what `sliceClean` gives; worth it where one article has many long spans (the passages it shares with
 * each partner in a story). Only the runs that change are kept: most of a text's spaces are single.
 */
export function spanCleaner(text: string): (span: Span) => string {
  const runStart: number[] = [];
  const runEnd: number[] = [];
  /** Characters folding removed before each run. */
  const removed: number[] = [];
  const parts: string[] = [];
  let last = 0;
  let gone = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) continue;
    let end = i + 1;
    while (end < n && isSpaceCode(text.charCodeAt(end))) end++;
    if (end - i > 1 || c !== 32) {
      parts.push(text.slice(last, i), ' ');
      runStart.push(i);
      runEnd.push(end);
      removed.push(gone);
      gone += end - i - 1;
      last = end;
    }
    i = end - 1;
  }
  if (runStart.length === 0) return (span) => text.slice(span.start, span.end).trim();
  parts.push(text.slice(last));
  const folded = parts.join('');
  // Where offset i of the text lands in the folded text.
  const at = (i: number): number => {
    let lo = 0;
    let hi = runStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (runStart[mid]! <= i) lo = mid + 1;
      else hi = mid;
    }
    const k = lo - 1;
    if (k < 0) return i;
    const start = runStart[k]!;
    const end = runEnd[k]!;
    return i < end ? start - removed[k]! : i - removed[k]! - (end - start - 1);
  };
  return (span) => folded.slice(at(span.start), at(span.end)).trim();
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * A word is what `/[\p{L}\p{N}]+(?:['’]\p{L}+)?/u` matches (the definition the dossier's word counts have
 * always used), found by a scan of character codes: every article's words are counted, and the Unicode
 * regular expression cost about a tenth of the dossier stage (three times what the scan costs). Kinds of
 * non-ASCII code points are looked up once each (a byte per code point: the table never passes 1.1 MB).
 */
const NOT_WORD = 1;
const NUMBER = 2;
const LETTER = 3;
const LETTER_RE = /\p{L}/u;
const NUMBER_RE = /\p{N}/u;
let kinds: Uint8Array | null = null;

function kindOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return LETTER;
    return cp >= 48 && cp <= 57 ? NUMBER : NOT_WORD;
  }
  kinds ??= new Uint8Array(0x110000);
  let k = kinds[cp]!;
  if (k === 0) {
    const ch = String.fromCodePoint(cp);
    k = LETTER_RE.test(ch) ? LETTER : NUMBER_RE.test(ch) ? NUMBER : NOT_WORD;
    kinds[cp] = k;
  }
  return k;
}

/** Words in `text`, counting no further than `stop`. */
function countWords(text: string, stop: number): number {
  const len = text.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    let cp = text.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (kindOf(cp) === NOT_WORD) continue;
    while (i < len) {
      cp = text.codePointAt(i)!;
      if (kindOf(cp) === NOT_WORD) break;
      i += cp > 0xffff ? 2 : 1;
    }
    // An apostrophe and letters after it belong to the word ("don't"); digits after it do not.
    const c = i < len ? text.charCodeAt(i) : 0;
    if (c === 0x27 || c === 0x2019) {
      let j = i + 1;
      while (j < len) {
        cp = text.codePointAt(j)!;
        if (kindOf(cp) !== LETTER) break;
        j += cp > 0xffff ? 2 : 1;
      }
      if (j > i + 1) i = j;
    }
    if (++n >= stop) return n;
  }
  return n;
}

export function wordCount(text: string): number {
  return countWords(text, Infinity);
}

/** Whether `text` holds at least `min` words (as `wordCount` counts them), reading no further than that. */
export function hasWords(text: string, min: number): boolean {
  return min <= 0 || countWords(text, min) >= min;
}

/** The sentence holding a span, if any. */
export function sentenceOf(sentences: Span[], span: Span): Span | undefined {
  return sentences.find((s) => s.start <= span.start && span.start < s.end);
}

/** Most frequent non-null value; ties go to the first seen. */
export function mostFrequent<T>(values: (T | null)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    if (v === null) continue;
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
