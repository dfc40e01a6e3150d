// Small text helpers shared by the dossier builders.
import type { Span } from '../types.js';

const FOLDABLE_SPACE = /\s\s|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/** The span's text with runs of white space folded, for display. */
export function sliceClean(text: string, span: Span): string {
  const slice = text.slice(span.start, span.end);
  // Most sentences have single ASCII spaces only: the test is several times cheaper than the replace.
  return FOLDABLE_SPACE.test(slice) ? slice.replace(/\s+/g, ' ').trim() : slice.trim();
}

const SPACE = /\s/;

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c > 127 && SPACE.test(text[i]!);
}

/**
 * `sliceClean` for many spans of one text: the text is folded once, with where each offset lands, so
 * each span costs a slice rather than a scan and a replace. Gives exactly what `sliceClean` gives; worth it
 * where one article has many long spans (the passages it shares with each partner in a story).
 */
export function spanCleaner(text: string): (span: Span) => string {
  const at = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let length = 0;
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (isSpace(text, i)) {
      while (i < text.length && isSpace(text, i)) at[i++] = length;
      parts.push(' ');
      length += 1;
    } else {
      while (i < text.length && !isSpace(text, i)) at[i++] = length++;
      parts.push(text.slice(start, i));
    }
  }
  at[text.length] = length;
  const folded = parts.join('');
  return (span) => folded.slice(at[span.start]!, at[span.end]!).trim();
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function wordCount(text: string): number {
  const m = text.match(WORD);
  return m ? m.length : 0;
}

/** Whether `text` holds at least `min` words (as `wordCount` counts them), reading no further than that. */
export function hasWords(text: string, min: number): boolean {
  if (min <= 0) return true;
  const re = new RegExp(WORD.source, WORD.flags);
  let n = 0;
  while (re.exec(text)) if (++n >= min) return true;
  return false;
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
